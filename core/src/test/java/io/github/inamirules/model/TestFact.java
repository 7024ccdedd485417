package io.github.inamirules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import io.github.inamirules.testprofession.DietPlace;
import io.github.inamirules.testprofession.DieteticsFiction;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TestFact {
    private static final Profession DIETETICS = DieteticsFiction.PROFESSION;
    private static final Fact<DietPlace> PLACE = DieteticsFiction.PLACE;
    private static final Fact<Boolean> DIABETIC = DieteticsFiction.DIABETIC;
    private static final Fact<Integer> GROUP_SIZE = Fact.integer(DIETETICS, FactTarget.SESSION, "group_size",
            "patients in the group", 2, 8);
    private static final Fact<String> NETWORK = Fact.text(DIETETICS, FactTarget.PRACTITIONER, "network", "network id");

    @Test
    void declaration_isKept() {
        assertThat(PLACE.profession()).isEqualTo(DIETETICS);
        assertThat(PLACE.target()).isEqualTo(FactTarget.SESSION);
        assertThat(PLACE.name()).isEqualTo("place");
        assertThat(PLACE.type()).isEqualTo(DietPlace.class);
        assertThat(PLACE.description()).isEqualTo("where the session took place");
        assertThat(PLACE.choices()).containsExactly(Map.entry("cabinet", DietPlace.CABINET),
                Map.entry("home", DietPlace.HOME));
        assertThat(PLACE.expected()).isEqualTo("one of cabinet, home");
        assertThat(PLACE).hasToString("dietetics-fiction.session.place");
    }

    @Test
    void choice_parseAndFormat_areInverse() {
        assertThat(PLACE.parse("home")).isEqualTo(DietPlace.HOME);
        assertThat(PLACE.parse("  cabinet ")).isEqualTo(DietPlace.CABINET);
        assertThat(PLACE.format(DietPlace.HOME)).isEqualTo("home");
        assertThat(PLACE.nameOf(DietPlace.CABINET)).contains("cabinet");
        assertThat(PLACE.nameOf("cabinet")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"garden", "HOME", "Home", ""})
    void choice_parseOfAnUnknownName_namesTheFactAndTheChoices(String text) {
        assertThatThrownBy(() -> PLACE.parse(text))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("place = '" + text + "': expected one of cabinet, home");
    }

    @ParameterizedTest
    @CsvSource({"true, true", "false, false", "' true ', true"})
    void flag_isTrueOrFalse(String text, boolean expected) {
        assertThat(DIABETIC.parse(text)).isEqualTo(expected);
        assertThat(DIABETIC.format(expected)).isEqualTo(String.valueOf(expected));
        assertThat(DIABETIC.type()).isEqualTo(Boolean.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "TRUE", "1"})
    void flag_anythingElse_isInvalidInput(String text) {
        assertThatThrownBy(() -> DIABETIC.parse(text))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("diabetic = '" + text + "': expected one of true, false");
    }

    @ParameterizedTest
    @CsvSource({"2, 2", "8, 8", "' 5', 5"})
    void integer_withinBounds(String text, int expected) {
        assertThat(GROUP_SIZE.parse(text)).isEqualTo(expected);
        assertThat(GROUP_SIZE.format(expected)).isEqualTo(String.valueOf(expected));
        assertThat(GROUP_SIZE.choices()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "9", "-3", "five", "2.5", "99999999999"})
    void integer_outsideBoundsOrNotANumber_isInvalidInput(String text) {
        assertThatThrownBy(() -> GROUP_SIZE.parse(text))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("group_size = '" + text + "': expected a whole number from 2 to 8");
    }

    @Test
    void text_isOneTo200Characters_andLongValuesAreShortenedInMessages() {
        assertThat(NETWORK.parse(" net-42 ")).isEqualTo("net-42");
        assertThat(NETWORK.parse("x".repeat(200))).hasSize(200);
        assertThatThrownBy(() -> NETWORK.parse("   "))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("network = '   ': expected a text of 1 to 200 characters");
        assertThatThrownBy(() -> NETWORK.parse("y".repeat(201)))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("network = '" + "y".repeat(40) + "…'");
    }

    @Test
    void parseOfNull_isNullValue() {
        assertThatThrownBy(() -> PLACE.parse(null))
                .isExactlyInstanceOf(NullValueException.class).hasMessage("place must not be null");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Place", "1place", "place-of-care", "place of care"})
    void malformedName_isInvalidInput(String name) {
        assertThatThrownBy(() -> Fact.flag(DIETETICS, FactTarget.SESSION, name, "d"))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("fact.name = '" + name + "'");
    }

    @Test
    void missingDeclarationParts_areNullValue() {
        assertThatThrownBy(() -> Fact.flag(null, FactTarget.SESSION, "video", "d"))
                .isExactlyInstanceOf(NullValueException.class).hasMessage("fact.profession must not be null");
        assertThatThrownBy(() -> Fact.flag(DIETETICS, null, "video", "d"))
                .isExactlyInstanceOf(NullValueException.class).hasMessage("fact.target must not be null");
        assertThatThrownBy(() -> Fact.flag(DIETETICS, FactTarget.SESSION, "video", null))
                .isExactlyInstanceOf(NullValueException.class).hasMessage("fact.description must not be null");
    }

    @Test
    void choice_withoutValues_orWithANullValue_isInvalidInput() {
        Map<String, DietPlace> withNull = new LinkedHashMap<>();
        withNull.put("home", null);

        assertThatThrownBy(() -> Fact.choice(DIETETICS, FactTarget.SESSION, "place", "d", DietPlace.class, Map.of()))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("fact[place].values = {}: must not be empty");
        assertThatThrownBy(() -> Fact.choice(DIETETICS, FactTarget.SESSION, "place", "d", DietPlace.class, withNull))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageContaining("must hold no null");
    }

    @Test
    void choice_acceptsAnImmutableMap() {
        // Regression: Map.of(...) rejects containsValue(null) with a NullPointerException.
        Fact<DietPlace> place = Fact.choice(DIETETICS, FactTarget.SESSION, "place", "d", DietPlace.class,
                Map.of("home", DietPlace.HOME));
        assertThat(place.parse("home")).isEqualTo(DietPlace.HOME);
    }

    @Test
    void choice_isACopy_ofTheValuesGiven() {
        Map<String, DietPlace> values = new LinkedHashMap<>(Map.of("home", DietPlace.HOME));
        Fact<DietPlace> fact = Fact.choice(DIETETICS, FactTarget.SESSION, "place", "d", DietPlace.class, values);
        values.put("cabinet", DietPlace.CABINET);

        assertThat(fact.choices()).containsOnlyKeys("home");
        assertThatThrownBy(() -> fact.choices().put("x", DietPlace.CABINET))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equality_isProfessionTargetAndName() {
        Fact<Boolean> again = Fact.flag(DIETETICS, FactTarget.EPISODE, "diabetic", "another description");

        assertThat(again).isEqualTo(DIABETIC).hasSameHashCodeAs(DIABETIC);
        assertThat(Fact.flag(DIETETICS, FactTarget.SESSION, "diabetic", "d")).isNotEqualTo(DIABETIC);
        assertThat(Fact.flag(Profession.of("speech-fiction"), FactTarget.EPISODE, "diabetic", "d"))
                .isNotEqualTo(DIABETIC);
        assertThat(Fact.flag(DIETETICS, FactTarget.EPISODE, "obese", "d")).isNotEqualTo(DIABETIC);
        assertThat((Object) DIABETIC).isNotEqualTo("diabetic");
    }
}
