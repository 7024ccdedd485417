package io.github.inamirules.physiotherapy;

import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.rules.Approvals;
import io.github.inamirules.rules.Counters;
import io.github.inamirules.rules.DecisionDraft;
import io.github.inamirules.rules.Window;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts courante sessions (pathologie courante / courante aandoening) and gives each its band.
 *
 * <ul>
 *   <li>Per pathology per calendar year, sessions 1–9 and 10–18 are at the normal reimbursement, with
 *       distinct codes (P-19); from the 19th, dépassement sessions at a reduced reimbursement (P-21).</li>
 *   <li>At most 54 dépassement sessions per calendar year, all pathologies together (P-22); the 55th
 *       is refused (eTarif 002), naming the session that reached the cap.</li>
 *   <li>At most 3 courante pathologies per calendar year; the 2nd and 3rd need a médecin-conseil
 *       approval (P-24, C-08). A 4th is refused (002); a 2nd without approval is refused (005).</li>
 *   <li>A perinatal pathology whose 9 sessions are used continues here as courante (P-35): it is then
 *       a courante pathology of the year like any other, free only if it is the year's first.</li>
 * </ul>
 * All limits are rate parameters read at the session's date.
 *
 * @see <a href="https://www.cm.be/nl/zorgverleners/kinesitherapeuten/kinesitherapie-courante-behandelingen">
 *     P-19, P-21, P-22 source</a>
 */
final class CourantePathologyCount {
    private static final Window YEAR = Window.calendarYear();

    private final Counters counters;
    private final Approvals approvals;
    private final Map<Integer, List<String>> pathologiesByYear = new HashMap<>();
    private final Map<String, String> firstSessionOfPathologyYear = new HashMap<>();

    CourantePathologyCount(Counters counters, Approvals approvals) {
        this.counters = counters;
        this.approvals = approvals;
    }

    /** Bands or refuses the draft. */
    void apply(DecisionDraft d) {
        DateRange year = YEAR.period(d.date());
        if (!admitPathology(d, year)) {
            return;
        }
        String episode = d.episode().id();
        int firstBand = d.rates().integer(PhysioParameters.COURANTE_FIRST_BAND_MAX);
        int max = d.rates().integer(PhysioParameters.COURANTE_MAX);
        int within = counters.used(PhysiotherapyCounters.COURANTE, episode, year);
        if (within >= max && !admitDepassement(d, year)) {
            return;
        }
        int rank = counters.countWithOverflow(d, PhysiotherapyCounters.COURANTE, PhysiotherapyCounters.COURANTE_BEYOND,
                episode, year, max);
        if (rank <= firstBand) {
            d.band(Bands.COURANTE_1_9, rank);
        } else if (rank <= max) {
            d.band(Bands.COURANTE_10_18, rank);
            if (rank >= max - 1) {
                d.warn(PhysioRule.P_19, "PHYSIO_COURANTE_NEARLY_USED", "rank", rank, "max", max);
            }
        } else {
            d.band(Bands.DEPASSEMENT, rank);
            d.info(PhysioRule.P_21, "PHYSIO_COURANTE_OVER_18", "rank", rank, "max", max,
                    "depassementOfYear", counters.used(PhysiotherapyCounters.DEPASSEMENT, null, year) + 1);
        }
    }

    private boolean admitPathology(DecisionDraft d, DateRange year) {
        int y = year.start().getYear();
        String episode = d.episode().id();
        List<String> admitted = pathologiesByYear.computeIfAbsent(y, k -> new ArrayList<>());
        if (admitted.contains(episode)) {
            return true;
        }
        int position = admitted.size() + 1;
        int max = d.rates().integer(PhysioParameters.COURANTE_PATHOLOGIES_MAX);
        if (position > max) {
            String last = admitted.get(admitted.size() - 1);
            d.refuseUsedUp(PhysioRule.P_24, "PHYSIO_COURANTE_PATHOLOGIES_MAX", RefusalCode.MAXIMUM_REACHED,
                    firstSessionOfPathologyYear.get(last + "|" + y), "year", y, "max", max);
            return false;
        }
        int free = d.rates().integer(PhysioParameters.COURANTE_PATHOLOGIES_FREE);
        if (position > free
                && approvals.holding(episode, Physiotherapy.ADDITIONAL_COURANTE_PATHOLOGY, d.date()).isEmpty()) {
            d.refuse(PhysioRule.P_24, "PHYSIO_COURANTE_APPROVAL_MISSING", RefusalCode.NO_AGREEMENT,
                    "position", position, "year", y);
            return false;
        }
        String sessionId = d.session().id();
        d.whenAccepted(() -> {
            admitted.add(episode);
            firstSessionOfPathologyYear.put(episode + "|" + y, sessionId);
        });
        counters.count(d, PhysiotherapyCounters.COURANTE_PATHOLOGIES, null, year, max);
        if (position > free) {
            d.info(PhysioRule.P_24, "PHYSIO_COURANTE_ADDITIONAL_PATHOLOGY", "position", position, "year", y);
        }
        return true;
    }

    private boolean admitDepassement(DecisionDraft d, DateRange year) {
        int max = d.rates().integer(PhysioParameters.DEPASSEMENT_MAX);
        if (counters.used(PhysiotherapyCounters.DEPASSEMENT, null, year) >= max) {
            d.refuseUsedUp(PhysioRule.P_22, "PHYSIO_DEPASSEMENT_CAP_REACHED", RefusalCode.MAXIMUM_REACHED,
                    counters.lastCounted(PhysiotherapyCounters.DEPASSEMENT, null, year).orElse(null),
                    "year", year.start().getYear(), "max", max);
            return false;
        }
        counters.count(d, PhysiotherapyCounters.DEPASSEMENT, null, year, max);
        return true;
    }
}
