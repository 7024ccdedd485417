package io.github.inamirules.psychology;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.DecisionRow;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.rates.ParameterSpec;
import io.github.inamirules.rates.ParameterValue;
import io.github.inamirules.rates.RateModule;
import io.github.inamirules.rates.Rates;
import io.github.inamirules.rules.Vocabulary;
import java.time.LocalDate;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The shipped modules rates-2019 … rates-2024 hold, on every day from 2019-04-01 to 2024-12-31, the
 * same clinical-psychology parameters (value, status, sources) as the test data the worked examples
 * are decided with, so the tests prove the shipped data; and they decide those examples alike.
 */
class TestHistoricModules {
    private static final Vocabulary VOCABULARY = new ClinicalPsychologyRuleSet().vocabulary();
    private static final ReimbursementEngine SHIPPED = ReimbursementEngine.builder()
            .ruleSet(new ClinicalPsychologyRuleSet()).rateModule(new io.github.inamirules.rates2019.Rates2019())
            .rateModule(new io.github.inamirules.rates2020.Rates2020())
            .rateModule(new io.github.inamirules.rates2021.Rates2021())
            .rateModule(new io.github.inamirules.rates2022.Rates2022())
            .rateModule(new io.github.inamirules.rates2023.Rates2023())
            .rateModule(new io.github.inamirules.rates2024.Rates2024())
            .rateModule(new io.github.inamirules.rates2025.Rates2025()).build();

    @Test
    void everyDay_everyParameter_isTheTestDatasRow() {
        long compared = 0;
        for (LocalDate day = LocalDate.of(2019, 4, 1); day.isBefore(LocalDate.of(2025, 1, 1)); day = day.plusDays(1)) {
            Rates shipped = SHIPPED.catalog().ratesAt(ClinicalPsychology.PROFESSION, day);
            Rates tested = TestRateModules.ENGINE.catalog().ratesAt(ClinicalPsychology.PROFESSION, day);
            assertThat(shipped.module().id()).isEqualTo("rates-" + day.getYear());
            for (ParameterSpec spec : VOCABULARY.parameters()) {
                assertThat(shipped.has(spec.name())).as("%s on %s", spec.name(), day).isEqualTo(tested.has(spec.name()));
                if (tested.has(spec.name())) {
                    ParameterValue s = shipped.parameter(spec.name());
                    ParameterValue t = tested.parameter(spec.name());
                    assertThat(s.value()).as("%s on %s", spec.name(), day).isEqualTo(t.value());
                    assertThat(s.provenance().status()).isEqualTo(t.provenance().status());
                    assertThat(s.provenance().sources()).isEqualTo(t.provenance().sources());
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(2000 * 20);
    }

    @Test
    void theShippedModules_areInstalledServices_andDecideTheWorkedExamplesAlike() {
        List<String> installed = StreamSupport.stream(ServiceLoader.load(RateModule.class).spliterator(), false)
                .map(RateModule::id).collect(Collectors.toList());
        assertThat(installed).contains("rates-2019", "rates-2020", "rates-2021", "rates-2022", "rates-2023",
                "rates-2024", "rates-2025");
        PsyCase pilot = PsyCase.born(LocalDate.of(1980, 1, 1)).psychologist("psy", NetworkType.ADULTS)
                .referral("rx", LocalDate.of(2019, 9, 2), PrescriberRole.GP)
                .pilot("p-1", LocalDate.of(2019, 9, 9), "psy", "rx");
        PsyCase conv2021 = PsyCase.born(LocalDate.of(1980, 1, 1)).psychologist("psy", NetworkType.ADULTS)
                .weekly("s", 3, LocalDate.of(2022, 3, 7), "psy", PsyFunction.FIRST_LINE, SessionType.INDIVIDUAL);
        PsyCase conv2024 = PsyCase.born(LocalDate.of(1980, 1, 1)).psychologist("psy", NetworkType.ADULTS)
                .weekly("s", 3, LocalDate.of(2024, 6, 3), "psy", PsyFunction.FIRST_LINE_SUPPORT, SessionType.INDIVIDUAL);
        assertThat(pilot.assess(SHIPPED).decision("p-1").fee()).contains(PsyCase.eur("60.00"));
        assertThat(pilot.assess(SHIPPED).decision("p-1").patientShare()).contains(PsyCase.eur("11.00"));
        for (PsyCase c : List.of(pilot, conv2021, conv2024)) {
            Assessment shipped = c.assess(SHIPPED);
            assertThat(shipped.decisions()).isNotEmpty();
            // equal but for the module named in provenance and messages
            assertThat(DecisionRow.of("p", shipped)).isEqualTo(DecisionRow.of("p", c.assess(TestRateModules.ENGINE)));
        }
    }
}
