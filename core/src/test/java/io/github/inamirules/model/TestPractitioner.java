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
    private static final LocalDate DATE_2031_07_14 = LocalDate.of(2031, 7, 14);
    private static final Profession DIETETICS = Profession.of("dietetics-fiction");
    private static final Fact<String> NETWORK = Fact.text(DIETETICS, FactTarget.PRACTITIONER, "network", "network id");

    private static ImmutablePractitioner.Builder dietitian() {
        return Practitioner.builder().id("diet-1").profession(DIETETICS);
    }

    @Test
    void build() {
        Practitioner p = dietitian().inamiNumber("5-12345-67-890").build();

        assertThat(p.id()).isEqualTo("diet-1");
        assertThat(p.profession()).isEqualTo(DIETETICS);
        assertThat(p.inamiNumber()).contains("5-12345-67-890");
        assertThat(p.conventionPeriods()).isEmpty();
        assertThat(p.facts()).isEqualTo(Facts.empty());
    }

    @Test
    void facts_ofTheProfession_areKept() {
        Practitioner p = dietitian().facts(Facts.of(NETWORK, "net-7")).build();

        assertThat(p.facts().get(NETWORK)).contains("net-7");
    }

    @Test
    void factOfAnotherProfession_isInvalidInput() {
        Fact<String> speechNetwork = Fact.text(Profession.of("speech-fiction"), FactTarget.PRACTITIONER, "network",
                "network id");

        assertThatThrownBy(() -> dietitian().facts(Facts.of(speechNetwork, "net-7")).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("practitioner[diet-1].facts.network = speech-fiction.practitioner.network: is a fact of "
                        + "speech-fiction, not of dietetics-fiction");
    }

    @Test
    void factOfAnotherTarget_isInvalidInput() {
        Fact<Boolean> video = Fact.flag(DIETETICS, FactTarget.SESSION, "video", "by video");

        assertThatThrownBy(() -> dietitian().facts(Facts.of(video, true)).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is a fact of a session, not of a practitioner");
    }

    @Test
    void missingAttributes_areInvalidInput_namingThem() {
        assertThatThrownBy(() -> Practitioner.builder().id("diet-1").build())
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
        assertThatThrownBy(() -> dietitian().id(id).build())
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
        Practitioner p = dietitian().addConventionPeriods(DateRange.of(DATE_2025_02_01, DATE_2025_05_01)).build();

        assertThat(p.isConventionedOn(date)).isEqualTo(expected);
    }

    @Test
    void isConventionedOn_unboundedAndNever() {
        Practitioner conventioned = dietitian().addConventionPeriods(DateRange.startingFrom(DATE_2025_02_01)).build();
        Practitioner never = dietitian().id("diet-2").build();

        assertThat(conventioned.isConventionedOn(DATE_2031_07_14)).isTrue();
        assertThat(conventioned.isConventionedOn(DATE_2025_02_01.minusDays(1))).isFalse();
        assertThat(never.isConventionedOn(DATE_2025_02_01)).isFalse();
    }
}
