package io.github.inamirules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TestPatient {
    private static final LocalDate DATE_1950_06_15 = LocalDate.of(1950, 6, 15);
    private static final LocalDate DATE_2025_02_01 = LocalDate.of(2025, 2, 1);
    private static final LocalDate DATE_2025_05_01 = LocalDate.of(2025, 5, 1);
    private static final LocalDate DATE_2025_09_01 = LocalDate.of(2025, 9, 1);

    @Test
    void build_withId() {
        Patient patient = Patient.builder().id("p-1").build();

        assertThat(patient.id()).isEqualTo("p-1");
        assertThat(patient.birthDate()).isEmpty();
        assertThat(patient.preferentialPeriods()).isEmpty();
    }

    @Test
    void missingId_isInvalidInput_namingIt() {
        assertThatThrownBy(() -> Patient.builder().build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .isNotInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Patient")
                .hasMessageContaining("[id]");
    }

    @Test
    void nullId_isNullValue() {
        assertThatThrownBy(() -> Patient.builder().id(null))
                .isExactlyInstanceOf(NullValueException.class)
                .hasMessage("id must not be null");
        assertThatThrownBy(() -> Patient.builder().id("p-1").addPreferentialPeriods((DateRange) null))
                .isInstanceOf(NullValueException.class)
                .hasMessageContaining("preferentialPeriods");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void blankId_isInvalidInput(String id) {
        assertThatThrownBy(() -> Patient.builder().id(id).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("patient.id = '" + id.replace("\t", "\\t") + "': must not be blank");
    }

    @Test
    void toString_doesNotContainTheBirthDate() {
        Patient patient = Patient.builder().id("p-1").birthDate(DATE_1950_06_15).build();

        assertThat(patient.birthDate()).contains(DATE_1950_06_15);
        assertThat(patient.toString())
                .contains("p-1")
                .doesNotContain("1950")
                .doesNotContain(DATE_1950_06_15.toString());
    }

    @ParameterizedTest
    @CsvSource({
        "2025-01-31, false",
        "2025-02-01, true",
        "2025-04-30, true",
        "2025-05-01, false",
        "2025-08-31, false",
        "2025-09-01, true",
        "2099-12-31, true",
    })
    void isPreferentialOn_periodEdges(LocalDate date, boolean expected) {
        Patient patient = Patient.builder().id("p-1")
                .addPreferentialPeriods(DateRange.of(DATE_2025_02_01, DATE_2025_05_01))
                .addPreferentialPeriods(DateRange.startingFrom(DATE_2025_09_01))
                .build();

        assertThat(patient.isPreferentialOn(date)).isEqualTo(expected);
    }

    @Test
    void isPreferentialOn_withoutPeriods_isFalse() {
        assertThat(Patient.builder().id("p-1").build().isPreferentialOn(DATE_2025_02_01)).isFalse();
    }
}
