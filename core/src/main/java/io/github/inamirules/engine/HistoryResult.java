package io.github.inamirules.engine;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.model.CareHistory;
import java.util.Optional;

/**
 * What a batch gave for one care history: its {@link Assessment}, or the exception that stopped it.
 *
 * <p>An {@link io.github.inamirules.InamiRulesException} is a problem of the input or of the rate data
 * (an invalid history, a date no rate module covers, a profession without rule set); any other runtime
 * exception is a defect of a rule set. Either way the batch goes on with the next history. Messages of
 * the library's exceptions name fields and session ids, never personal data; {@link #toString()} shows
 * the position, never the patient.
 *
 * <p>Immutable and thread-safe (the history and the exception are the caller's objects, given back).
 */
public final class HistoryResult {
    private final long index;
    private final CareHistory history;
    private final Assessment assessment;
    private final RuntimeException error;

    private HistoryResult(long index, CareHistory history, Assessment assessment, RuntimeException error) {
        this.index = index;
        this.history = history;
        this.assessment = assessment;
        this.error = error;
    }

    static HistoryResult assessed(long index, CareHistory history, Assessment assessment) {
        return new HistoryResult(index, history, assessment, null);
    }

    static HistoryResult failed(long index, CareHistory history, RuntimeException error) {
        return new HistoryResult(index, history, null, error);
    }

    /**
     * Returns the position of the history in the batch, from 0.
     *
     * @return the index
     */
    public long index() {
        return index;
    }

    /**
     * Returns the history as given, to find its patient; empty if the batch held {@code null} there.
     *
     * @return the history
     */
    public Optional<CareHistory> history() {
        return Optional.ofNullable(history);
    }

    /**
     * Tells whether the history was assessed.
     *
     * @return true if {@link #assessment()} is present
     */
    public boolean isAssessed() {
        return assessment != null;
    }

    /**
     * Returns the assessment, if the history was assessed.
     *
     * @return the assessment
     */
    public Optional<Assessment> assessment() {
        return Optional.ofNullable(assessment);
    }

    /**
     * Returns the exception that stopped the history, if it failed.
     *
     * @return the exception
     */
    public Optional<RuntimeException> error() {
        return Optional.ofNullable(error);
    }

    /**
     * Returns the assessment, or throws the exception that stopped the history.
     *
     * @return the assessment
     * @throws RuntimeException the history's own exception, if it failed
     */
    public Assessment assessmentOrThrow() {
        if (error != null) {
            throw error;
        }
        return assessment;
    }

    /**
     * Returns the position and the outcome, never the patient: {@code history[3]: 12 decisions} or
     * {@code history[3] failed: RateCoverageException: session[s-1] on 2027-01-04: …}. The message is
     * shown only for the library's own exceptions, whose messages never hold personal data; of any
     * other exception (a rule set's defect) only the class is shown.
     *
     * @return the text
     */
    @Override
    public String toString() {
        if (error == null) {
            return "history[" + index + "]: " + assessment.decisions().size() + " decisions";
        }
        return "history[" + index + "] failed: " + error.getClass().getSimpleName()
                + (error instanceof io.github.inamirules.InamiRulesException ? ": " + error.getMessage() : "");
    }
}
