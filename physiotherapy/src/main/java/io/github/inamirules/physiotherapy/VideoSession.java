package io.github.inamirules.physiotherapy;

import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.rules.DecisionDraft;

/**
 * A session by video is decided by what the nomenclature allows on its date. Every art. 7 prestation
 * needs the physiotherapist's physical presence, by an INAMI interpretative rule (P-44, quoted by
 * Axxon), and video treatment from 2026 is announced but no nomenclature code, condition or amount was
 * found (P-42, Q-01). So a video session is refused (eTarif 009, not attestable on the date) unless the
 * rates in force say the nomenclature allows it ({@code video.allowed}); it is then banded like any
 * session and its code is looked up at the place {@code video} of the code table. Before 2026 the rates
 * need not give the parameter (it is required from 2026-01-01): the physical-presence rule applies.
 *
 * @see <a href="https://axxon.be/fr/nouvelles/238-derniere-regle-interpretative-inami/">P-44 source</a>
 * @see <a href="https://lejournaldumedecin.pmg.be/fr/fichier/EAKbe2538S05_00">P-42 source</a>
 */
final class VideoSession {
    /** Refuses a video session the nomenclature does not allow; tells whether the session is by video. */
    boolean apply(DecisionDraft d) {
        if (!PhysiotherapySessions.video(d.session())) {
            return false;
        }
        boolean allowed = d.rates().has(PhysioParameters.VIDEO_ALLOWED) && d.rates().flag(PhysioParameters.VIDEO_ALLOWED);
        if (!allowed) {
            d.refuse(PhysioRule.P_44, "PHYSIO_VIDEO_NOT_ATTESTABLE", RefusalCode.NOT_ATTESTABLE_ON_DATE,
                    "date", d.date());
            return true;
        }
        d.info(PhysioRule.P_42, "PHYSIO_VIDEO_SESSION", "date", d.date());
        return true;
    }
}
