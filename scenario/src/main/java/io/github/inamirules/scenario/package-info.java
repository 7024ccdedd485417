/**
 * Scenario files: care histories with expected decisions, as YAML, for the test suites of billing
 * software. {@link io.github.inamirules.scenario.ScenarioReader} reads and validates,
 * {@link io.github.inamirules.scenario.ScenarioChecker} checks against an engine,
 * {@link io.github.inamirules.scenario.ScenarioWriter} writes.
 *
 * <p>Decisions taken where the design left a choice:
 * <ul>
 *   <li>The YAML is read with Jackson's streaming parser into located nodes, then mapped by hand onto
 *       the core model: no data binding, so no file can name a Java type, and every error carries
 *       {@code file:line:column}.</li>
 *   <li>Unknown keys are errors, not ignored: a misspelled {@code insurace:} must not make an
 *       expectation silently vanish.</li>
 *   <li>Expected amounts are text compared as amounts; {@code unknown} expects an absent value.</li>
 *   <li>Generated sessions are named {@code <episode>-<n>} so expectations can name them.</li>
 *   <li>The format carries a version ({@code format: 1}); a file of another version is refused with a
 *       clear message rather than half-read.</li>
 * </ul>
 */
package io.github.inamirules.scenario;
