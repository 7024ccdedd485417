package io.github.inamirules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TestPathology {

    @Test
    void build_polytraumaIsFalseByDefault() {
        Pathology knee = Pathology.builder().id("knee").situation(Situation.COURANTE).build();

        assertThat(knee.polytrauma()).isFalse();
        assertThat(knee.situation()).isEqualTo(Situation.COURANTE);
    }

    @Test
    void faPolytrauma_isAllowed() {
        Pathology crash = Pathology.builder().id("crash").situation(Situation.FA).polytrauma(true).build();

        assertThat(crash.polytrauma()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Situation.class, names = "FA", mode = EnumSource.Mode.EXCLUDE)
    void polytrauma_onANonFaPathology_isInvalidInput(Situation situation) {
        assertThatThrownBy(() -> Pathology.builder().id("knee").situation(situation).polytrauma(true).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("pathology[knee].polytrauma = true")
                .hasMessageContaining(situation.name());
    }

    @Test
    void missingSituation_isInvalidInput_namingIt() {
        assertThatThrownBy(() -> Pathology.builder().id("knee").build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Pathology")
                .hasMessageContaining("[situation]");
    }

    @Test
    void nullSituation_isNullValue() {
        assertThatThrownBy(() -> Pathology.builder().situation(null))
                .isExactlyInstanceOf(NullValueException.class).hasMessage("situation must not be null");
    }

    @Test
    void blankId_isInvalidInput() {
        assertThatThrownBy(() -> Pathology.builder().id(" ").situation(Situation.E).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("pathology.id = ' ': must not be blank");
    }
}
