package io.github.inamirules.psychology;

import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.rules.DecisionDraft;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One referral gives one series of 4 pilot sessions (PSY-12); a 5th session under the same referral is
 * refused (002), naming the 4th. A series ends (PSY-14) when more than 3 months have passed since its
 * last session, or when a new series starts with another psychologist; a later session under that
 * referral is refused (008): continuing needs a new referral. Only accepted sessions count or open a
 * series.
 *
 * @see <a href="https://www.savha.be/informatie-voor-de-patient">PSY-12, PSY-14 source</a>
 */
final class PilotSeries {
    private final Map<String, Series> byReferral = new LinkedHashMap<>();

    /** The state of one referral's series. */
    private static final class Series {
        final String practitionerId;
        int count;
        LocalDate lastDate;
        String lastSession;
        String endedBy;

        Series(String practitionerId) {
            this.practitionerId = practitionerId;
        }
    }

    /** Refuses the draft if its referral's series is used up or ended; tells whether it passed. */
    boolean apply(DecisionDraft d, Prescription referral) {
        Series s = byReferral.get(referral.id());
        if (s != null && s.endedBy != null) {
            d.refuse(PsyRule.PSY_14, "PSY_PILOT_SERIES_ENDED_OTHER_PSYCHOLOGIST", RefusalCode.PREREQUISITE_NOT_MET,
                    "referral", referral.id(), "otherSession", s.endedBy);
            return false;
        }
        int gap = d.rates().integer(PsyParameters.PILOT_SERIES_GAP_MONTHS);
        if (s != null && d.date().isAfter(s.lastDate.plusMonths(gap))) {
            d.refuse(PsyRule.PSY_14, "PSY_PILOT_SERIES_ENDED_GAP", RefusalCode.PREREQUISITE_NOT_MET,
                    "referral", referral.id(), "lastDate", s.lastDate, "months", gap);
            return false;
        }
        int max = d.rates().integer(PsyParameters.PILOT_SERIES_SESSIONS);
        if (s != null && s.count >= max) {
            d.refuseUsedUp(PsyRule.PSY_12, "PSY_PILOT_SERIES_USED_UP", RefusalCode.MAXIMUM_REACHED, s.lastSession,
                    "referral", referral.id(), "max", max);
            return false;
        }
        String practitioner = d.practitioner().id();
        String session = d.session().id();
        d.whenAccepted(() -> commit(referral.id(), practitioner, session, d.date()));
        return true;
    }

    private void commit(String referralId, String practitioner, String session, LocalDate date) {
        Series s = byReferral.get(referralId);
        if (s == null) {
            s = new Series(practitioner);
            byReferral.put(referralId, s);
            for (Series other : byReferral.values()) {
                if (other != s && other.endedBy == null && !other.practitionerId.equals(practitioner)) {
                    other.endedBy = session;
                }
            }
        }
        s.count++;
        s.lastDate = date;
        s.lastSession = session;
    }
}
