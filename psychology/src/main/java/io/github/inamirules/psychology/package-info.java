/**
 * Clinical psychology and clinical orthopedagogy (psychologie clinique / klinische psychologie)
 * through the mental-health networks, as a plug-in of the inami-rules kernel: the profession and its
 * typed factories ({@link io.github.inamirules.psychology.ClinicalPsychology}), its vocabulary
 * ({@link io.github.inamirules.psychology.PsyFunction}, {@link io.github.inamirules.psychology.SessionType},
 * {@link io.github.inamirules.psychology.NetworkType}, {@link io.github.inamirules.psychology.PrescriberRole},
 * {@link io.github.inamirules.psychology.PsychologyFacts}, {@link io.github.inamirules.psychology.PsyBands},
 * {@link io.github.inamirules.psychology.PsyCounters}, {@link io.github.inamirules.psychology.PsyParameters})
 * and its rule set ({@link io.github.inamirules.psychology.ClinicalPsychologyRuleSet}). Each rule is a
 * small class named after what it implements, citing its rule id in shared/research/psy.md
 * ({@code PSY-xx}) and its source. The module uses only the kernel's exported packages.
 *
 * <p>Decisions taken where the research or the design left a choice:
 * <ul>
 *   <li>C-1: the pilot share is 11.00 (launch value); 11.20 and the fees 61.17 / 45.88 of the
 *       network's information sheet are carried as alternatives and stated on every pilot decision.</li>
 *   <li>C-5: the pilot runs to 2021-12-31 and overlaps the 2021 convention from 2021-09-01; in the
 *       overlap a session with a referral is a pilot claim, one without a 2021 claim.</li>
 *   <li>C-2, C-3: 2021 caps 8 / 5 for adults' first line, groups 15 (children) and 12 (adults) in
 *       specialised care. C-4: the group/individual rule is the 2021 one before 2024-04-01 and the
 *       2024 one after.</li>
 *   <li>C-6, C-7, Q-8: free care by age (up to 23 inclusive on the session's date), from 2024-02-01
 *       under both conventions.</li>
 *   <li>The first session is derived: in the pilot the first session with the psychologist in the
 *       calendar year (60 minutes); in the networks the first accepted individual session of the care
 *       path (free).</li>
 *   <li>2024 caps are by age (the sources state them so), the category rule of 12 months is carried
 *       into 2024, a cap no source gives is decided up to the highest sourced rank and
 *       INSUFFICIENT_DATA beyond .</li>
 *   <li>Two rules that speak of whole series (PSY-26's individual session in the middle of a group
 *       series, PSY-45's parallel support and treatment) read the later sessions of the history
 *       ({@link io.github.inamirules.psychology.PlannedSessions}).</li>
 *   <li>A practitioner record is one agreement with one network: its convention periods are the
 *       agreement's periods; every function is agreed unless agreement facts say otherwise.</li>
 * </ul>
 */
@org.jspecify.annotations.NullMarked
package io.github.inamirules.psychology;
