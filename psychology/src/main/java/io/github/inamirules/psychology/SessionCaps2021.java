package io.github.inamirules.psychology;

import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.rules.Counters;
import io.github.inamirules.rules.DecisionDraft;
import io.github.inamirules.rules.Window;

/**
 * The 2021 caps per 12 months (PSY-25, table T-LIM-2021): children and adolescents network, first line
 * 10 individual / 8 group, specialised 20 / 15; adults network, first line 8 / 5, specialised 20 / 12
 * (C-2: 8 / 5, not HLN's 10 / 8; C-3: children 15, adults 12 groups). The 12 months are the rolling 12
 * months that end with the session. The session beyond the cap is refused (002), naming the session
 * that reached it. Bands the session with its rank.
 *
 * @see <a href="https://compsy.be/nl/conventie-verstrekking-van-psychologische-zorg">PSY-25 source</a>
 */
final class SessionCaps2021 {
    private final Counters counters;

    SessionCaps2021(Counters counters) {
        this.counters = counters;
    }

    /** Counts and bands the draft, or refuses it. */
    void apply(DecisionDraft d, NetworkType network, PsyFunction f, SessionType type) {
        boolean group = type == SessionType.GROUP;
        String counter = PsyCounters.of2021(f, group);
        int cap = d.rates().integer(PsyParameters.cap2021(network, f, group));
        int months = d.rates().integer(PsyParameters.CAP_MONTHS);
        int rank = counters.countRolling(d, counter, null, Window.rollingMonths(months), cap);
        if (rank > cap) {
            d.refuseUsedUp(PsyRule.PSY_25, group ? "PSY_GROUP_CAP_REACHED" : "PSY_INDIVIDUAL_CAP_REACHED",
                    RefusalCode.MAXIMUM_REACHED, counters.lastCountedRolling(counter, null).orElse(null),
                    "max", cap, "months", months, "function", PsychologyFacts.FUNCTION.format(f));
            return;
        }
        d.band(PsyBands.of(f, group), rank);
    }
}
