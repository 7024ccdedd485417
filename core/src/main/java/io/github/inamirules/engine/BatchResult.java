package io.github.inamirules.engine;

import io.github.inamirules.assessment.Assessment;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What {@link ReimbursementEngine#assessAll(java.util.Collection)} gave: one {@link HistoryResult} per
 * history, in input order, each an assessment or an error. One bad history never costs the others.
 *
 * <p>Immutable and thread-safe.
 */
public final class BatchResult {
    private final List<HistoryResult> results;

    BatchResult(List<HistoryResult> results) {
        this.results = List.copyOf(results);
    }

    /**
     * Returns every result, in input order.
     *
     * @return the results, one per history
     */
    public List<HistoryResult> results() {
        return results;
    }

    /**
     * Returns the assessments of the histories that were assessed, in input order, leaving out those
     * that failed: positions in this list are not those of the input (use {@link #results()} and
     * {@link HistoryResult#index()} to match them).
     *
     * @return the assessments of the assessed histories only
     */
    public List<Assessment> assessedOnly() {
        return results.stream().map(HistoryResult::assessment).flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the results of the histories that failed, in input order.
     *
     * @return the failures
     */
    public List<HistoryResult> failures() {
        return results.stream().filter(r -> !r.isAssessed()).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Tells whether every history was assessed.
     *
     * @return true if there is no failure
     */
    public boolean isComplete() {
        return results.stream().allMatch(HistoryResult::isAssessed);
    }

    /**
     * Returns the assessments, or throws the first failure's exception: the strict form of a batch.
     *
     * @return the assessments, one per history, in input order
     * @throws RuntimeException the exception of the first history that failed
     */
    public List<Assessment> assessmentsOrThrow() {
        return results.stream().map(HistoryResult::assessmentOrThrow).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the counts, e.g. {@code 990 assessed, 10 failed}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        long failed = results.stream().filter(r -> !r.isAssessed()).count();
        return (results.size() - failed) + " assessed, " + failed + " failed";
    }
}
