package io.github.inamirules.occupational;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Missing;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.rates.ProvenanceStatus;
import io.github.inamirules.rates2025.Rates2025;
import io.github.inamirules.rates2026.Rates2026;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Occupational therapy in 2026 with the shipped modules rates-2025 and rates-2026: the rules of 2025
 * carried, every fee still unknown (covered sessions REIMBURSED and unpriced), a window and limits that
 * run across the two modules.
 */
class TestOccupationalTherapy2026 {
    private static final ReimbursementEngine ENGINE = ReimbursementEngine.builder()
            .ruleSet(new OccupationalTherapyRuleSet()).rateModule(new Rates2025()).rateModule(new Rates2026())
            .build();

    @Test
    void aPackageStartedIn2025_endsIn2026_coveredAndUnpriced_anEighthExerciseRefused002() {
        LocalDate end = LocalDate.of(2025, 11, 14);
        Assessment a = OtCase.programmeEnding(end).fullPackage(LocalDate.of(2025, 12, 1))
                .session("ex-8", LocalDate.of(2026, 3, 2), OccupationalTherapy.at(Service.EXERCISE_SESSION, Place.HOME))
                .assess(ENGINE);
        assertThat(a.decision("ex-4").date()).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(a.decision("ex-5").date()).isEqualTo(LocalDate.of(2026, 1, 5));
        for (String id : new String[] {"bilan", "ex-4", "ex-5", "ex-7", "info-2", "final"}) {
            Decision d = a.decision(id);
            assertThat(d.outcome()).as(id).isEqualTo(Outcome.REIMBURSED);
            assertThat(d.isPriced()).as(id).isFalse();
        }
        assertThat(a.decision("ex-5").nomenclatureCode()).contains("784313");
        assertThat(a.decision("ex-5").missing()).extracting(Missing::item).containsExactly(Missing.TARIFF);
        Decision eighth = a.decision("ex-8");
        assertThat(eighth.refusalCode()).contains(RefusalCode.MAXIMUM_REACHED);
        assertThat(eighth.usedUpBy()).contains("ex-7");
    }

    @Test
    void theSixMonthWindow_endsIn2026_onTheSameDayAsIn2025() {
        LocalDate end = LocalDate.of(2025, 8, 14);
        Decision last = OtCase.programmeEnding(end).session("s", LocalDate.of(2026, 2, 14),
                OccupationalTherapy.at(Service.FINAL_BILAN, Place.HOME)).assess(ENGINE).decision("s");
        Decision after = OtCase.programmeEnding(end).session("s", LocalDate.of(2026, 2, 15),
                OccupationalTherapy.at(Service.FINAL_BILAN, Place.HOME)).assess(ENGINE).decision("s");
        assertThat(last.outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(after.hasReason("OT_WINDOW_ENDED")).isTrue();
        assertThat(after.refusalCode()).contains(RefusalCode.NOT_ATTESTABLE_ON_DATE);
    }

    @Test
    void the2026Rows_areCarried_fromThe2025Rows() {
        var rates = ENGINE.catalog().ratesAt(OccupationalTherapy.PROFESSION, LocalDate.of(2026, 6, 1));
        assertThat(rates.module().id()).isEqualTo("rates-2026");
        assertThat(rates.integer(OtParameters.WINDOW_MONTHS)).isEqualTo(6);
        assertThat(rates.parameter(OtParameters.WINDOW_MONTHS).provenance().status())
                .isEqualTo(ProvenanceStatus.CARRIED);
        assertThat(rates.parameter(OtParameters.WINDOW_MONTHS).provenance().note()).get().asString()
                .contains("update-2026.md §3");
    }
}
