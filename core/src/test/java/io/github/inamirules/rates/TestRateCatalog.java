package io.github.inamirules.rates;

import static io.github.inamirules.rates.InMemoryRateModule.CODES_HEADER;
import static io.github.inamirules.rates.InMemoryRateModule.COVERAGE_HEADER;
import static io.github.inamirules.rates.InMemoryRateModule.PARAMETERS_HEADER;
import static io.github.inamirules.rates.InMemoryRateModule.TARIFFS_HEADER;
import static io.github.inamirules.rates.InMemoryRateModule.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.RateConflictException;
import io.github.inamirules.RateCoverageException;
import io.github.inamirules.RateDataException;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Profession;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestRateCatalog {
    private static final LocalDate DATE_2024_12_31 = LocalDate.of(2024, 12, 31);
    private static final LocalDate DATE_2025_01_01 = LocalDate.of(2025, 1, 1);
    private static final LocalDate DATE_2025_03_01 = LocalDate.of(2025, 3, 1);
    private static final LocalDate DATE_2025_06_01 = LocalDate.of(2025, 6, 1);
    private static final LocalDate DATE_2025_12_31 = LocalDate.of(2025, 12, 31);
    private static final LocalDate DATE_2026_01_01 = LocalDate.of(2026, 1, 1);

    private static final ParameterSpec SESSIONS_MAX = ParameterSpec.of("courante.sessions_max", ParameterType.INTEGER);

    /** A module over the given coverage rows with the given parameter rows. */
    private static InMemoryRateModule module(String id, List<String> coverage, String... parameterRows) {
        String[] cov = new String[coverage.size() + 1];
        cov[0] = COVERAGE_HEADER;
        for (int i = 0; i < coverage.size(); i++) {
            cov[i + 1] = coverage.get(i);
        }
        String[] params = new String[parameterRows.length + 1];
        params[0] = PARAMETERS_HEADER;
        System.arraycopy(parameterRows, 0, params, 1, parameterRows.length);
        return InMemoryRateModule.minimal(id).with("coverage.psv", lines(cov)).with("parameters.psv", lines(params));
    }

    private static String physio(String from, String to) {
        return "physiotherapy | " + from + " | " + to;
    }

    private static String parameter(String name, String from, String to, String value) {
        return "physiotherapy | " + name + " | " + from + " | " + to + " | " + value + " | official | SRC |";
    }

    private static InMemoryRateModule year2025(String... parameterRows) {
        return module("m2025", List.of(physio("2025-01-01", "2026-01-01")), parameterRows);
    }

    @Test
    void overlappingRowsOfOneParameter_areReported_namingBothLocations() {
        InMemoryRateModule m = year2025(
                parameter("courante.sessions_max", "2025-01-01", "2025-07-01", "18"),
                parameter("courante.sessions_max", "2025-06-01", "2026-01-01", "20"));

        assertThatThrownBy(() -> RateCatalog.of(List.of(m)))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessageStartingWith("m2025:parameters.psv:3: courante.sessions_max [2025-06-01, 2026-01-01)")
                .hasMessageContaining("overlaps the row at m2025:parameters.psv:2 [2025-01-01, 2025-07-01)");
    }

    @Test
    void touchingRowsOfOneParameter_doNotOverlap() {
        InMemoryRateModule m = year2025(
                parameter("courante.sessions_max", "2025-01-01", "2025-06-01", "18"),
                parameter("courante.sessions_max", "2025-06-01", "2026-01-01", "20"));

        RateCatalog catalog = RateCatalog.of(List.of(m));

        assertThat(catalog.ratesAt(Profession.PHYSIOTHERAPY, DATE_2025_06_01.minusDays(1)).integer(SESSIONS_MAX.name()))
                .isEqualTo(18);
        assertThat(catalog.ratesAt(Profession.PHYSIOTHERAPY, DATE_2025_06_01).integer(SESSIONS_MAX.name()))
                .isEqualTo(20);
    }

    @Test
    void overlappingTariffsOfOneCode_areReported_namingBothLocations() {
        InMemoryRateModule m = InMemoryRateModule.minimal("m").with("tariffs.psv", lines(TARIFFS_HEADER,
                "physiotherapy | 567011 | 2025-01-01 | 2025-02-01 | 30.00 | | | official | SRC |",
                "physiotherapy | 567011 | 2025-01-31 | 2026-01-01 | 30.80 | | | official | SRC |"));

        assertThatThrownBy(() -> RateCatalog.of(List.of(m)))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessageContaining("m:tariffs.psv:3")
                .hasMessageContaining("m:tariffs.psv:2");
    }

    @Test
    void overlappingCodesOfOneKey_areReported_namingBothLocations() {
        InMemoryRateModule m = InMemoryRateModule.minimal("m").with("codes.psv", lines(CODES_HEADER,
                "physiotherapy | PHYSIO_E | HOME | 30 | 561011 | 2025-01-01 | 2026-01-01 | official | SRC |",
                "physiotherapy | PHYSIO_E | HOME | 30 | 561012 | 2025-03-01 | 2025-04-01 | official | SRC |"));

        assertThatThrownBy(() -> RateCatalog.of(List.of(m)))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessageStartingWith("m:codes.psv:3: PHYSIO_E/HOME/30")
                .hasMessageContaining("m:codes.psv:2");
    }

    @ParameterizedTest
    @CsvSource({
        "physiotherapy, 2025-06-01, 2026-02-01",
        "physiotherapy, 2024-12-01, 2025-02-01",
        "occupational-therapy, 2025-01-01, 2026-01-01",
    })
    void rowOutsideTheCoverage_isReported(String profession, String from, String to) {
        InMemoryRateModule m = year2025(
                profession + " | courante.sessions_max | " + from + " | " + to + " | 18 | official | SRC |");

        assertThatThrownBy(() -> RateCatalog.of(List.of(m)))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessageStartingWith("m2025:parameters.psv:2: courante.sessions_max [" + from + ", " + to + ")")
                .hasMessageContaining("lies outside the module's coverage of " + profession);
    }

    @Test
    void moduleWithoutCoverage_isReported() {
        InMemoryRateModule m = module("empty", List.of());

        assertThatThrownBy(() -> RateCatalog.of(List.of(m)))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessage("empty: declares no coverage");
    }

    @Test
    void overlappingCoverageRowsInOneModule_areReported() {
        InMemoryRateModule m = module("m", List.of(physio("2025-01-01", "2025-07-01"), physio("2025-06-01", "2026-01-01")));

        assertThatThrownBy(() -> RateCatalog.of(List.of(m)))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessageStartingWith("m: coverage");
    }

    @Test
    void twoModulesCoveringOneProfessionOnOverlappingDays_conflict() {
        InMemoryRateModule a = module("rates-a", List.of(physio("2025-01-01", "2026-01-01")));
        InMemoryRateModule b = module("rates-b", List.of(physio("2025-06-01", "2026-06-01")));

        assertThatThrownBy(() -> RateCatalog.of(List.of(a, b)))
                .isExactlyInstanceOf(RateConflictException.class)
                .isInstanceOf(RateDataException.class)
                .hasMessageContaining("rates-a")
                .hasMessageContaining("rates-b")
                .hasMessageContaining("physiotherapy on 2025-06-01");
        assertThatThrownBy(() -> RateCatalog.of(List.of(b, a)))
                .isExactlyInstanceOf(RateConflictException.class)
                .hasMessageContaining("physiotherapy on 2025-06-01");
    }

    @Test
    void twoModulesOnAdjacentYears_orOtherProfessions_doNotConflict() {
        InMemoryRateModule y2024 = module("rates-2024", List.of(physio("2024-01-01", "2025-01-01")),
                parameter("courante.sessions_max", "2024-01-01", "2025-01-01", "17"));
        InMemoryRateModule y2025 = year2025(parameter("courante.sessions_max", "2025-01-01", "2026-01-01", "18"));
        InMemoryRateModule ot = module("ot-2025", List.of("occupational-therapy | 2025-01-01 | 2026-01-01"));

        RateCatalog catalog = RateCatalog.of(List.of(y2025, y2024, ot));

        assertThat(catalog.modules()).containsExactly(y2025, y2024, ot);
        assertThat(catalog.coverageOf(Profession.PHYSIOTHERAPY))
                .containsExactly(DateRange.ofYear(2024), DateRange.ofYear(2025));
        assertThat(catalog.ratesAt(Profession.PHYSIOTHERAPY, DATE_2024_12_31).module()).isSameAs(y2024);
        assertThat(catalog.ratesAt(Profession.PHYSIOTHERAPY, DATE_2024_12_31).integer(SESSIONS_MAX.name())).isEqualTo(17);
        assertThat(catalog.ratesAt(Profession.PHYSIOTHERAPY, DATE_2025_01_01).module()).isSameAs(y2025);
        assertThat(catalog.ratesAt(Profession.OCCUPATIONAL_THERAPY, DATE_2025_01_01).module()).isSameAs(ot);
    }

    @ParameterizedTest
    @CsvSource({"2024-12-31", "2026-01-01", "2030-05-05"})
    void ratesAtOutsideTheCoverage_namesProfessionDateAndModules(LocalDate date) {
        RateCatalog catalog = RateCatalog.of(List.of(year2025()));

        assertThatThrownBy(() -> catalog.ratesAt(Profession.PHYSIOTHERAPY, date))
                .isExactlyInstanceOf(RateCoverageException.class)
                .hasMessageStartingWith("no loaded rate module covers physiotherapy on " + date)
                .hasMessageContaining("m2025 [physiotherapy [2025-01-01, 2026-01-01)]")
                .hasMessageContaining("inami-rules-rates-" + date.getYear());
        assertThat(catalog.covers(Profession.PHYSIOTHERAPY, date)).isFalse();
    }

    @Test
    void ratesAtForAnUncoveredProfession_isACoverageError() {
        RateCatalog catalog = RateCatalog.of(List.of(year2025()));

        assertThatThrownBy(() -> catalog.ratesAt(Profession.CLINICAL_PSYCHOLOGY, DATE_2025_03_01))
                .isExactlyInstanceOf(RateCoverageException.class)
                .hasMessageContaining("clinical-psychology on 2025-03-01");
    }

    @Test
    void emptyCatalog_saysNothingIsLoaded() {
        RateCatalog catalog = RateCatalog.of(List.of());

        assertThat(catalog.modules()).isEmpty();
        assertThatThrownBy(() -> catalog.ratesAt(Profession.PHYSIOTHERAPY, DATE_2025_03_01))
                .isExactlyInstanceOf(RateCoverageException.class)
                .hasMessageContaining("loaded: none");
    }

    @Test
    void covers_edgesOfTheCoverage() {
        RateCatalog catalog = RateCatalog.of(List.of(year2025()));

        assertThat(catalog.covers(Profession.PHYSIOTHERAPY, DATE_2025_01_01)).isTrue();
        assertThat(catalog.covers(Profession.PHYSIOTHERAPY, DATE_2025_12_31)).isTrue();
        assertThat(catalog.covers(Profession.PHYSIOTHERAPY, DATE_2026_01_01)).isFalse();
        assertThat(catalog.covers(Profession.OCCUPATIONAL_THERAPY, DATE_2025_03_01)).isFalse();
    }

    @Test
    void requireParameters_complete_passes() {
        RateCatalog catalog = RateCatalog.of(List.of(year2025(
                parameter("courante.sessions_max", "2025-01-01", "2025-06-01", "18"),
                parameter("courante.sessions_max", "2025-06-01", "2026-01-01", "20"))));

        assertThatCode(() -> catalog.requireParameters(Profession.PHYSIOTHERAPY, List.of(SESSIONS_MAX)))
                .doesNotThrowAnyException();
    }

    @Test
    void requireParameters_withAGap_namesTheFirstDayWithoutValue() {
        RateCatalog catalog = RateCatalog.of(List.of(year2025(
                parameter("courante.sessions_max", "2025-01-01", "2025-03-01", "18"),
                parameter("courante.sessions_max", "2025-04-01", "2026-01-01", "18"))));

        assertThatThrownBy(() -> catalog.requireParameters(Profession.PHYSIOTHERAPY, List.of(SESSIONS_MAX)))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessage("m2025: parameter physiotherapy.courante.sessions_max has no value on 2025-03-01 "
                        + "(coverage [2025-01-01, 2026-01-01))");
    }

    @ParameterizedTest
    @CsvSource({
        "2025-02-01, 2026-01-01, 2025-01-01",
        "2025-01-01, 2025-12-31, 2025-12-31",
    })
    void requireParameters_notCoveringAnEdge_namesTheFirstDayWithoutValue(String from, String to, String firstGap) {
        RateCatalog catalog = RateCatalog.of(List.of(year2025(parameter("courante.sessions_max", from, to, "18"))));

        assertThatThrownBy(() -> catalog.requireParameters(Profession.PHYSIOTHERAPY, List.of(SESSIONS_MAX)))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessageContaining("has no value on " + firstGap);
    }

    @Test
    void requireParameters_absentParameter_namesItAndTheFirstDay() {
        RateCatalog catalog = RateCatalog.of(List.of(year2025()));

        assertThatThrownBy(() -> catalog.requireParameters(Profession.PHYSIOTHERAPY, List.of(SESSIONS_MAX)))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessageContaining("physiotherapy.courante.sessions_max has no value on 2025-01-01");
    }

    @ParameterizedTest
    @CsvSource({
        "courante.sessions_max, INTEGER, eighteen",
        "convention.in_force, BOOLEAN, yes",
        "non_conventioned.insurance_reduction, DECIMAL, 25%",
        "patient_share.other.ordinary, MONEY, 6.255",
    })
    void requireParameters_valueOfTheWrongType_namesTheRow(String name, ParameterType type, String value) {
        RateCatalog catalog = RateCatalog.of(List.of(year2025(parameter(name, "2025-01-01", "2026-01-01", value))));

        assertThatThrownBy(() -> catalog.requireParameters(Profession.PHYSIOTHERAPY,
                List.of(ParameterSpec.of(name, type))))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessageStartingWith("m2025:parameters.psv:2: parameter " + name + " = '" + value + "'")
                .hasMessageContaining(type.name().toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void requireParameters_checksOnlyModulesCoveringTheProfession() {
        RateCatalog catalog = RateCatalog.of(List.of(year2025()));

        assertThatCode(() -> catalog.requireParameters(Profession.OCCUPATIONAL_THERAPY, List.of(SESSIONS_MAX)))
                .doesNotThrowAnyException();
    }
}
