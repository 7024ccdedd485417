package io.github.inamirules.occupational;

import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.rules.DecisionDraft;
import io.github.inamirules.rules.Window;
import java.time.LocalDate;
import java.time.Period;

/**
 * The services must be carried out within 6 months after the end of the complete programme, except the
 * observation bilan, which may already be given at the end of the programme (ERGO-13: "binnen de 6
 * maanden na afloop van het volledige programma … (met uitzondering van het observatiebilan dat al op
 * het einde van het programma gerealiseerd mag worden)"; "endéans les 6 mois qui suivent la fin du
 * programme").
 *
 * <p>The boundary rule (E-Q7, no source defines it): the months "that follow the end" start on the day
 * after the end date E, and the window is the half-open {@code [E + 1 day, E + 1 day + N months)} with
 * N the rate parameter (6), computed with {@link Window#from(Period)}. So for E = 2025-03-01 the last
 * covered day is 2025-09-01 (the same calendar day six months later, E-E16) and 2025-09-02 is refused
 * (E-E15); for E = 2025-08-31 it is 2026-02-28. Other services are refused before E + 1 day (the
 * programme has not ended). The observation bilan may be given from E minus a parameter number of days
 * (0: the last day of the programme, the narrowest reading of "op het einde"). Outside the window: 009.
 *
 * @see <a href="https://www.inami.fgov.be/nl/thema-s/verzorging-kosten-en-terugbetaling/wat-het-ziekenfonds-terugbetaalt/verzorging-in-gespecialiseerde-centra/ergotherapie">ERGO-13 source</a>
 */
final class ProgrammeWindow {

    /** Refuses the draft if its date is outside the window of the programme that ended on {@code end}. */
    void apply(DecisionDraft d, Service service, LocalDate end) {
        int months = d.rates().integer(OtParameters.WINDOW_MONTHS);
        DateRange window = Window.from(Period.ofMonths(months)).period(end.plusDays(1), d.date());
        LocalDate first = service == Service.OBSERVATION_BILAN
                ? end.minusDays(d.rates().integer(OtParameters.BILAN_DAYS_BEFORE_END)) : window.start();
        if (d.date().isBefore(first)) {
            d.refuse(OtRule.ERGO_13, "OT_BEFORE_PROGRAMME_END", RefusalCode.NOT_ATTESTABLE_ON_DATE,
                    "service", service.id(), "programmeEnd", end, "firstDay", first);
        } else if (!d.date().isBefore(window.end())) {
            d.refuse(OtRule.ERGO_13, "OT_WINDOW_ENDED", RefusalCode.NOT_ATTESTABLE_ON_DATE,
                    "programmeEnd", end, "months", months, "lastDay", window.end().minusDays(1));
        } else if (d.date().isBefore(window.start())) {
            d.info(OtRule.ERGO_13, "OT_OBSERVATION_BILAN_AT_PROGRAMME_END", "programmeEnd", end);
        }
    }
}
