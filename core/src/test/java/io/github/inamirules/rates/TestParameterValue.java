package io.github.inamirules.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.RateDataException;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Profession;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestParameterValue {
    private static final Profession DIETETICS = Profession.of("dietetics-fiction");
    private static final DateRange YEAR_2025 = DateRange.ofYear(2025);
    private static final Source GAZETTE = Source.of("FICTION", "https://example.org/gazette");
    private static final Provenance OFFICIAL = Provenance.of(ProvenanceStatus.OFFICIAL, List.of(GAZETTE), "", "m:p.psv:3");
    private static final Provenance UNKNOWN = Provenance.of(ProvenanceStatus.UNKNOWN, List.of(GAZETTE),
            "searched the gazette", "m:p.psv:4");

    private static ParameterValue value(String text) {
        return ParameterValue.of(DIETETICS, "p", YEAR_2025, text, OFFICIAL);
    }

    @Test
    void as_readsEachType() {
        assertThat(value("3").as(ParameterType.INTEGER)).isEqualTo(3);
        assertThat(value("0.25").as(ParameterType.DECIMAL)).isEqualTo(new BigDecimal("0.25"));
        assertThat(value("5.00").as(ParameterType.MONEY)).isEqualTo(Money.parse("5.00"));
        assertThat(value("false").as(ParameterType.BOOLEAN)).isEqualTo(false);
    }

    @Test
    void as_anotherTypeLater_isReadAgain() {
        ParameterValue v = value("3");

        assertThat(v.as(ParameterType.INTEGER)).isEqualTo(3);
        assertThat(v.as(ParameterType.DECIMAL)).isEqualTo(new BigDecimal("3"));
        assertThat(v.as(ParameterType.INTEGER)).isEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource({"three, INTEGER, integer", "3.5, INTEGER, integer", "x, DECIMAL, decimal", "5.005, MONEY, money",
        "TRUE, BOOLEAN, boolean", "1, BOOLEAN, boolean"})
    void as_aValueNotOfTheType_isADataError_namingTheRow(String text, ParameterType type, String typeName) {
        assertThatThrownBy(() -> value(text).as(type))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessage("m:p.psv:3: parameter p = '" + text + "' is not a " + typeName);
    }

    @Test
    void unknownRow_hasNoValue_andReadingItThrowsUnknownFigure() {
        ParameterValue unknown = ParameterValue.of(DIETETICS, "p", YEAR_2025, "", UNKNOWN);

        assertThat(unknown.isUnknown()).isTrue();
        assertThat(unknown.value()).isEmpty();
        assertThat(unknown).hasToString("dietetics-fiction.p = unknown [2025-01-01, 2026-01-01)");
        assertThatThrownBy(() -> unknown.as(ParameterType.INTEGER))
                .isExactlyInstanceOf(UnknownFigureException.class)
                .hasMessage("p is unknown on [2025-01-01, 2026-01-01) (searched the gazette) at m:p.psv:4")
                .satisfies(e -> assertThat(((UnknownFigureException) e).row()).isSameAs(unknown));
    }

    @Test
    void unknownRowWithAValue_andKnownRowWithout_areDataErrors() {
        assertThatThrownBy(() -> ParameterValue.of(DIETETICS, "p", YEAR_2025, "3", UNKNOWN))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessage("m:p.psv:4: parameter p: an unknown row has no value");
        assertThatThrownBy(() -> value(""))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessage("m:p.psv:3: parameter p: a value is required (or status unknown)");
    }

    @Test
    void rowNotReadFromAFile_isLocatedByLineOnly() {
        ParameterValue v = value("3");

        assertThat(v.location("value")).isEqualTo("m:p.psv:3");
        assertThat(v.key()).isEqualTo("p");
        assertThat(v.profession()).isEqualTo(DIETETICS);
        assertThat(v.period()).isEqualTo(YEAR_2025);
        assertThat(v).hasToString("dietetics-fiction.p = 3 [2025-01-01, 2026-01-01)");
    }
}
