package io.github.inamirules.physio;

import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.Approval;
import io.github.inamirules.model.DateRange;
import java.util.Optional;

/**
 * List E (pathologies lourdes / zware aandoeningen): a prior accord of the médecin-conseil must hold on
 * the session's date (P-32); an accord lasts at most 3 years, so days of a longer period past its third
 * year are not covered (P-33); within the accord the number of sessions per year is unlimited (they
 * are counted per calendar year for information). The one-session-per-day rule is
 * {@link DailySessionLimit}'s.
 *
 * @see <a href="https://www.mc.be/b2b/prestataires/kinesitherapeutes/pathologies_lourdes">P-33 source</a>
 */
final class EAgreementPeriod {
    static final String COUNTER = "PHYSIO_E";

    private final Counters counters;

    EAgreementPeriod(Counters counters) {
        this.counters = counters;
    }

    /** Bands or refuses the draft. */
    void apply(SessionDraft d) {
        Optional<Approval> accord = Approvals.required(d);
        if (accord.isEmpty()) {
            d.refuse(PhysioRule.P_32, "PHYSIO_E_AGREEMENT_MISSING", RefusalCode.NO_AGREEMENT);
            return;
        }
        int maxYears = d.rates.integer(PhysioParameters.E_AGREEMENT_MAX_YEARS);
        if (!d.date().isBefore(accord.get().period().start().plusYears(maxYears))) {
            d.refuse(PhysioRule.P_33, "PHYSIO_E_AGREEMENT_TOO_LONG", RefusalCode.NOT_ATTESTABLE_ON_DATE,
                    "agreement", accord.get().id(), "start", accord.get().period().start(), "maxYears", maxYears);
            return;
        }
        int rank = counters.increment(COUNTER, d.pathology.id(), DateRange.ofYear(d.date().getYear()), null);
        d.band(Bands.E, rank);
    }
}
