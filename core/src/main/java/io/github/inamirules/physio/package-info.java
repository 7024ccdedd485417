/**
 * The physiotherapy rule set (kinésithérapie / kinesitherapie), nomenclature article 7:
 * {@link io.github.inamirules.physio.PhysiotherapyRuleSet}. Each rule is a small class named after what
 * it implements, citing its rule id in shared/research/physio.md ({@code P-xx}) and its source.
 *
 * <p>Decisions taken where the research or the design left a choice:
 * <ul>
 *   <li>Contradictions are settled as physio.md recommends: 2 months to start (C-02), 9 perinatal
 *       sessions (C-01), three Fb tiers (C-04), −25 % from 1 May 2025 (C-07), at most 3 courante
 *       pathologies (C-08, a parameter), one session per day with explicit exceptions (C-12).</li>
 *   <li>Windows that start "at the first session" (Fa year, Fb period, prescription start) start at the
 *       first session that passes the rules before them; refused sessions use up nothing.</li>
 *   <li>The dépassement cap names the 54th dépassement session as the one that used it up; the
 *       pathology cap names the first session of the last admitted pathology.</li>
 *   <li>A fee asked below the official fee is not modelled: amounts are computed on the official fee.</li>
 *   <li>The intake (567033) and written reports are separate services, not sessions; they are not
 *       decided here.</li>
 * </ul>
 */
package io.github.inamirules.physio;
