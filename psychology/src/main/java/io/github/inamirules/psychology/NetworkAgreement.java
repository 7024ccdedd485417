package io.github.inamirules.psychology;

import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.rules.DecisionDraft;

/**
 * Only a clinical psychologist or clinical orthopedagogue who has an agreement with a mental-health
 * network holding the INAMI convention on the session's date is reimbursed (PSY-01): the agreement's
 * periods are the practitioner's convention periods. Without one the session is refused (008) with a
 * reason saying so; the patient then pays the psychologist's own price.
 *
 * @see <a href="https://www.inami.fgov.be/nl/professionals/individuele-zorgverleners/klinisch-psychologen">PSY-01 source</a>
 */
final class NetworkAgreement {

    /** Refuses the draft if the practitioner has no agreement on its date; tells whether it passed. */
    boolean apply(DecisionDraft d) {
        if (d.practitioner().isConventionedOn(d.date())) {
            return true;
        }
        d.refuse(PsyRule.PSY_01, "PSY_NO_NETWORK_AGREEMENT", RefusalCode.PREREQUISITE_NOT_MET,
                "practitioner", d.practitioner().id(), "date", d.date());
        return false;
    }
}
