/**
 * The entry point, {@link io.github.inamirules.engine.ReimbursementEngine}: routes each session of a
 * care history to the rule set of its profession and gathers one decision per session.
 *
 * <p>Decisions taken where the design left a choice:
 * <ul>
 *   <li>The engine is its own package so that the output model ({@code assessment}) and the
 *       rule-writing toolkit ({@code rules}) do not depend on each other's callers: {@code rules}
 *       uses {@code assessment}, {@code engine} uses both, and nothing uses {@code engine} but users.</li>
 *   <li>Sessions are handed to rule sets in {@link io.github.inamirules.model.SessionOrder} (date,
 *       time of day, id in natural order), so the input order never changes a decision.</li>
 *   <li>The same module found twice (same class, id and data checksum, e.g. as a service and
 *       explicitly) is loaded once; any two other modules covering the same day are an error.</li>
 *   <li>The engine checks every loaded rate module against each rule set's vocabulary when built, and
 *       each episode against its profession's vocabulary when assessing.</li>
 *   <li>A batch catches, per history, every {@link java.lang.RuntimeException} (the library's own
 *       and a rule set's defects alike) and goes on; {@link java.lang.Error}s propagate. Results keep
 *       the caller's history object (to find its patient) but their text shows only the position.</li>
 *   <li>{@link io.github.inamirules.engine.CoveragePolicy#LENIENT} decides an uncovered session and
 *       every later session of its profession as insufficient data, because a later decision would
 *       have to count the undecided session; strict stays the default, so a missing module is never
 *       hidden unless asked for.</li>
 *   <li>The engine logs one INFO line when built (rule sets, modules, versions, checksums, jars) and
 *       nothing per assessment: no personal data is ever logged.</li>
 * </ul>
 */
@org.jspecify.annotations.NullMarked
package io.github.inamirules.engine;
