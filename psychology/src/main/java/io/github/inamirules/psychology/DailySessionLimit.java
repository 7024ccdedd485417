package io.github.inamirules.psychology;

import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.rules.DecisionDraft;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * At most one psychological session or group intervention per day per beneficiary is reimbursed, a
 * session with the parents, the guardian or a family member excepted (PSY-30; the 2024 convention's
 * art. 10 §3, PSY-45). The second session of a day is refused (010), naming the first; entourage
 * sessions neither count nor are limited. Applies to network sessions (no pilot source states it).
 *
 * @see <a href="https://www.helan.be/nl/ons-aanbod/ziekenfonds/voordelen-en-terugbetalingen/psychotherapie/">PSY-30 source</a>
 */
final class DailySessionLimit {
    private final Map<LocalDate, Integer> count = new HashMap<>();
    private final Map<LocalDate, String> first = new HashMap<>();

    /** Refuses the draft if the day's sessions are used; tells whether it passed. */
    boolean apply(DecisionDraft d) {
        if (PsySessions.type(d.session()) == SessionType.ENTOURAGE) {
            return true;
        }
        int perDay = d.rates().integer(PsyParameters.SESSIONS_PER_DAY);
        if (count.getOrDefault(d.date(), 0) >= perDay) {
            d.refuseUsedUp(PsyRule.PSY_30, "PSY_ONE_SESSION_PER_DAY", RefusalCode.CANNOT_BE_COMBINED, first.get(d.date()),
                    "date", d.date(), "perDay", perDay);
            return false;
        }
        String session = d.session().id();
        d.whenAccepted(() -> {
            count.merge(d.date(), 1, Integer::sum);
            first.putIfAbsent(d.date(), session);
        });
        return true;
    }
}
