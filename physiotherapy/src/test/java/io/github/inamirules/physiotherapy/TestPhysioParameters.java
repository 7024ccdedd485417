package io.github.inamirules.physiotherapy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.rates.ParameterSpec;
import io.github.inamirules.rates.ParameterType;
import io.github.inamirules.rates.ParameterValue;
import io.github.inamirules.rates2025.Rates2025;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestPhysioParameters {
    @Test
    void all_isWhatTheRuleSetDeclares() {
        assertThat(List.copyOf(new PhysiotherapyRuleSet().vocabulary().parameters()))
                .isEqualTo(PhysioParameters.all()).hasSize(34);
    }

    @Test
    void rates2025_giveEveryParameterRequiredBefore2026_andNothingElse() {
        assertThat(new Rates2025().parameters().stream().filter(p -> p.profession().equals(Physiotherapy.PROFESSION))
                .map(ParameterValue::name).collect(Collectors.toSet()))
                .isEqualTo(PhysioParameters.all().stream().filter(p -> p.requiredFrom().isBefore(LocalDate.of(2025, 1, 1)))
                        .map(ParameterSpec::name).collect(Collectors.toSet()));
    }

    @Test
    void theParametersAddedFor2026_areRequiredFrom2026Only_soRates2025NeedNoRerelease() {
        assertThat(PhysioParameters.all().stream().filter(p -> !p.requiredFrom().equals(LocalDate.MIN))
                .map(ParameterSpec::name)).containsExactlyInAnyOrder(PhysioParameters.DIRECT_ACCESS_ENABLED,
                        PhysioParameters.DIRECT_ACCESS_SITUATIONS, PhysioParameters.DIRECT_ACCESS_SESSIONS_MAX,
                        PhysioParameters.VIDEO_ALLOWED)
                .allSatisfy(n -> assertThat(n).isNotBlank());
        assertThat(PhysioParameters.all()).filteredOn(p -> !p.requiredFrom().equals(LocalDate.MIN))
                .allSatisfy(p -> assertThat(p.requiredFrom()).isEqualTo(LocalDate.of(2026, 1, 1)));
    }

    @ParameterizedTest
    @CsvSource({
        "prescription.required, BOOLEAN, P-01",
        "courante.sessions_max, INTEGER, P-19",
        "courante.depassement_max_per_year, INTEGER, P-22",
        "non_conventioned.insurance_reduction, DECIMAL, P-12",
        "patient_share.short.preferential, MONEY, P-07",
        "patient_share.palliative.ordinary, MONEY, P-07",
    })
    void all_readsEachParameterAsItsType(String name, ParameterType type, String ruleId) {
        assertThat(PhysioParameters.all()).filteredOn(p -> p.name().equals(name)).singleElement()
                .satisfies(p -> {
                    assertThat(p.type()).isEqualTo(type);
                    assertThat(p.ruleId()).isEqualTo(ruleId);
                    assertThat(p.requiredFrom()).isEqualTo(LocalDate.MIN);
                });
    }

    @Test
    void patientShare_namesTheCategoryAndTheStatus() {
        assertThat(PhysioParameters.patientShare("f", true)).isEqualTo("patient_share.f.preferential");
        assertThat(PhysioParameters.patientShare("other", false)).isEqualTo("patient_share.other.ordinary");
        assertThat(PhysioParameters.SHARE_CATEGORIES).allSatisfy(c -> assertThat(PhysioParameters.all())
                .extracting(ParameterSpec::name).contains(PhysioParameters.patientShare(c, true),
                        PhysioParameters.patientShare(c, false)));
    }

    @ParameterizedTest
    @CsvSource({"2025-04-30, 0", "2025-05-01, 0.25", "2025-12-31, 0.25"})
    void theReduction_startsOnMayFirst(LocalDate day, BigDecimal reduction) {
        assertThat(PhysioCase.ENGINE.catalog().ratesAt(Physiotherapy.PROFESSION, day)
                .decimal(PhysioParameters.NON_CONVENTIONED_REDUCTION)).isEqualByComparingTo(reduction);
    }
}
