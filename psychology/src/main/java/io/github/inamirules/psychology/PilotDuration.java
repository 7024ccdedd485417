package io.github.inamirules.psychology;

import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.rules.DecisionDraft;

/**
 * The first pilot session lasts 60 minutes (diagnosis, and the check that the beneficiary meets the
 * criteria), the next ones 45 (PSY-13). A session without a duration is taken to last what it must; a
 * shorter one is refused (008). Which session is the first is derived ({@link PilotYearlyCount}).
 *
 * @see <a href="https://www.inami.fgov.be/fr/professionnels/sante/medecins/soins/Pages/seance-psychologie-1er-ligne-psychologue-clinicien-orthopedagogue-clinicien.aspx">
 *     PSY-13 source</a>
 */
final class PilotDuration {

    /** Refuses a session shorter than its required duration; tells whether the draft passed. */
    boolean apply(DecisionDraft d, boolean first) {
        int required = d.rates().integer(first ? PsyParameters.PILOT_FIRST_MINUTES : PsyParameters.PILOT_MINUTES);
        int minutes = d.session().minutes().orElse(required);
        if (minutes >= required) {
            return true;
        }
        d.refuse(PsyRule.PSY_13, "PSY_PILOT_SESSION_TOO_SHORT", RefusalCode.PREREQUISITE_NOT_MET, "minutes", minutes,
                "required", required);
        return false;
    }
}
