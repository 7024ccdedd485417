package io.github.inamirules.rates;

import static io.github.inamirules.rates.InMemoryRateModule.CODES_HEADER;
import static io.github.inamirules.rates.InMemoryRateModule.PARAMETERS_HEADER;
import static io.github.inamirules.rates.InMemoryRateModule.TARIFFS_HEADER;
import static io.github.inamirules.rates.InMemoryRateModule.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.RateDataException;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Place;
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

    private static final InMemoryRateModule MODULE = InMemoryRateModule.minimal("m")
            .with("parameters.psv", lines(PARAMETERS_HEADER,
                    "physiotherapy | convention.in_force | 2025-01-01 | 2025-02-01 | false | official | SRC |",
                    "physiotherapy | convention.in_force | 2025-02-01 | 2026-01-01 | true | official | SRC |",
                    "physiotherapy | courante.sessions_max | 2025-01-01 | 2026-01-01 | 18 | official | SRC |",
                    "physiotherapy | non_conventioned.insurance_reduction | 2025-01-01 | 2026-01-01 | 0.25 | official | SRC |",
                    "physiotherapy | patient_share.other.ordinary | 2025-01-01 | 2026-01-01 | 6.25 | official | SRC |"))
            .with("tariffs.psv", lines(TARIFFS_HEADER,
                    "physiotherapy | 567011 | 2025-01-01 | 2025-02-01 | 30.00 | | | reported | SRC |",
                    "physiotherapy | 567011 | 2025-02-01 | 2026-01-01 | 30.80 | | | reported | SRC |"))
            .with("codes.psv", lines(CODES_HEADER,
                    "physiotherapy | PHYSIO_COURANTE_1_9 | PRACTICE | 30 | 567011 | 2025-01-01 | 2026-01-01 | reported | SRC |"));

    private static final RateCatalog CATALOG = RateCatalog.of(List.of(MODULE));

    private static Rates at(LocalDate date) {
        return CATALOG.ratesAt(Profession.PHYSIOTHERAPY, date);
    }

    @Test
    void typedParameters() {
        Rates rates = at(DATE_2025_03_10);

        assertThat(rates.module()).isSameAs(MODULE);
        assertThat(rates.date()).isEqualTo(DATE_2025_03_10);
        assertThat(rates.integer("courante.sessions_max")).isEqualTo(18);
        assertThat(rates.decimal("non_conventioned.insurance_reduction")).isEqualByComparingTo(new BigDecimal("0.25"));
        assertThat(rates.money("patient_share.other.ordinary")).isEqualTo(Money.parse("6.25"));
        assertThat(rates.flag("convention.in_force")).isTrue();
        assertThat(rates.parameter("courante.sessions_max").provenance().location()).isEqualTo("m:parameters.psv:4");
    }

    @ParameterizedTest
    @CsvSource({"2025-01-01, false", "2025-01-31, false", "2025-02-01, true", "2025-12-31, true"})
    void parameter_changesOnItsPeriodEdge(LocalDate date, boolean inForce) {
        assertThat(at(date).flag("convention.in_force")).isEqualTo(inForce);
    }

    @Test
    void unknownParameter_namesProfessionNameAndDate() {
        assertThatThrownBy(() -> at(DATE_2025_03_10).integer("nope"))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessage("m: parameter physiotherapy.nope has no value on 2025-03-10");
    }

    @Test
    void parameterReadAsTheWrongType_namesTheRow() {
        assertThatThrownBy(() -> at(DATE_2025_03_10).flag("courante.sessions_max"))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessage("m:parameters.psv:4: parameter courante.sessions_max = '18' is not a boolean");
        assertThatThrownBy(() -> at(DATE_2025_03_10).integer("non_conventioned.insurance_reduction"))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessageContaining("'0.25' is not a integer");
    }

    @Test
    void tariff_isTheOneInForceOnTheDay() {
        assertThat(at(DATE_2025_01_31).tariff("567011")).get()
                .satisfies(t -> assertThat(t.fee()).contains(Money.parse("30.00")));
        assertThat(at(DATE_2025_02_01).tariff("567011")).get()
                .satisfies(t -> assertThat(t.fee()).contains(Money.parse("30.80")));
        assertThat(at(DATE_2025_02_01).tariff("563010")).isEmpty();
    }

    @Test
    void code_isFoundByBandPlaceAndMinutes() {
        assertThat(at(DATE_2025_03_10).code("PHYSIO_COURANTE_1_9", Place.PRACTICE, 30))
                .get().extracting(NomenclatureCode::code).isEqualTo("567011");
        assertThat(at(DATE_2025_03_10).code("PHYSIO_COURANTE_1_9", Place.HOME, 30)).isEmpty();
        assertThat(at(DATE_2025_03_10).code("PHYSIO_COURANTE_1_9", Place.PRACTICE, 20)).isEmpty();
        assertThat(at(DATE_2025_03_10).code("PHYSIO_FA_1_20", Place.PRACTICE, 30)).isEmpty();
    }
}
