package io.github.inamirules.physio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.inamirules.model.Profession;
import io.github.inamirules.rates.ParameterSpec;
import io.github.inamirules.rates.ParameterType;
import io.github.inamirules.rates.ParameterValue;
import io.github.inamirules.rates.RateCatalog;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestPhysioParameters {

    @Test
    void all_isWhatTheRuleSetDeclares() {
        assertThat(new PhysiotherapyRuleSet().parameters()).isEqualTo(PhysioParameters.all()).hasSize(30);
    }

    @Test
    void theTestRates_giveEveryParameter_andNothingElse() {
        assertThat(PhysioTestRates.module2025().parameters().stream().map(ParameterValue::name)
                .collect(Collectors.toSet()))
                .isEqualTo(PhysioParameters.all().stream().map(ParameterSpec::name).collect(Collectors.toSet()));
        assertThatCode(() -> RateCatalog.of(List.of(PhysioTestRates.module2025()))
                .requireParameters(Profession.PHYSIOTHERAPY, PhysioParameters.all()))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource({
        "prescription.required, BOOLEAN",
        "courante.sessions_max, INTEGER",
        "non_conventioned.insurance_reduction, DECIMAL",
        "patient_share.short.preferential, MONEY",
        "patient_share.palliative.ordinary, MONEY",
    })
    void all_readsEachParameterAsItsType(String name, ParameterType type) {
        assertThat(PhysioParameters.all()).contains(ParameterSpec.of(name, type));
    }

    @Test
    void patientShare_namesTheCategoryAndTheStatus() {
        assertThat(PhysioParameters.patientShare("f", true)).isEqualTo("patient_share.f.preferential");
        assertThat(PhysioParameters.patientShare("other", false)).isEqualTo("patient_share.other.ordinary");
    }
}
