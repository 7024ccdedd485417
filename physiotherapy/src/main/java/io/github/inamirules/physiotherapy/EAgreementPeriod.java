package io.github.inamirules.physiotherapy;

import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.Approval;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.rules.Approvals;
import io.github.inamirules.rules.Counters;
import io.github.inamirules.rules.DecisionDraft;
import io.github.inamirules.rules.Window;
import java.time.Period;
import java.util.Optional;

/**
 * List E (pathologies lourdes / zware aandoeningen): a prior accord of the médecin-conseil must hold on
 * the session's date (P-32); an accord lasts at most 3 years, so days of a longer period past its third
 * year are not covered (P-33); within the accord the number of sessions per year is unlimited (they
 * are counted per calendar year for information). The one-session-per-day rule is
 * {@link DailySessionLimit}'s. Of overlapping accords, the one that started last counts
 * ({@link Approvals}).
 *
 * @see <a href="https://www.mc.be/b2b/prestataires/kinesitherapeutes/pathologies_lourdes">P-33 source</a>
 */
final class EAgreementPeriod {
    private final Counters counters;
    private final Approvals approvals;

    EAgreementPeriod(Counters counters, Approvals approvals) {
        this.counters = counters;
        this.approvals = approvals;
    }

    /** Bands or refuses the draft. */
    void apply(DecisionDraft d) {
        Optional<Approval> accord = approvals.holding(d.episode().id(), Physiotherapy.E_AGREEMENT, d.date());
        if (accord.isEmpty()) {
            d.refuse(PhysioRule.P_32, "PHYSIO_E_AGREEMENT_MISSING", RefusalCode.NO_AGREEMENT);
            return;
        }
        int maxYears = d.rates().integer(PhysioParameters.E_AGREEMENT_MAX_YEARS);
        DateRange longest = Window.from(Period.ofYears(maxYears)).period(accord.get().period().start(), d.date());
        if (!longest.contains(d.date())) {
            d.refuse(PhysioRule.P_33, "PHYSIO_E_AGREEMENT_TOO_LONG", RefusalCode.NOT_ATTESTABLE_ON_DATE,
                    "agreement", accord.get().id(), "start", accord.get().period().start(), "maxYears", maxYears);
            return;
        }
        int rank = counters.count(d, PhysiotherapyCounters.E, d.episode().id(), DateRange.ofYear(d.date().getYear()),
                null);
        d.band(Bands.E, rank);
    }
}
