/**
 * Physiotherapy (kinésithérapie / kinesitherapie), nomenclature article 7, as a plug-in of the
 * inami-rules kernel: the profession and its typed factories ({@link io.github.inamirules.physiotherapy.Physiotherapy}),
 * its vocabulary ({@link io.github.inamirules.physiotherapy.Situation},
 * {@link io.github.inamirules.physiotherapy.Place}, {@link io.github.inamirules.physiotherapy.PhysiotherapyFacts},
 * {@link io.github.inamirules.physiotherapy.Bands}, {@link io.github.inamirules.physiotherapy.PhysiotherapyCounters})
 * and its rule set ({@link io.github.inamirules.physiotherapy.PhysiotherapyRuleSet}). Each rule is a
 * small class named after what it implements, citing its rule id in shared/research/physio.md
 * ({@code P-xx}) and its source. This module uses only the kernel's exported packages: exactly what a
 * third party writing another profession gets.
 *
 * <p>Decisions taken where the research or the design left a choice:
 * <ul>
 *   <li>Contradictions are settled as physio.md recommends: 2 months to start (C-02), 9 perinatal
 *       sessions (C-01), three Fb tiers (C-04), −25 % from 1 May 2025 (C-07), at most 3 courante
 *       pathologies (C-08, a parameter), one session per day with explicit exceptions (C-12).</li>
 *   <li>Windows that start "at the first session" (Fa year, Fb period, pregnancy, prescription start)
 *       start at the first accepted session; refused sessions use up nothing.</li>
 *   <li>A session without a place is at the practice, one without a duration lasts 30 minutes (the
 *       standard session, P-38b).</li>
 *   <li>The dépassement cap names the 54th dépassement session as the one that used it up; the
 *       pathology cap names the first session of the last admitted pathology.</li>
 *   <li>A fee asked below the official fee caps the insurance amount (P-43, the conservative reading):
 *       the insurance never pays more than the practitioner charged.</li>
 *   <li>The intake (567033) and written reports are separate services, not sessions; they are not
 *       decided here.</li>
 * </ul>
 */
@org.jspecify.annotations.NullMarked
package io.github.inamirules.physiotherapy;
