package io.github.inamirules.physio;

import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.ApprovalKind;
import io.github.inamirules.model.Situation;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Only one physiotherapy session per day is reimbursed (P-26), across pathologies and practitioners.
 * A second one is reimbursed when an approval of a second session per day holds for its pathology
 * (P-26, P-33), or, for a palliative patient at home, when the patient also has an E accord (P-36,
 * code 564233); a third never is (C-12 models a cap with explicit exceptions).
 *
 * <p>Only sessions accepted by every other rule occupy the day; a refused one does not.
 *
 * @see <a href="https://www.mc.be/b2b/prestataires/kinesitherapeutes/palliatif_domicile">P-36 source</a>
 */
final class DailySessionLimit {
    private final Map<LocalDate, String> firstOfDay = new HashMap<>();
    private final Map<LocalDate, Integer> countOfDay = new HashMap<>();

    /** Refuses the draft if the day already has its sessions; marks an allowed second session. */
    boolean apply(SessionDraft d) {
        int already = countOfDay.getOrDefault(d.date(), 0);
        int perDay = d.rates.integer(PhysioParameters.SESSIONS_PER_DAY);
        if (already < perDay) {
            return false;
        }
        if (already == perDay && secondAllowed(d)) {
            return true;
        }
        d.refuseUsedUp(PhysioRule.P_26, "PHYSIO_ONE_SESSION_PER_DAY", RefusalCode.CANNOT_BE_COMBINED,
                firstOfDay.get(d.date()), "date", d.date(), "sessionsPerDay", perDay);
        return false;
    }

    private static boolean secondAllowed(SessionDraft d) {
        if (d.pathology.situation() == Situation.PALLIATIVE_HOME) {
            return d.history.approvals().stream()
                    .anyMatch(a -> a.kind() == ApprovalKind.E_AGREEMENT && a.holdsOn(d.date()));
        }
        return d.history.approvals().stream().anyMatch(a -> a.kind() == ApprovalKind.SECOND_SESSION_PER_DAY
                && a.pathologyId().equals(d.pathology.id()) && a.holdsOn(d.date()));
    }

    /** Records an accepted session. */
    void accept(SessionDraft d) {
        firstOfDay.putIfAbsent(d.date(), d.session.id());
        countOfDay.merge(d.date(), 1, Integer::sum);
    }
}
