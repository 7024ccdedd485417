package io.github.inamirules.physiotherapy;

import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.rules.Counters;
import io.github.inamirules.rules.DecisionDraft;
import io.github.inamirules.rules.OpenedWindows;
import io.github.inamirules.rules.Window;
import java.util.List;

/**
 * Direct access (P-42): announced for 2026, a patient with light symptoms (such as low-back pain) could
 * see a physiotherapist without a prescription. No legal text was found: no date, no list of
 * situations, no number of sessions. So the rule has the announced shape and every figure is a
 * parameter: when {@code direct_access.enabled} holds on the date and the pathology's situation is among
 * {@code direct_access.situations}, up to {@code direct_access.sessions_max} sessions of the pathology
 * are accepted without a prescription; the next one needs a prescription (refused 008, naming the
 * session that used direct access up). Rate modules before 2026 need not give these parameters (they
 * are required from 2026-01-01): without them, a prescription is always required (P-01). Enabling
 * direct access when the decree is published is a data change.
 *
 * <p>The sessions are counted from the pathology's first session without prescription, with no end:
 * the announcement says nothing of a renewal.
 *
 * @see <a href="https://lejournaldumedecin.pmg.be/fr/fichier/EAKbe2538S05_00">P-42 source</a>
 */
final class DirectAccess {
    private final Counters counters;
    private final OpenedWindows periods = new OpenedWindows(Window.unbounded());

    DirectAccess(Counters counters) {
        this.counters = counters;
    }

    /**
     * Accepts a session without prescription under direct access, or refuses it once direct access is
     * used up.
     *
     * @return true if the rule decided the session (accepted or refused); false if direct access does
     *     not apply, so that the prescription rule refuses it
     */
    boolean apply(DecisionDraft d) {
        if (!d.rates().has(PhysioParameters.DIRECT_ACCESS_ENABLED)
                || !d.rates().flag(PhysioParameters.DIRECT_ACCESS_ENABLED)) {
            return false;
        }
        List<String> situations = d.rates().ids(PhysioParameters.DIRECT_ACCESS_SITUATIONS);
        if (!situations.contains(d.episode().kind().id())) {
            return false;
        }
        int max = d.rates().integer(PhysioParameters.DIRECT_ACCESS_SESSIONS_MAX);
        String episode = d.episode().id();
        DateRange period = periods.openOrCurrent(d, episode);
        if (counters.used(PhysiotherapyCounters.DIRECT_ACCESS, episode, period) >= max) {
            d.refuseUsedUp(PhysioRule.P_42, "PHYSIO_DIRECT_ACCESS_USED_UP", RefusalCode.PREREQUISITE_NOT_MET,
                    counters.lastCounted(PhysiotherapyCounters.DIRECT_ACCESS, episode, period).orElse(null),
                    "max", max);
            return true;
        }
        int rank = counters.count(d, PhysiotherapyCounters.DIRECT_ACCESS, episode, period, max);
        d.info(PhysioRule.P_42, "PHYSIO_DIRECT_ACCESS", "rank", rank, "max", max);
        return true;
    }
}
