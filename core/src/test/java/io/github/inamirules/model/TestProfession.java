package io.github.inamirules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TestProfession {

    @Test
    void of_knownId_equalsTheConstant() {
        assertThat(Profession.of("physiotherapy")).isEqualTo(Profession.PHYSIOTHERAPY)
                .hasSameHashCodeAs(Profession.PHYSIOTHERAPY).hasToString("physiotherapy");
        assertThat(Profession.OCCUPATIONAL_THERAPY.id()).isEqualTo("occupational-therapy");
        assertThat(Profession.of("speech_therapy")).isNotEqualTo(Profession.PHYSIOTHERAPY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Physiotherapy", "1physio", "physio therapy", "kiné"})
    void of_malformedId_isInvalidInput(String id) {
        assertThatThrownBy(() -> Profession.of(id))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("profession = '" + id + "'");
    }

    @Test
    void of_null_isNullValue() {
        assertThatThrownBy(() -> Profession.of(null))
                .isExactlyInstanceOf(NullValueException.class).hasMessage("profession must not be null");
    }
}
