package io.github.inamirules.scenario;

import io.github.inamirules.assessment.Assessment;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The verdict on one scenario: its assessment (or the error that prevented it) and the verdict on each
 * expectation.
 *
 * @param file the scenario file's name
 * @param scenario the scenario
 * @param assessment the assessment, if the engine could assess
 * @param error why the engine could not assess (e.g. no rate module covers a session), if so
 * @param expectations the verdict on each expectation, in file order
 */
public record ScenarioResult(String file, Scenario scenario, Optional<Assessment> assessment, Optional<String> error,
        List<ExpectationResult> expectations) {

    /**
     * Validates and copies.
     *
     * @param file the file
     * @param scenario the scenario
     * @param assessment the assessment
     * @param error the error
     * @param expectations the verdicts
     */
    public ScenarioResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(error, "error");
        expectations = List.copyOf(expectations);
    }

    /**
     * Tells whether every expectation holds, and the scenario was assessed unless it expects an error.
     *
     * @return true if passed
     */
    public boolean passed() {
        return expectations.stream().allMatch(ExpectationResult::passed) && (error.isEmpty() || expectsError());
    }

    /**
     * Tells whether the scenario expects the assessment to fail ({@code - error: …}).
     *
     * @return true if one expectation is of kind {@link Expectation.Kind#ERROR}
     */
    public boolean expectsError() {
        return expectations.stream().anyMatch(e -> e.expectation().kind() == Expectation.Kind.ERROR);
    }

    /**
     * Returns every mismatch of every expectation.
     *
     * @return the mismatches
     */
    public List<Mismatch> mismatches() {
        return expectations.stream().flatMap(e -> e.mismatches().stream()).toList();
    }

    /**
     * The verdict on one expectation.
     *
     * @param expectation the expectation
     * @param mismatches the values that do not hold; empty if it passed
     */
    public record ExpectationResult(Expectation expectation, List<Mismatch> mismatches) {

        /**
         * Validates and copies.
         *
         * @param expectation the expectation
         * @param mismatches the mismatches
         */
        public ExpectationResult {
            Objects.requireNonNull(expectation, "expectation");
            mismatches = List.copyOf(mismatches);
        }

        /**
         * Tells whether every value holds.
         *
         * @return true if passed
         */
        public boolean passed() {
            return mismatches.isEmpty();
        }
    }
}
