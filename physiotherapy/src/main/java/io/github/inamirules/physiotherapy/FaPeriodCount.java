package io.github.inamirules.physiotherapy;

import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.rules.Approvals;
import io.github.inamirules.rules.Counters;
import io.github.inamirules.rules.DecisionDraft;
import io.github.inamirules.rules.OpenedWindows;
import io.github.inamirules.rules.Window;
import java.time.LocalDate;
import java.time.Period;

/**
 * List Fa (acute functional limitation): a notification must have reached the médecin-conseil (P-27);
 * the period is one year from the first session, half-open (a first session on 2025-03-01 gives
 * {@code [2025-03-01, 2026-03-01)}); sessions 1–20 and 21–60 (21–120 for a polytrauma) are at the best
 * reimbursement with distinct codes, later ones at a reduced reimbursement (P-28). Fa cannot be
 * extended: a session after the period is refused (eTarif 009).
 *
 * <p>The period starts at the first accepted session (prescription, notification and daily limit
 * passed): refused sessions open nothing.
 *
 * @see <a href="https://www.riziv.fgov.be/nl/professionals/individuele-zorgverleners/kinesitherapeuten/terugbetaling-van-kinesitherapie-voor-de-aandoeningen-op-de-lijsten-fa-en-fb-">
 *     P-27, P-28 source</a>
 */
final class FaPeriodCount {
    private final Counters counters;
    private final Approvals approvals;
    private final OpenedWindows periods = new OpenedWindows(Window.from(Period.ofYears(1)));

    FaPeriodCount(Counters counters, Approvals approvals) {
        this.counters = counters;
        this.approvals = approvals;
    }

    /** Bands or refuses the draft. */
    void apply(DecisionDraft d) {
        String episode = d.episode().id();
        if (approvals.holding(episode, Physiotherapy.FA_NOTIFICATION, d.date()).isEmpty()) {
            d.refuse(PhysioRule.P_27, "PHYSIO_FA_NOTIFICATION_MISSING", RefusalCode.NO_AGREEMENT);
            return;
        }
        int years = d.rates().integer(PhysioParameters.FA_PERIOD_YEARS);
        DateRange period = periods.current(episode)
                .orElseGet(() -> periods.open(d, episode, Window.from(Period.ofYears(years))));
        if (!period.contains(d.date())) {
            LocalDate last = period.end().minusDays(1);
            d.refuse(PhysioRule.P_28, "PHYSIO_FA_PERIOD_ENDED", RefusalCode.NOT_ATTESTABLE_ON_DATE,
                    "firstSession", period.start(), "lastDay", last);
            return;
        }
        int firstBand = d.rates().integer(PhysioParameters.FA_FIRST_BAND_MAX);
        boolean polytrauma = d.episode().facts().getOrDefault(PhysiotherapyFacts.POLYTRAUMA, false);
        int max = d.rates().integer(polytrauma ? PhysioParameters.FA_MAX_POLYTRAUMA : PhysioParameters.FA_MAX);
        int rank = counters.countWithOverflow(d, PhysiotherapyCounters.FA, PhysiotherapyCounters.FA_BEYOND, episode,
                period, max);
        if (rank <= firstBand) {
            d.band(Bands.FA_FIRST, rank);
        } else if (rank <= max) {
            d.band(Bands.FA_SECOND, rank);
        } else {
            d.band(Bands.FA_REDUCED, rank);
            d.info(PhysioRule.P_28, "PHYSIO_FA_OVER_MAX", "rank", rank, "max", max);
        }
    }
}
