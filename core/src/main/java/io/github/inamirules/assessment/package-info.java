/**
 * The output of an assessment: {@link io.github.inamirules.assessment.Assessment}, one
 * {@link io.github.inamirules.assessment.Decision} per session with its
 * {@link io.github.inamirules.assessment.Reason}s and {@link io.github.inamirules.assessment.Missing}
 * items, and the {@link io.github.inamirules.assessment.Entitlement} counters. Texts for people come
 * from each profession's own {@link io.github.inamirules.assessment.Texts}.
 *
 * <p>Decisions taken where the design left a choice:
 * <ul>
 *   <li>Outcomes are values, and coverage and amounts are two questions: {@code REIMBURSED} and
 *       {@code REFUSED} say whether the session is covered; {@code INSUFFICIENT_DATA} only when the
 *       coverage itself cannot be decided. A covered session whose tariff no source gives is
 *       {@code REIMBURSED} and unpriced, with band, code and patient share where known and every
 *       unknown amount in {@link io.github.inamirules.assessment.Decision#missing()}; totals leave it
 *       out and count it ({@link io.github.inamirules.assessment.Assessment#countUnpriced()}).</li>
 *   <li>Reason texts use {@code {name}} placeholders filled from the reason's values, not
 *       {@code MessageFormat} (whose quoting rules clash with French apostrophes); a value with a label
 *       in the profession's texts ({@code place.home}) is shown by its label. A locale other than
 *       French or Dutch gets English, whatever the JVM's default.</li>
 *   <li>Texts are carried by the reasons, bands and missing items themselves (not part of their
 *       equality), so a decision explains itself without a registry or a global.</li>
 *   <li>{@link io.github.inamirules.assessment.Decision} and {@link io.github.inamirules.assessment.Reason}
 *       are written by hand, not generated like the other values: an assessment makes one decision per
 *       session and several reasons per decision, so each is one object holding its final lists, with no
 *       builder, list copy or {@code Optional} kept per session (issue 11: memory per decision). Their
 *       builders keep the generated ones' names and checks. {@link io.github.inamirules.assessment.ReasonValues}
 *       keeps immutable values (numbers, dates, amounts) as given and shows them as text when read.</li>
 * </ul>
 */
@org.jspecify.annotations.NullMarked
package io.github.inamirules.assessment;
