package io.github.inamirules.psychology;

import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.rules.DecisionDraft;
import java.time.LocalDate;

/**
 * At most one psychological session or group intervention per day per beneficiary is reimbursed, a
 * session with the parents, the guardian or a family member excepted (PSY-30; the 2024 convention's
 * art. 10 §3, PSY-45). The second session of a day is refused (010), naming the first; entourage
 * sessions neither count nor are limited. Applies to network sessions (no pilot source states it).
 *
 * <p>The pass decides its sessions in chronological order, so only the day of the last accepted
 * session is kept: a later day starts empty.
 *
 * @see <a href="https://www.helan.be/nl/ons-aanbod/ziekenfonds/voordelen-en-terugbetalingen/psychotherapie/">PSY-30 source</a>
 */
final class DailySessionLimit {
    /** The day of the last accepted session that counts, or null before the first. */
    private LocalDate day;
    /** How many sessions that count were accepted on that day. */
    private int count;
    /** The first of them. */
    private String first;

    /** Refuses the draft if the day's sessions are used; tells whether it passed. */
    boolean apply(DecisionDraft d) {
        if (PsySessions.type(d.session()) == SessionType.ENTOURAGE) {
            return true;
        }
        int perDay = d.rates().integer(PsyParameters.SESSIONS_PER_DAY);
        boolean sameDay = d.date().equals(day);
        if ((sameDay ? count : 0) >= perDay) {
            d.refuseUsedUp(PsyRule.PSY_30, "PSY_ONE_SESSION_PER_DAY", RefusalCode.CANNOT_BE_COMBINED,
                    sameDay ? first : null, "date", d.date(), "perDay", perDay);
            return false;
        }
        String session = d.session().id();
        d.whenAccepted(() -> {
            if (!d.date().equals(day)) {
                day = d.date();
                count = 0;
                first = session;
            }
            count++;
        });
        return true;
    }
}
