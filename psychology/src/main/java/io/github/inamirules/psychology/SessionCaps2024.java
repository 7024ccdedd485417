package io.github.inamirules.psychology;

import io.github.inamirules.assessment.Missing;
import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.rates.ParameterValue;
import io.github.inamirules.rules.Counters;
import io.github.inamirules.rules.DecisionDraft;
import io.github.inamirules.rules.Window;

/**
 * The 2024 caps per 12 months (PSY-44): first-line support, at most 10 individual sessions up to 23
 * years and 8 from 24 (GGZADS-2024; CAAMI-PSY-2024: "1 free + 7 paid"); first-line treatment, 20
 * individual sessions up to 23 (KW-2024: "maximaal 10 ondersteunende of 20 behandelende individuele
 * sessies per 12 maanden"); group sessions of every function unlimited and not counted against the
 * individual caps (art. 10 §2, PSY-45). The sources state the caps by age, not by network.
 *
 * <p>A cap no source gives is an explicit unknown in the rates: sessions up to the highest rank the
 * sources decide ({@code <cap>.known_minimum}) are decided, a session beyond it is
 * {@code INSUFFICIENT_DATA} naming the unknown cap (Q-2: the adult treatment cap). The session beyond a
 * known cap is refused (002), naming the session that reached it.
 *
 * @see <a href="https://www.ggzads.be/terugbetaling-psychologische-hulp">PSY-44 source</a>
 * @see <a href="https://kw.be/nieuws/samenleving/gezondheid/alle-jongeren-voortaan-gratis-naar-de-psycholoog-onhaalbaar-met-het-huidige-budget/">
 *     KW-2024</a>
 */
final class SessionCaps2024 {
    private final Counters counters;

    SessionCaps2024(Counters counters) {
        this.counters = counters;
    }

    /** Counts and bands the draft, refuses it beyond a known cap, or reports an unknown cap. */
    void apply(DecisionDraft d, PsyFunction f, SessionType type, int age) {
        Window window = Window.rollingMonths(d.rates().integer(PsyParameters.CAP_MONTHS));
        if (type == SessionType.GROUP) {
            d.band(PsyBands.of(f, true), counters.countRolling(d, PsyCounters.GROUPS, null, window, null));
            return;
        }
        boolean young = age <= d.rates().integer(PsyParameters.CONV_2024_YOUNG_MAX_AGE);
        String name = PsyParameters.cap2024(young, f);
        String counter = f == PsyFunction.FIRST_LINE_TREATMENT ? PsyCounters.TREATMENT_INDIVIDUAL
                : PsyCounters.SUPPORT_INDIVIDUAL;
        ParameterValue row = d.rates().parameter(name);
        Integer cap = row.isUnknown() ? null : d.rates().integer(name);
        int rank = counters.countRolling(d, counter, null, window, cap);
        if (cap != null && rank > cap) {
            d.refuseUsedUp(PsyRule.PSY_44, "PSY_INDIVIDUAL_CAP_REACHED", RefusalCode.MAXIMUM_REACHED,
                    counters.lastCountedRolling(counter, null).orElse(null), "max", cap, "months", d.rates().integer(PsyParameters.CAP_MONTHS),
                    "function", PsychologyFacts.FUNCTION.format(f));
            return;
        }
        if (cap == null) {
            int decided = PsyParameters.hasKnownMinimum(name) ? d.rates().integer(name + PsyParameters.KNOWN_MINIMUM) : 0;
            if (rank > decided) {
                d.missing(Missing.Impact.COVERAGE, PsyRule.PSY_44, "PSY_CAP_UNKNOWN", Missing.PARAMETER, null,
                        "parameter", name, "rank", rank, "decidedUpTo", decided, "module", d.rates().module().id(),
                        "searched", row.provenance().note().orElse(""));
            }
        }
        d.band(PsyBands.of(f, false), rank);
    }
}
