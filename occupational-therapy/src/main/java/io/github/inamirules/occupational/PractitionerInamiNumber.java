package io.github.inamirules.occupational;

import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.rules.DecisionDraft;

/**
 * Only a recognised occupational therapist who has an INAMI / RIZIV number is covered (ERGO-16: "als
 * ze worden uitgevoerd door erkende ergotherapeuten die over een RIZIV-nummer beschikken"). A
 * practitioner without a number (or with a blank one) is refused 008.
 *
 * @see <a href="https://www.inami.fgov.be/nl/thema-s/verzorging-kosten-en-terugbetaling/wat-het-ziekenfonds-terugbetaalt/verzorging-in-gespecialiseerde-centra/ergotherapie">ERGO-16 source</a>
 */
final class PractitionerInamiNumber {

    /** Refuses the draft if its practitioner has no INAMI number. */
    void apply(DecisionDraft d) {
        if (d.practitioner().inamiNumber().filter(n -> !n.isBlank()).isEmpty()) {
            d.refuse(OtRule.ERGO_16, "OT_PRACTITIONER_WITHOUT_INAMI_NUMBER", RefusalCode.PREREQUISITE_NOT_MET,
                    "practitioner", d.practitioner().id());
        }
    }
}
