package io.github.inamirules.physio;

import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.DateRange;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * List Fa (acute functional limitation): a notification must have reached the médecin-conseil (P-27);
 * the period is one year from the first session, half-open (a first session on 2025-03-01 gives
 * {@code [2025-03-01, 2026-03-01)}); sessions 1–20 and 21–60 (21–120 for a polytrauma) are at the best
 * reimbursement with distinct codes, later ones at a reduced reimbursement (P-28). Fa cannot be
 * extended: a session after the period is refused (eTarif 009).
 *
 * <p>The period starts at the first session that passes the other rules (prescription, notification).
 *
 * @see <a href="https://www.riziv.fgov.be/nl/professionals/individuele-zorgverleners/kinesitherapeuten/terugbetaling-van-kinesitherapie-voor-de-aandoeningen-op-de-lijsten-fa-en-fb-">
 *     P-27, P-28 source</a>
 */
final class FaPeriodCount {
    static final String COUNTER = "PHYSIO_FA";

    private final Counters counters;
    private final Map<String, DateRange> periodByPathology = new HashMap<>();

    FaPeriodCount(Counters counters) {
        this.counters = counters;
    }

    /** Bands or refuses the draft. */
    void apply(SessionDraft d) {
        if (Approvals.required(d).isEmpty()) {
            d.refuse(PhysioRule.P_27, "PHYSIO_FA_NOTIFICATION_MISSING", RefusalCode.NO_AGREEMENT);
            return;
        }
        int years = d.rates.integer(PhysioParameters.FA_PERIOD_YEARS);
        DateRange period = periodByPathology.computeIfAbsent(d.pathology.id(),
                k -> DateRange.of(d.date(), d.date().plusYears(years)));
        if (!period.contains(d.date())) {
            LocalDate last = period.end().minusDays(1);
            d.refuse(PhysioRule.P_28, "PHYSIO_FA_PERIOD_ENDED", RefusalCode.NOT_ATTESTABLE_ON_DATE,
                    "firstSession", period.start(), "lastDay", last);
            return;
        }
        int firstBand = d.rates.integer(PhysioParameters.FA_FIRST_BAND_MAX);
        int max = d.rates.integer(d.pathology.polytrauma() ? PhysioParameters.FA_MAX_POLYTRAUMA : PhysioParameters.FA_MAX);
        int rank = counters.increment(COUNTER, d.pathology.id(), period, max);
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
