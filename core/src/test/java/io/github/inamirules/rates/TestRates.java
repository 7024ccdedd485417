package io.github.inamirules.rates;

import static io.github.inamirules.rates.InMemoryRateModule.PARAMETERS_HEADER;
import static io.github.inamirules.rates.InMemoryRateModule.TARIFFS_HEADER;
import static io.github.inamirules.rates.InMemoryRateModule.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.RateDataException;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Profession;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestRates {
    private static final LocalDate DATE_2025_01_31 = LocalDate.of(2025, 1, 31);
    private static final LocalDate DATE_2025_02_01 = LocalDate.of(2025, 2, 1);
    private static final LocalDate DATE_2025_03_10 = LocalDate.of(2025, 3, 10);
    private static final LocalDate DATE_2025_09_01 = LocalDate.of(2025, 9, 1);
    private static final Profession DIETETICS = Profession.of("dietetics-fiction");
    private static final String DIR = "dietetics-fiction/";

    private static final InMemoryRateModule MODULE = InMemoryRateModule.minimal("m", "dietetics-fiction", "band", "place")
            .with(DIR + "parameters.psv", lines(PARAMETERS_HEADER,
                    "home.allowed | 2025-01-01 | 2025-02-01 | false | official | SRC |",
                    "home.allowed | 2025-02-01 | 2026-01-01 | true | official | SRC |",
                    "sessions_max | 2025-01-01 | 2026-01-01 | 3 | official | SRC |",
                    "reduction | 2025-01-01 | 2026-01-01 | 0.25 | official | SRC |",
                    "patient_share.ordinary | 2025-01-01 | 2026-01-01 | 5.00 | official | SRC |",
                    "sessions_max_diabetic | 2025-01-01 | 2025-09-01 | 5 | official | SRC |",
                    "sessions_max_diabetic | 2025-09-01 | 2026-01-01 |  | unknown | SRC | searched the gazette"))
            .with(DIR + "tariffs.psv", lines(TARIFFS_HEADER,
                    "D101 | | 2025-01-01 | 2025-02-01 | 24.00 | | | reported | SRC |",
                    "D101 | | 2025-02-01 | 2026-01-01 | 25.00 | | | reported | SRC |",
                    "D202 | | 2025-01-01 | 2026-01-01 |  | | | unknown | SRC | no fee published"))
            .with(DIR + "codes.psv", lines(InMemoryRateModule.codesHeader("band", "place"),
                    "DIET_STANDARD | cabinet | D101 | | 2025-01-01 | 2026-01-01 | reported | SRC |",
                    "DIET_INTENSIVE | home |  | | 2025-01-01 | 2026-01-01 | unknown | SRC | no code published"));

    private static final RateCatalog CATALOG = RateCatalog.of(List.of(MODULE));

    private static Rates at(LocalDate date) {
        return CATALOG.ratesAt(DIETETICS, date);
    }

    @Test
    void typedParameters() {
        Rates rates = at(DATE_2025_03_10);

        assertThat(rates.module()).isSameAs(MODULE);
        assertThat(rates.date()).isEqualTo(DATE_2025_03_10);
        assertThat(rates.integer("sessions_max")).isEqualTo(3);
        assertThat(rates.decimal("reduction")).isEqualByComparingTo(new BigDecimal("0.25"));
        assertThat(rates.money("patient_share.ordinary")).isEqualTo(Money.parse("5.00"));
        assertThat(rates.flag("home.allowed")).isTrue();
        assertThat(rates.parameter("sessions_max").provenance().location()).isEqualTo("m:dietetics-fiction/parameters.psv:4");
    }

    @ParameterizedTest
    @CsvSource({"2025-01-01, false", "2025-01-31, false", "2025-02-01, true", "2025-12-31, true"})
    void parameter_changesOnItsPeriodEdge(LocalDate date, boolean allowed) {
        assertThat(at(date).flag("home.allowed")).isEqualTo(allowed);
    }

    @Test
    void parameterWithoutRow_namesModuleNameAndDate() {
        assertThatThrownBy(() -> at(DATE_2025_03_10).integer("nope"))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessage("m: parameter nope has no value on 2025-03-10");
    }

    @Test
    void parameterReadAsTheWrongType_namesTheRow() {
        assertThatThrownBy(() -> at(DATE_2025_03_10).flag("sessions_max"))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessageStartingWith("m:dietetics-fiction/parameters.psv:4:")
                .hasMessageEndingWith(": parameter sessions_max = '3' is not a boolean");
        assertThatThrownBy(() -> at(DATE_2025_03_10).integer("reduction"))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessageContaining("'0.25' is not a integer");
    }

    @Test
    void unknownParameterRow_throwsUnknownFigure_withTheRow() {
        assertThat(at(DATE_2025_03_10).integer("sessions_max_diabetic")).isEqualTo(5);
        assertThatThrownBy(() -> at(DATE_2025_09_01).integer("sessions_max_diabetic"))
                .isExactlyInstanceOf(UnknownFigureException.class)
                .hasMessage("sessions_max_diabetic is unknown on [2025-09-01, 2026-01-01) (searched the gazette) at "
                        + "m:dietetics-fiction/parameters.psv:8")
                .satisfies(e -> assertThat(((UnknownFigureException) e).row().key()).isEqualTo("sessions_max_diabetic"));
    }

    @Test
    void tariff_isTheOneInForceOnTheDay_andMayBeUnknown() {
        assertThat(at(DATE_2025_01_31).tariff("D101")).get()
                .satisfies(t -> assertThat(t.fee()).contains(Money.parse("24.00")));
        assertThat(at(DATE_2025_02_01).tariff("D101")).get()
                .satisfies(t -> assertThat(t.fee()).contains(Money.parse("25.00")));
        assertThat(at(DATE_2025_02_01).tariff("D102")).isEmpty();
        assertThat(at(DATE_2025_02_01).tariff("D202")).get().satisfies(t -> {
            assertThat(t.isUnknown()).isTrue();
            assertThat(t.fee()).isEmpty();
        });
    }

    @Test
    void code_isFoundByItsKeyColumns_inDeclaredOrder() {
        assertThat(at(DATE_2025_03_10).code("DIET_STANDARD", "cabinet")).get()
                .satisfies(c -> assertThat(c.code()).contains("D101"));
        assertThat(at(DATE_2025_03_10).code("cabinet", "DIET_STANDARD")).isEmpty();
        assertThat(at(DATE_2025_03_10).code("DIET_STANDARD", "home")).isEmpty();
        assertThat(at(DATE_2025_03_10).code("DIET_STANDARD")).isEmpty();
        assertThat(at(DATE_2025_03_10).code("DIET_INTENSIVE", "home")).get().satisfies(c -> {
            assertThat(c.isUnknown()).isTrue();
            assertThat(c.code()).isEmpty();
        });
    }

    @Test
    void code_anExactRowWins_overAnUnknownRowForAnyValue() {
        InMemoryRateModule module = MODULE.with(DIR + "codes.psv", lines(InMemoryRateModule.codesHeader("band", "place"),
                "DIET_INTENSIVE | * |  | | 2025-01-01 | 2026-01-01 | unknown | SRC | no intensive code but at the practice",
                "DIET_INTENSIVE | cabinet | D201 | | 2025-01-01 | 2026-01-01 | official | SRC |"));
        Rates rates = RateCatalog.of(List.of(module)).ratesAt(DIETETICS, DATE_2025_03_10);

        assertThat(rates.code("DIET_INTENSIVE", "cabinet")).get().satisfies(c -> assertThat(c.code()).contains("D201"));
        assertThat(rates.code("DIET_INTENSIVE", "home")).get().satisfies(c -> {
            assertThat(c.isUnknown()).isTrue();
            assertThat(c.isWildcard()).isTrue();
            assertThat(c.provenance().location()).isEqualTo("m:dietetics-fiction/codes.psv:2");
        });
        assertThat(rates.code("DIET_STANDARD", "home")).isEmpty();
        assertThat(rates.code("DIET_INTENSIVE")).isEmpty();
    }

    @Test
    void code_anUnknownRowForAnyValue_holdsOnItsPeriodOnly() {
        InMemoryRateModule module = MODULE.with(DIR + "codes.psv", lines(InMemoryRateModule.codesHeader("band", "place"),
                "* | home |  | | 2025-02-01 | 2026-01-01 | unknown | SRC | no home codes from February"));
        RateCatalog catalog = RateCatalog.of(List.of(module));

        assertThat(catalog.ratesAt(DIETETICS, DATE_2025_01_31).code("DIET_STANDARD", "home")).isEmpty();
        assertThat(catalog.ratesAt(DIETETICS, DATE_2025_02_01).code("DIET_STANDARD", "home")).isPresent();
    }
}
