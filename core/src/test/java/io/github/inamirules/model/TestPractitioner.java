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

class TestPractitioner {
    private static final LocalDate DATE_2025_02_01 = LocalDate.of(2025, 2, 1);
    private static final LocalDate DATE_2025_05_01 = LocalDate.of(2025, 5, 1);

    @Test
    void build() {
        Practitioner kine = Practitioner.builder().id("kine-1").profession(Profession.PHYSIOTHERAPY)
                .inamiNumber("5-12345-67-890").build();

        assertThat(kine.id()).isEqualTo("kine-1");
        assertThat(kine.profession()).isEqualTo(Profession.PHYSIOTHERAPY);
        assertThat(kine.inamiNumber()).contains("5-12345-67-890");
        assertThat(kine.conventionPeriods()).isEmpty();
    }

    @Test
    void missingAttributes_areInvalidInput_namingThem() {
        assertThatThrownBy(() -> Practitioner.builder().id("kine-1").build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Practitioner")
                .hasMessageContaining("[profession]");
        assertThatThrownBy(() -> Practitioner.builder().build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageContaining("[id, profession]");
    }

    @Test
    void nulls_areNullValue() {
        assertThatThrownBy(() -> Practitioner.builder().profession(null))
                .isExactlyInstanceOf(NullValueException.class).hasMessage("profession must not be null");
        assertThatThrownBy(() -> Practitioner.builder().inamiNumber((String) null))
                .isExactlyInstanceOf(NullValueException.class).hasMessage("inamiNumber must not be null");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankId_isInvalidInput(String id) {
        assertThatThrownBy(() -> Practitioner.builder().id(id).profession(Profession.PHYSIOTHERAPY).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("practitioner.id = '" + id + "': must not be blank");
    }

    @ParameterizedTest
    @CsvSource({
        "2025-01-31, false",
        "2025-02-01, true",
        "2025-04-30, true",
        "2025-05-01, false",
    })
    void isConventionedOn_periodEdges(LocalDate date, boolean expected) {
        Practitioner kine = Practitioner.builder().id("kine-1").profession(Profession.PHYSIOTHERAPY)
                .addConventionPeriods(DateRange.of(DATE_2025_02_01, DATE_2025_05_01)).build();

        assertThat(kine.isConventionedOn(date)).isEqualTo(expected);
    }

    @Test
    void isConventionedOn_unboundedAndNever() {
        Practitioner conventioned = Practitioner.builder().id("kine-1").profession(Profession.PHYSIOTHERAPY)
                .addConventionPeriods(DateRange.startingFrom(DATE_2025_02_01)).build();
        Practitioner never = Practitioner.builder().id("kine-2").profession(Profession.PHYSIOTHERAPY).build();

        assertThat(conventioned.isConventionedOn(LocalDate.of(2031, 7, 14))).isTrue();
        assertThat(conventioned.isConventionedOn(DATE_2025_02_01.minusDays(1))).isFalse();
        assertThat(never.isConventionedOn(DATE_2025_02_01)).isFalse();
    }
}
