package io.github.inamirules.physiotherapy;

import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.rules.Approvals;
import io.github.inamirules.rules.DecisionDraft;
import java.time.LocalDate;

/**
 * Only one physiotherapy session per day is reimbursed (P-26), across pathologies and practitioners.
 * A second one is reimbursed when an approval of a second session per day holds for its pathology
 * (P-26, P-33), or, for a palliative patient at home, when the patient also has an E accord (P-36,
 * code 564233); a third never is (C-12 models a cap with explicit exceptions).
 *
 * <p>Only sessions accepted by every rule occupy the day; a refused one does not. The pass decides its
 * sessions in chronological order, so only the day of the last accepted session is kept: a later day
 * starts empty. A draft decided on {@link DecisionDraft#trial() trial} (a quote on a kept pass) changes
 * nothing, as the day changes only when a session is accepted.
 *
 * @see <a href="https://www.mc.be/b2b/prestataires/kinesitherapeutes/palliatif_domicile">P-36 source</a>
 */
final class DailySessionLimit {
    private final Approvals approvals;
    /** The day of the last accepted session, or null before the first. */
    private LocalDate day;
    /** The first session accepted on that day. */
    private String firstOfDay;
    /** How many sessions were accepted on that day. */
    private int countOfDay;

    DailySessionLimit(Approvals approvals) {
        this.approvals = approvals;
    }

    /**
     * Refuses the draft if the day already has its sessions; tells whether it is an allowed second
     * session. The day is occupied once the session is accepted.
     */
    boolean apply(DecisionDraft d) {
        boolean sameDay = d.date().equals(day);
        int already = sameDay ? countOfDay : 0;
        int perDay = d.rates().integer(PhysioParameters.SESSIONS_PER_DAY);
        boolean second = false;
        if (already >= perDay) {
            if (already > perDay || !secondAllowed(d)) {
                d.refuseUsedUp(PhysioRule.P_26, "PHYSIO_ONE_SESSION_PER_DAY", RefusalCode.CANNOT_BE_COMBINED,
                        sameDay ? firstOfDay : null, "date", d.date(), "sessionsPerDay", perDay);
                return false;
            }
            second = true;
        }
        d.whenAccepted(() -> {
            if (!d.date().equals(day)) {
                day = d.date();
                firstOfDay = d.session().id();
                countOfDay = 0;
            }
            countOfDay++;
        });
        return second;
    }

    private boolean secondAllowed(DecisionDraft d) {
        if (d.episode().kind().equals(Situation.PALLIATIVE_HOME)) {
            return approvals.holdingForAnyEpisode(Physiotherapy.E_AGREEMENT, d.date()).isPresent();
        }
        return approvals.holding(d.episode().id(), Physiotherapy.SECOND_SESSION_PER_DAY, d.date()).isPresent();
    }
}
