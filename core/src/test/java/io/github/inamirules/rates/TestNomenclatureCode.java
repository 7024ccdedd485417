package io.github.inamirules.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.RateDataException;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Profession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestNomenclatureCode {
    private static final Profession DIETETICS = Profession.of("dietetics-fiction");
    private static final DateRange YEAR_2025 = DateRange.ofYear(2025);
    private static final Source GAZETTE = Source.of("FICTION", "https://example.org/gazette");
    private static final Provenance OFFICIAL = Provenance.of(ProvenanceStatus.OFFICIAL, List.of(GAZETTE), "", "m:c.psv:3");
    private static final Provenance UNKNOWN = Provenance.of(ProvenanceStatus.UNKNOWN, List.of(GAZETTE), "none", "m:c.psv:4");

    private static Map<String, String> key(String band, String place) {
        Map<String, String> key = new LinkedHashMap<>();
        key.put("band", band);
        key.put("place", place);
        return key;
    }

    @Test
    void keyOf_joinsTheValuesInOrder() {
        assertThat(NomenclatureCode.keyOf(List.of("DIET_STANDARD", "home"))).isEqualTo("DIET_STANDARD/home");
        assertThat(NomenclatureCode.keyOf(List.of("a"))).isEqualTo("a");
    }

    @Test
    void knownCode_isKeyedOnItsColumns() {
        NomenclatureCode c = NomenclatureCode.of(DIETETICS, key("DIET_STANDARD", "home"), "D102", "home visit",
                YEAR_2025, OFFICIAL);

        assertThat(c.key()).isEqualTo("DIET_STANDARD/home");
        assertThat(c.keyColumns()).containsExactly(Map.entry("band", "DIET_STANDARD"), Map.entry("place", "home"));
        assertThat(c.code()).contains("D102");
        assertThat(c.label()).isEqualTo("home visit");
        assertThat(c).hasToString("dietetics-fiction DIET_STANDARD/home -> D102 [2025-01-01, 2026-01-01)");
    }

    @Test
    void keyColumns_areACopy() {
        Map<String, String> key = key("DIET_STANDARD", "home");
        NomenclatureCode c = NomenclatureCode.of(DIETETICS, key, "D102", "", YEAR_2025, OFFICIAL);
        key.put("place", "cabinet");

        assertThat(c.keyColumns()).containsEntry("place", "home");
        assertThat(c.key()).isEqualTo("DIET_STANDARD/home");
    }

    @Test
    void unknownCode_hasNone() {
        NomenclatureCode c = NomenclatureCode.of(DIETETICS, key("DIET_INTENSIVE", "home"), "", "", YEAR_2025, UNKNOWN);

        assertThat(c.isUnknown()).isTrue();
        assertThat(c.code()).isEmpty();
        assertThat(c).hasToString("dietetics-fiction DIET_INTENSIVE/home -> unknown [2025-01-01, 2026-01-01)");
    }

    @Test
    void unknownRowWithACode_andKnownRowWithout_areDataErrors() {
        assertThatThrownBy(() -> NomenclatureCode.of(DIETETICS, key("DIET_INTENSIVE", "home"), "D202", "", YEAR_2025,
                UNKNOWN))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessage("m:c.psv:4: code of {band=DIET_INTENSIVE, place=home}: an unknown row has no code");
        assertThatThrownBy(() -> NomenclatureCode.of(DIETETICS, key("DIET_STANDARD", "home"), "", "", YEAR_2025,
                OFFICIAL))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessage("m:c.psv:3: code of {band=DIET_STANDARD, place=home}: a code is required (or status unknown)");
    }

    @Test
    void anUnknownRow_mayStandForAFamilyOfKeys() {
        NomenclatureCode anyPlace = NomenclatureCode.of(DIETETICS, key("DIET_INTENSIVE", NomenclatureCode.ANY), "", "",
                YEAR_2025, UNKNOWN);

        assertThat(NomenclatureCode.ANY).isEqualTo("*");
        assertThat(anyPlace.isWildcard()).isTrue();
        assertThat(anyPlace.matches(List.of("DIET_INTENSIVE", "home"))).isTrue();
        assertThat(anyPlace.matches(List.of("DIET_INTENSIVE", "cabinet"))).isTrue();
        assertThat(anyPlace.matches(List.of("DIET_STANDARD", "home"))).isFalse();
        assertThat(anyPlace.matches(List.of("DIET_INTENSIVE"))).isFalse();
        assertThat(anyPlace.matches(List.of("DIET_INTENSIVE", "home", "30"))).isFalse();
    }

    @Test
    void anExactRow_matchesItsOwnKeyOnly() {
        NomenclatureCode exact = NomenclatureCode.of(DIETETICS, key("DIET_STANDARD", "home"), "D102", "", YEAR_2025,
                OFFICIAL);

        assertThat(exact.isWildcard()).isFalse();
        assertThat(exact.matches(List.of("DIET_STANDARD", "home"))).isTrue();
        assertThat(exact.matches(List.of("DIET_STANDARD", "cabinet"))).isFalse();
    }

    @Test
    void anyValue_onARowWithACode_isADataError() {
        assertThatThrownBy(() -> NomenclatureCode.of(DIETETICS, key("DIET_STANDARD", NomenclatureCode.ANY), "D102", "",
                YEAR_2025, OFFICIAL))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessage("m:c.psv:3: column 'place': '*' (any value) is allowed on unknown rows only");
    }
}
