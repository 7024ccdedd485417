/**
 * Occupational therapy (ergothérapie / ergotherapie) at home after a complete locomotor and / or
 * neurological rehabilitation programme in a conventioned centre, as a plug-in of the inami-rules
 * kernel: the profession and its typed factories ({@link io.github.inamirules.occupational.OccupationalTherapy}),
 * its vocabulary ({@link io.github.inamirules.occupational.Service}, {@link io.github.inamirules.occupational.Place},
 * {@link io.github.inamirules.occupational.Residence}, {@link io.github.inamirules.occupational.Convention},
 * {@link io.github.inamirules.occupational.PrescriberRole}, {@link io.github.inamirules.occupational.OccupationalTherapyFacts})
 * and its rule set ({@link io.github.inamirules.occupational.OccupationalTherapyRuleSet}). Each rule is a
 * small class named after what it implements, citing its rule id in shared/research/ergo.md
 * ({@code ERGO-xx}) and its source. This module uses only the kernel's exported packages.
 *
 * <h2>Where the patient lives, over time</h2>
 * The kernel's {@link io.github.inamirules.model.Facts} hold one value per fact, and whether the patient
 * lives at home or in a care institution changes over time (a stay in a rest home from D1 to D2). It is
 * modelled as a <b>session fact</b>, {@code residence}: where the patient lives on the session's day,
 * {@code home} when absent. Why this and not a list of dated periods on the episode:
 * <ul>
 *   <li>the rule needs only the value on the session's day, and the date of service decides;</li>
 *   <li>billing software knows where the patient lives when it bills a session, and writes it there;</li>
 *   <li>a choice fact is validated where it is read (a scenario file's line and column), while a
 *       period list would be a free-text fact parsed by the rule set, because the kernel's
 *       {@link io.github.inamirules.model.Fact} offers no factory for a value type of a module's own;</li>
 *   <li>it cannot overlap or leave gaps, which a period list could.</li>
 * </ul>
 * The price is repetition on each session. A kernel "dated fact" (a value per half-open period,
 * read with the session's date) would remove it.
 *
 * <h2>Decisions taken where the research or the design left a choice</h2>
 * <ul>
 *   <li>E-Q7, the window: {@code [end + 1 day, end + 1 day + 6 months)}, so the same calendar day six
 *       months after the end is the last covered day ({@link io.github.inamirules.occupational.ProgrammeWindow});
 *       the observation bilan may be given from the end date itself (0 days before, a parameter).</li>
 *   <li>E-Q7, which end date: the actual one; the expected one written on the first prescription is
 *       used when it is all that is known, with a warning (fact {@code programme_end_expected}).</li>
 *   <li>ERGO-17 limits count per prescription, as the practice pages and the issue say; whether they
 *       are per programme or per lifetime is open (E-Q1).</li>
 *   <li>E-Q3: 784291 and 784302 are both the observation bilan; the 2025 data leave the observation
 *       bilan's code explicitly unknown, so such a session is covered and unpriced.</li>
 *   <li>Qualifying conventions (E-C5): 7.71 and 9.50, plus 9.51 and R30/R60 which practice pages
 *       name, each a dated boolean parameter; 7.72, K30/K60, other and none never qualify.</li>
 *   <li>An observation bilan at the centre at the end of the programme is covered (E-E3, an inference
 *       of the research).</li>
 *   <li>Absent facts: a session without {@code place} is at home, without {@code residence} the
 *       patient lives at home; without {@code service} coverage cannot be decided.</li>
 *   <li>Not modelled: ERGO-18 (not hospitalised or in rehabilitation elsewhere, one practice page only,
 *       E-Q5), the COVID-19 12-month window and video sessions (a historical exception whose end date
 *       is unknown), the tacit approval after 15 days (one practice page, unconfirmed), the MAF
 *       (E-Q9).</li>
 * </ul>
 */
@org.jspecify.annotations.NullMarked
package io.github.inamirules.occupational;
