/**
 * The engine and its output: {@link io.github.inamirules.assessment.ReimbursementEngine},
 * {@link io.github.inamirules.assessment.Assessment}, one
 * {@link io.github.inamirules.assessment.Decision} per session with its
 * {@link io.github.inamirules.assessment.Reason}s, and the
 * {@link io.github.inamirules.assessment.Entitlement} counters.
 *
 * <p>Decisions taken where the design left a choice:
 * <ul>
 *   <li>Outcomes are values: {@code REIMBURSED}, {@code REFUSED} and {@code INSUFFICIENT_DATA} stay
 *       distinct. A session whose entitlement is fine but whose tariff no source gives is
 *       {@code INSUFFICIENT_DATA} with band and code, never a guessed amount.</li>
 *   <li>Sessions are processed by date, ties broken by session id, so the input order never changes
 *       a decision.</li>
 *   <li>Reason texts use {@code {name}} placeholders filled from the reason's values, not
 *       {@code MessageFormat} (whose quoting rules clash with French apostrophes). A locale other than
 *       French or Dutch gets English, whatever the JVM's default.</li>
 *   <li>The same module found twice (same class, id and data checksum, e.g. as a service and
 *       explicitly) is loaded once; any two other modules covering the same day are an error.</li>
 *   <li>The engine logs one INFO line when built (rule sets, modules, versions, checksums, jars) and
 *       nothing per assessment: no personal data is ever logged.</li>
 * </ul>
 */
package io.github.inamirules.assessment;
