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
    void of_sameId_isEqual_andShowsItsId() {
        Profession dietetics = Profession.of("dietetics-fiction");

        assertThat(Profession.of("dietetics-fiction")).isEqualTo(dietetics).hasSameHashCodeAs(dietetics)
                .hasToString("dietetics-fiction");
        assertThat(dietetics.id()).isEqualTo("dietetics-fiction");
        assertThat(Profession.of("speech_therapy")).isNotEqualTo(dietetics);
        assertThat(dietetics).isNotEqualTo("dietetics-fiction");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "speech-therapy", "speech_therapy", "diet2", "x-1_y"})
    void of_wellFormedId_isAccepted(String id) {
        assertThat(Profession.of(id).id()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Dietetics", "1diet", "diet therapy", "diététique", "-diet", "_diet"})
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
