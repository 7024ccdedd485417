/**
 * The mutualities' complementary benefits (assurance complémentaire / aanvullende verzekering):
 * what a member's mutuality pays for a session besides compulsory insurance, as date-effective data
 * with provenance ({@link io.github.inamirules.complementary.Benefit}, read by a
 * {@link io.github.inamirules.complementary.BenefitModule}, format in {@code docs/complementary-format.md}),
 * applied on top of an {@link io.github.inamirules.assessment.Assessment} by
 * {@link io.github.inamirules.complementary.ComplementaryBenefits}.
 *
 * <p>Decisions taken where the design left a choice:
 * <ul>
 *   <li>The files are in the format of the rate modules and read with core's
 *       {@link io.github.inamirules.rates.RateFileReader}: the same comments, header check, half-open
 *       periods, amounts, {@code status | source | note} provenance and {@code module:file:line:column}
 *       errors. One reader, one format.</li>
 *   <li>A module declares what it vouches for ({@code coverage.psv}: mutuality, profession, period).
 *       Inside, a session no row matches gets 0.00 with its reason; outside, the benefit is unknown —
 *       "we do not know" is never a silent 0.00. So a benefit no source states in full is simply not
 *       written, and an {@code unknown} status is refused in benefit files.</li>
 *   <li>At most one row may apply to a session: two rows of one mutuality and profession whose periods
 *       and conditions can hold together are a data error (Catala's rule), not a pick.</li>
 *   <li>Caps count per mutuality and benefit id, across the benefit's rows (its ordinary and
 *       preferential variants, its successive periods), in one chronological pass in the kernel's
 *       session order. A session counts when the benefit pays it something; a refused or 0.00
 *       session never does. A reached cap pays 0.00 and names its counter; an amount cap with less
 *       left pays what is left.</li>
 *   <li>"Only when compulsory insurance does not reimburse" reads the decision: REFUSED meets it,
 *       REIMBURSED does not, INSUFFICIENT_DATA leaves the benefit unknown. A percentage is of what the
 *       patient paid: the fee asked of a refused session, the patient share plus supplement of a
 *       reimbursed one; rounded half-up to the cent.</li>
 *   <li>Reasons are core's {@link io.github.inamirules.assessment.Reason} with this module's codes
 *       ({@link io.github.inamirules.complementary.BenefitReasons}) and FR / NL / EN texts; the rule id
 *       is the benefit's id, the source its first source.</li>
 * </ul>
 */
@org.jspecify.annotations.NullMarked
package io.github.inamirules.complementary;
