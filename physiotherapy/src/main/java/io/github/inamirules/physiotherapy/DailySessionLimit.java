package io.github.inamirules.physiotherapy;

import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.rules.Approvals;
import io.github.inamirules.rules.DecisionDraft;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Only one physiotherapy session per day is reimbursed (P-26), across pathologies and practitioners.
 * A second one is reimbursed when an approval of a second session per day holds for its pathology
 * (P-26, P-33), or, for a palliative patient at home, when the patient also has an E accord (P-36,
 * code 564233); a third never is (C-12 models a cap with explicit exceptions).
 *
 * <p>Only sessions accepted by every rule occupy the day; a refused one does not.
 *
 * @see <a href="https://www.mc.be/b2b/prestataires/kinesitherapeutes/palliatif_domicile">P-36 source</a>
 */
final class DailySessionLimit {
    private final Approvals approvals;
    private final Map<LocalDate, String> firstOfDay = new HashMap<>();
    private final Map<LocalDate, Integer> countOfDay = new HashMap<>();

    DailySessionLimit(Approvals approvals) {
        this.approvals = approvals;
    }

    /**
     * Refuses the draft if the day already has its sessions; tells whether it is an allowed second
     * session. The day is occupied once the session is accepted.
     */
    boolean apply(DecisionDraft d) {
        int already = countOfDay.getOrDefault(d.date(), 0);
        int perDay = d.rates().integer(PhysioParameters.SESSIONS_PER_DAY);
        boolean second = false;
        if (already >= perDay) {
            if (already > perDay || !secondAllowed(d)) {
                d.refuseUsedUp(PhysioRule.P_26, "PHYSIO_ONE_SESSION_PER_DAY", RefusalCode.CANNOT_BE_COMBINED,
                        firstOfDay.get(d.date()), "date", d.date(), "sessionsPerDay", perDay);
                return false;
            }
            second = true;
        }
        d.whenAccepted(() -> {
            firstOfDay.putIfAbsent(d.date(), d.session().id());
            countOfDay.merge(d.date(), 1, Integer::sum);
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
