package io.github.inamirules.psychology;

import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.rules.DecisionDraft;

/**
 * A network session is given under a function of the convention in force on its date: first-line or
 * specialised care under the 2021 convention (PSY-24); community interventions, first-line support or
 * first-line treatment under the 2024 convention (PSY-41). A function of the other convention is
 * refused (009), one the practitioner's agreement does not cover is refused (008). Community
 * interventions are group sessions (PSY-41: "deze vorm van zorg gebeurt in groepsverband"): an
 * individual one is refused (009).
 *
 * @see <a href="https://www.riziv.fgov.be/nl/thema-s/verzorging-kosten-en-terugbetaling/wat-het-ziekenfonds-terugbetaalt/eerstelijns-psychologische-zorg-in-netwerken-voor-geestelijke-gezondheid-vanaf-1-april-2024">
 *     PSY-41 source</a>
 */
final class NetworkFunction {

    /** Refuses the draft if its function does not fit; tells whether it passed. */
    boolean apply(DecisionDraft d, Scheme scheme, PsyFunction function) {
        String name = PsychologyFacts.FUNCTION.format(function);
        if (function.scheme() != scheme) {
            d.refuse(scheme == Scheme.CONV_2021 ? PsyRule.PSY_24 : PsyRule.PSY_41, "PSY_FUNCTION_NOT_IN_CONVENTION",
                    RefusalCode.NOT_ATTESTABLE_ON_DATE, "function", name, "date", d.date());
            return false;
        }
        if (!PsySessions.agreed(d.practitioner(), function)) {
            d.refuse(PsyRule.PSY_01, "PSY_FUNCTION_NOT_AGREED", RefusalCode.PREREQUISITE_NOT_MET, "function", name,
                    "practitioner", d.practitioner().id());
            return false;
        }
        if (function == PsyFunction.COMMUNITY_INTERVENTION && PsySessions.type(d.session()) != SessionType.GROUP) {
            d.refuse(PsyRule.PSY_41, "PSY_COMMUNITY_INTERVENTION_IS_GROUP", RefusalCode.NOT_ATTESTABLE_ON_DATE);
            return false;
        }
        return true;
    }
}
