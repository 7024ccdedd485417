package io.github.inamirules.psychology;

import static io.github.inamirules.psychology.PsyCase.eur;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.rates.ProvenanceStatus;
import io.github.inamirules.rates2025.Rates2025;
import io.github.inamirules.rates2026.Rates2026;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Clinical psychology in 2026 with the shipped modules rates-2025 and rates-2026: the 2024 convention
 * reported in force to 2027-12-31, its shares carried, the fee still unknown (every covered session
 * REIMBURSED and unpriced), and the caps counted across the two modules.
 */
class TestPsychology2026 {
    private static final LocalDate DATE_2026_03_02 = LocalDate.of(2026, 3, 2);
    private static final ReimbursementEngine ENGINE = ReimbursementEngine.builder()
            .ruleSet(new ClinicalPsychologyRuleSet()).rateModule(new Rates2025()).rateModule(new Rates2026()).build();

    private static PsyCase adult() {
        return PsyCase.born(LocalDate.of(1980, 1, 1)).psychologist("psy", NetworkType.ADULTS);
    }

    @Test
    void adultIn2026_firstIndividualFree_next11_group2_50_feeUnknown() {
        Assessment a = adult()
                .weekly("s", 2, DATE_2026_03_02, "psy", PsyFunction.FIRST_LINE_SUPPORT, SessionType.INDIVIDUAL)
                .network("g", DATE_2026_03_02.plusDays(3), "psy", PsyFunction.FIRST_LINE_SUPPORT, SessionType.GROUP)
                .assess(ENGINE);
        Decision second = a.decision("s-2");
        assertThat(a.decision("s-1").patientShare()).contains(eur("0.00"));
        assertThat(second.outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(second.patientShare()).contains(eur("11.00"));
        assertThat(second.fee()).isEmpty();
        assertThat(second.insurance()).isEmpty();
        assertThat(second.isPriced()).isFalse();
        assertThat(a.decision("g").patientShare()).contains(eur("2.50"));
    }

    @Test
    void theSupportCapOfEight_countsSessionsOfBothModules() {
        Assessment a = adult()
                .weekly("s", 9, LocalDate.of(2025, 12, 1), "psy", PsyFunction.FIRST_LINE_SUPPORT, SessionType.INDIVIDUAL)
                .assess(ENGINE);
        assertThat(a.decision("s-5").date()).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(a.decision("s-8").outcome()).isEqualTo(Outcome.REIMBURSED);
        Decision ninth = a.decision("s-9");
        assertThat(ninth.date()).isEqualTo(LocalDate.of(2026, 1, 26));
        assertThat(ninth.refusalCode()).contains(RefusalCode.MAXIMUM_REACHED);
        assertThat(ninth.usedUpBy()).contains("s-8");
    }

    @Test
    void aYoungPatientIn2026_isFree() {
        Decision d = PsyCase.born(LocalDate.of(2005, 6, 1)).psychologist("psy", NetworkType.ADULTS)
                .weekly("s", 2, DATE_2026_03_02, "psy", PsyFunction.FIRST_LINE_SUPPORT, SessionType.INDIVIDUAL)
                .assess(ENGINE).decision("s-2");
        assertThat(d.outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(d.patientShare()).contains(eur("0.00"));
    }

    @Test
    void the2026Rows_sayWhatTheyRestOn() {
        var rates = ENGINE.catalog().ratesAt(ClinicalPsychology.PROFESSION, DATE_2026_03_02);
        assertThat(rates.module().id()).isEqualTo("rates-2026");
        assertThat(rates.flag(PsyParameters.CONV_2024_IN_FORCE)).isTrue();
        assertThat(rates.parameter(PsyParameters.CONV_2024_IN_FORCE).provenance().status())
                .isEqualTo(ProvenanceStatus.REPORTED);
        assertThat(rates.parameter(PsyParameters.CONV_2024_IN_FORCE).provenance().note()).get().asString()
                .contains("31.12.2027");
        assertThat(rates.money(PsyParameters.SHARE_ORDINARY)).isEqualTo(eur("11.00"));
        assertThat(rates.parameter(PsyParameters.SHARE_ORDINARY).provenance().status())
                .isEqualTo(ProvenanceStatus.CARRIED);
        assertThat(rates.parameter(PsyParameters.SHARE_ORDINARY).provenance().note()).get().asString()
                .contains("update-2026.md");
    }
}
