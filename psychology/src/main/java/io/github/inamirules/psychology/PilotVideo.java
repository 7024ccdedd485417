package io.github.inamirules.psychology;

import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.rules.DecisionDraft;

/**
 * Pilot sessions require the psychologist and the beneficiary in the same room (PSY-15); video
 * sessions are reimbursed from 14 March 2020 (the COVID-19 measure), with the same durations and the
 * personal share still due. A video session before that is refused (009).
 *
 * @see <a href="https://www.riziv.fgov.be/nl/covid19/Paginas/eerstelijnspsychologische-zorg-videoconsultatie-andere-versoepelingen-covid19.aspx">
 *     PSY-15 source</a>
 */
final class PilotVideo {

    /** Refuses a video session the rates do not allow; tells whether the draft passed. */
    boolean apply(DecisionDraft d) {
        if (!PsySessions.video(d.session())) {
            return true;
        }
        if (!d.rates().flag(PsyParameters.PILOT_VIDEO)) {
            d.refuse(PsyRule.PSY_15, "PSY_PILOT_VIDEO_NOT_ALLOWED", RefusalCode.NOT_ATTESTABLE_ON_DATE, "date", d.date());
            return false;
        }
        d.info(PsyRule.PSY_15, "PSY_PILOT_VIDEO", "date", d.date());
        return true;
    }
}
