package io.github.inamirules.physiotherapy;

import io.github.inamirules.model.DateRange;
import io.github.inamirules.rules.Counters;
import io.github.inamirules.rules.DecisionDraft;
import io.github.inamirules.rules.OpenedWindows;
import io.github.inamirules.rules.Window;

/**
 * Perinatal physiotherapy: no request or notification; at most 9 ambulatory sessions per pregnancy
 * (one perinatal pathology stands for one pregnancy), not counted in the courante 18 (P-35; C-01 settles
 * 9 against 18). After the 9th, the treatment continues as courante, without approval if no other
 * courante pathology was treated that calendar year ({@link CourantePathologyCount}). The counter's
 * period starts at the pregnancy's first accepted session and has no end.
 *
 * @see <a href="https://www.mc.be/b2b/prestataires/kinesitherapeutes/kinesitherapie_perinatale">P-35 source</a>
 */
final class PerinatalCount {
    private final Counters counters;
    private final OpenedWindows pregnancies = new OpenedWindows(Window.unbounded());

    PerinatalCount(Counters counters) {
        this.counters = counters;
    }

    /**
     * Bands the draft as perinatal, or tells that the pregnancy's sessions are used up.
     *
     * @return true if banded, false if the session continues as courante
     */
    boolean apply(DecisionDraft d) {
        int max = d.rates().integer(PhysioParameters.PERINATAL_MAX);
        String episode = d.episode().id();
        DateRange period = pregnancies.openOrCurrent(d, episode);
        if (counters.used(PhysiotherapyCounters.PERINATAL, episode, period) >= max) {
            d.info(PhysioRule.P_35, "PHYSIO_PERINATAL_CONTINUED_AS_COURANTE", "max", max);
            return false;
        }
        d.band(Bands.PERINATAL, counters.count(d, PhysiotherapyCounters.PERINATAL, episode, period, max));
        return true;
    }
}
