package io.github.inamirules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import io.github.inamirules.testprofession.DietPlace;
import io.github.inamirules.testprofession.DieteticsFiction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestFacts {
    private static final Fact<DietPlace> PLACE = DieteticsFiction.PLACE;
    private static final Fact<Integer> GROUP_SIZE = Fact.integer(DieteticsFiction.PROFESSION, FactTarget.SESSION,
            "group_size", "patients in the group", 2, 8);
    private static final Fact<Boolean> VIDEO = Fact.flag(DieteticsFiction.PROFESSION, FactTarget.SESSION, "video",
            "by video");

    @Test
    void empty_hasNothing() {
        Facts none = Facts.empty();

        assertThat(none.isEmpty()).isTrue();
        assertThat(none.keys()).isEmpty();
        assertThat(none.get(PLACE)).isEmpty();
        assertThat(none.has(PLACE)).isFalse();
        assertThat(none.getOrDefault(PLACE, DietPlace.CABINET)).isEqualTo(DietPlace.CABINET);
        assertThat(none).hasToString("{}");
        assertThat(Facts.builder().build()).isSameAs(none);
    }

    @Test
    void get_returnsTheFactsOwnType() {
        Facts facts = Facts.builder().put(PLACE, DietPlace.HOME).put(GROUP_SIZE, 4).build();

        DietPlace place = facts.get(PLACE).orElseThrow();
        int size = facts.getOrDefault(GROUP_SIZE, 2);

        assertThat(place).isEqualTo(DietPlace.HOME);
        assertThat(size).isEqualTo(4);
        assertThat(facts.has(PLACE)).isTrue();
        assertThat(facts.has(VIDEO)).isFalse();
        assertThat(facts.isEmpty()).isFalse();
    }

    @Test
    void keysAndForEach_followInsertionOrder_andToStringUsesFileNames() {
        Facts facts = Facts.builder().put(VIDEO, false).put(PLACE, DietPlace.HOME).put(GROUP_SIZE, 3).build();
        List<String> seen = new ArrayList<>();

        facts.forEach((fact, value) -> seen.add(fact.name() + ":" + value));

        assertThat(facts.keys()).containsExactly(VIDEO, PLACE, GROUP_SIZE);
        assertThat(seen).containsExactly("video:false", "place:HOME", "group_size:3");
        assertThat(facts).hasToString("{video=false, place=home, group_size=3}");
    }

    @Test
    void equality_ignoresInsertionOrder() {
        Facts a = Facts.builder().put(PLACE, DietPlace.HOME).put(VIDEO, true).build();
        Facts b = Facts.builder().put(VIDEO, true).put(PLACE, DietPlace.HOME).build();

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(Facts.of(PLACE, DietPlace.HOME));
        assertThat(a).isNotEqualTo(Map.of(PLACE, DietPlace.HOME, VIDEO, true));
    }

    @Test
    void with_addsOrReplaces_andLeavesTheOriginalAlone() {
        Facts home = Facts.of(PLACE, DietPlace.HOME);

        Facts cabinet = home.with(PLACE, DietPlace.CABINET);
        Facts more = home.with(VIDEO, true);

        assertThat(cabinet.get(PLACE)).contains(DietPlace.CABINET);
        assertThat(more.keys()).containsExactly(PLACE, VIDEO);
        assertThat(home.get(PLACE)).contains(DietPlace.HOME);
        assertThat(home.keys()).containsExactly(PLACE);
    }

    @Test
    void putAll_copiesAnotherMap() {
        Facts facts = Facts.builder().putAll(Facts.of(PLACE, DietPlace.HOME)).put(VIDEO, true).build();

        assertThat(facts.keys()).containsExactly(PLACE, VIDEO);
    }

    @Test
    void keys_cannotBeModified() {
        Facts facts = Facts.of(PLACE, DietPlace.HOME);

        assertThatThrownBy(() -> facts.keys().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(facts.has(PLACE)).isTrue();
    }

    @Test
    void nullFactOrValue_isNullValue() {
        assertThatThrownBy(() -> Facts.builder().put(null, "x"))
                .isExactlyInstanceOf(NullValueException.class).hasMessage("fact must not be null");
        assertThatThrownBy(() -> Facts.of(PLACE, null))
                .isExactlyInstanceOf(NullValueException.class).hasMessage("fact.place must not be null");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void valueOfAnotherType_isInvalidInput() {
        Fact raw = PLACE;

        assertThatThrownBy(() -> Facts.builder().put(raw, "home"))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("place = home: is not a DietPlace");
    }

    @Test
    void valueNotAmongTheChoices_isInvalidInput() {
        Map<String, DietPlace> home = new LinkedHashMap<>();
        home.put("home", DietPlace.HOME);
        Fact<DietPlace> homeOnly = Fact.choice(DieteticsFiction.PROFESSION, FactTarget.SESSION, "visit",
                "home visit", DietPlace.class, home);

        assertThatThrownBy(() -> Facts.of(homeOnly, DietPlace.CABINET))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("visit = CABINET: expected one of home");
    }
}
