package io.github.inamirules.physio;

import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.Approval;
import io.github.inamirules.model.DateRange;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * List Fb (chronic): a notification must have reached the médecin-conseil (P-27); the period runs from
 * the first session to 31 December of the second calendar year after it (P-30); per calendar year,
 * sessions 1–60 are at the best reimbursement, 61–80 at a first step down, 81 and later at a reduced
 * reimbursement (P-30, C-04: three tiers).
 *
 * <p>After the period, a renewal is a new Fb notification received after the current period started;
 * it opens a new period at the first session it covers. Without one, sessions are refused (009).
 *
 * @see <a href="https://www.riziv.fgov.be/nl/professionals/individuele-zorgverleners/kinesitherapeuten/terugbetaling-van-kinesitherapie-voor-de-aandoeningen-op-de-lijsten-fa-en-fb-">
 *     P-30 source</a>
 */
final class FbPeriodCount {
    static final String COUNTER = "PHYSIO_FB";

    private final Counters counters;
    private final Map<String, DateRange> periodByPathology = new HashMap<>();

    FbPeriodCount(Counters counters) {
        this.counters = counters;
    }

    /** Bands or refuses the draft. */
    void apply(SessionDraft d) {
        Optional<Approval> notification = Approvals.required(d);
        if (notification.isEmpty()) {
            d.refuse(PhysioRule.P_27, "PHYSIO_FB_NOTIFICATION_MISSING", RefusalCode.NO_AGREEMENT);
            return;
        }
        DateRange period = periodByPathology.get(d.pathology.id());
        if (period == null || !period.contains(d.date())) {
            if (period != null && !notification.get().period().start().isAfter(period.start())) {
                d.refuse(PhysioRule.P_30, "PHYSIO_FB_PERIOD_ENDED", RefusalCode.NOT_ATTESTABLE_ON_DATE,
                        "firstSession", period.start(), "lastDay", period.end().minusDays(1));
                return;
            }
            int extra = d.rates.integer(PhysioParameters.FB_PERIOD_EXTRA_YEARS);
            period = DateRange.of(d.date(), LocalDate.of(d.date().getYear() + extra + 1, 1, 1));
            periodByPathology.put(d.pathology.id(), period);
        }
        int max = d.rates.integer(PhysioParameters.FB_MAX);
        int second = d.rates.integer(PhysioParameters.FB_SECOND_LEVEL_MAX);
        int rank = counters.increment(COUNTER, d.pathology.id(), DateRange.ofYear(d.date().getYear()), max);
        if (rank <= max) {
            d.band(Bands.FB_FIRST, rank);
        } else if (rank <= second) {
            d.band(Bands.FB_SECOND, rank);
        } else {
            d.band(Bands.FB_REDUCED, rank);
            d.info(PhysioRule.P_30, "PHYSIO_FB_OVER_80", "rank", rank, "max", second);
        }
    }
}
