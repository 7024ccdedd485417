package io.github.inamirules.psychology;

import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.rules.Counters;
import io.github.inamirules.rules.DecisionDraft;
import io.github.inamirules.rules.Window;
import java.util.HashSet;
import java.util.Set;

/**
 * At most 8 pilot sessions per beneficiary per calendar year, whatever the psychologist (PSY-12): the
 * 9th is refused (002), naming the 8th. It also tells which session is the first one, derived and never
 * an input (PSY-13): the first accepted pilot session of the beneficiary with that psychologist in the
 * calendar year, the 60-minute diagnostic session; a prolongation (sessions 5 to 8) or a new series
 * after a gap with the same psychologist in the year has 45-minute sessions only.
 *
 * @see <a href="https://www.savha.be/informatie-voor-de-patient">PSY-12 source</a>
 */
final class PilotYearlyCount {
    private static final Window YEAR = Window.calendarYear();

    private final Counters counters;
    private final Set<String> seen = new HashSet<>();

    PilotYearlyCount(Counters counters) {
        this.counters = counters;
    }

    /** Counts the draft in its year and returns its rank, or refuses it and returns 0. */
    int apply(DecisionDraft d) {
        DateRange year = YEAR.period(d.date());
        int max = d.rates().integer(PsyParameters.PILOT_SESSIONS_PER_YEAR);
        if (counters.used(PsyCounters.PILOT_YEAR, null, year) >= max) {
            d.refuseUsedUp(PsyRule.PSY_12, "PSY_PILOT_YEAR_CAP_REACHED", RefusalCode.MAXIMUM_REACHED,
                    counters.lastCounted(PsyCounters.PILOT_YEAR, null, year).orElse(null),
                    "year", year.start().getYear(), "max", max);
            return 0;
        }
        return counters.count(d, PsyCounters.PILOT_YEAR, null, year, max);
    }

    /** Tells whether the draft is the beneficiary's first pilot session with its psychologist this year. */
    boolean isFirst(DecisionDraft d) {
        String key = d.practitioner().id() + "|" + d.date().getYear();
        if (seen.contains(key)) {
            return false;
        }
        d.whenAccepted(() -> seen.add(key));
        return true;
    }
}
