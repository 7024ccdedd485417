package io.github.inamirules.psychology;

import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.rules.DecisionDraft;

/**
 * At launch the pilot covers adults aged 18 to 64 inclusive (PSY-10, C-8: the official "tussen 18 jaar
 * en 64 jaar"); from 2 April 2020 it covers every age (PSY-16). The age on the session's date decides
 * (the reading; PSY-10's sources speak of the first session's date, which is the same for a
 * series that starts inside the target group). Outside the target group the session is refused (008).
 *
 * @see <a href="https://www.inami.fgov.be/nl/themas/kost-terugbetaling/door-ziekenfonds/geestelijke-gezondheidszorg/Paginas/kortdurende-psychologische-behandeling-volwassenen.aspx">
 *     PSY-10 source</a>
 */
final class PilotTargetAge {

    /** Refuses the draft if the beneficiary is outside the target group; tells whether it passed. */
    boolean apply(DecisionDraft d, int age) {
        if (d.rates().flag(PsyParameters.PILOT_ALL_AGES)) {
            return true;
        }
        int min = d.rates().integer(PsyParameters.PILOT_AGE_MIN);
        int max = d.rates().integer(PsyParameters.PILOT_AGE_MAX);
        if (age >= min && age <= max) {
            return true;
        }
        d.refuse(PsyRule.PSY_10, "PSY_PILOT_AGE_OUTSIDE_TARGET", RefusalCode.PREREQUISITE_NOT_MET, "age", age,
                "min", min, "max", max);
        return false;
    }
}
