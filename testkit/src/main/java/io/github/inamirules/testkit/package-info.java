/**
 * Test support for users of inami-rules:
 * {@link io.github.inamirules.testkit.ScenarioTests} turns a folder of scenario files into JUnit 5
 * dynamic tests, {@link io.github.inamirules.testkit.InamiAssertions} gives AssertJ assertions for
 * decisions, assessments and counters, and {@link io.github.inamirules.testkit.CareHistoryArbitraries}
 * gives jqwik arbitraries of valid care histories for property tests.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> scenarios() {
 *     return ScenarioTests.onClassPath("scenarios");
 * }
 *
 * @Test
 * void thirdSession() {
 *     assertThat(engine.assess(history)).decision("back-3")
 *             .isReimbursed().hasCode("567011").hasInsurance("24.55");
 * }
 * }</pre>
 *
 * <p>Decisions taken where the design left a choice:
 * <ul>
 *   <li>Every verdict on a scenario comes from {@link io.github.inamirules.scenario.ScenarioChecker},
 *       the class the {@code check} command uses too, so the command line and JUnit always agree;
 *       the testkit only arranges the verdicts into tests.</li>
 *   <li>One dynamic test per expectation and per session of a session range, so a report names the
 *       exact session; a scenario is assessed once, when its container runs, not when tests are
 *       discovered.</li>
 *   <li>A failure message is made of {@link io.github.inamirules.scenario.Mismatch#describe()} lines
 *       ({@code file:line:column: scenario, session, field: expected, actual}), the same lines the
 *       command line prints; the assertions of this package use the same words (field names of the
 *       scenario format, {@code unknown} for an absent amount, {@code none} for an absent refusal).</li>
 *   <li>A file that cannot be read, a scenario that cannot be assessed, and a folder without any
 *       scenario file are failing tests, never silently skipped.</li>
 *   <li>Amounts are given to the assertions as text ({@code "24.55"}) and compared as
 *       {@link io.github.inamirules.model.Money}, so {@code "30.8"} equals {@code 30.80}; an absent
 *       amount is asserted with its own method ({@code hasNoFee()}), never with a magic word.</li>
 *   <li>The arbitraries generate 2025 histories only, the one year a rate module exists for.</li>
 * </ul>
 */
@org.jspecify.annotations.NullMarked
package io.github.inamirules.testkit;
