package io.github.inamirules.physiotherapy;

import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.Approval;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.rules.Approvals;
import io.github.inamirules.rules.Counters;
import io.github.inamirules.rules.DecisionDraft;
import io.github.inamirules.rules.OpenedWindows;
import io.github.inamirules.rules.Window;
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
    private final Counters counters;
    private final Approvals approvals;
    private final OpenedWindows periods = new OpenedWindows(Window.untilEndOfYearPlus(2));

    FbPeriodCount(Counters counters, Approvals approvals) {
        this.counters = counters;
        this.approvals = approvals;
    }

    /** Bands or refuses the draft. */
    void apply(DecisionDraft d) {
        String episode = d.episode().id();
        Optional<Approval> notification = approvals.holding(episode, Physiotherapy.FB_NOTIFICATION, d.date());
        if (notification.isEmpty()) {
            d.refuse(PhysioRule.P_27, "PHYSIO_FB_NOTIFICATION_MISSING", RefusalCode.NO_AGREEMENT);
            return;
        }
        Optional<DateRange> current = periods.current(episode);
        if (current.isPresent() && !current.get().contains(d.date())
                && !notification.get().period().start().isAfter(current.get().start())) {
            d.refuse(PhysioRule.P_30, "PHYSIO_FB_PERIOD_ENDED", RefusalCode.NOT_ATTESTABLE_ON_DATE,
                    "firstSession", current.get().start(), "lastDay", current.get().end().minusDays(1));
            return;
        }
        if (current.isEmpty() || !current.get().contains(d.date())) {
            int extra = d.rates().integer(PhysioParameters.FB_PERIOD_EXTRA_YEARS);
            periods.open(d, episode, Window.untilEndOfYearPlus(extra));
        }
        int max = d.rates().integer(PhysioParameters.FB_MAX);
        int second = d.rates().integer(PhysioParameters.FB_SECOND_LEVEL_MAX);
        int rank = counters.countWithOverflow(d, PhysiotherapyCounters.FB, PhysiotherapyCounters.FB_BEYOND, episode,
                DateRange.ofYear(d.date().getYear()), max);
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
