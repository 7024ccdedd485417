/**
 * The inami-rules testkit, for the test suites of billing software: a JUnit 5 entry point that runs
 * scenario files, AssertJ assertions for decisions and assessments, and jqwik arbitraries of care
 * histories.
 */
module io.github.inamirules.testkit {
    requires transitive io.github.inamirules.scenario;
    requires transitive org.junit.jupiter.api;
    requires transitive org.assertj.core;
    requires transitive net.jqwik.api;

    exports io.github.inamirules.testkit;
}
