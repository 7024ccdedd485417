package io.github.inamirules.rates;

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
import io.github.inamirules.testprofession.DieteticsFiction;
import io.github.inamirules.testprofession.DieteticsRates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    private static final String DIET = "dietetics-fiction";
    private static final Profession DIETETICS = DieteticsFiction.PROFESSION;
    private static final Profession SPEECH = Profession.of("speech-fiction");
    private static final String PARAMETERS = DIET + "/parameters.psv";
    private static final ParameterSpec SESSIONS_MAX = DieteticsFiction.SESSIONS_MAX;

    /** A module over the given coverage rows of dietetics with the given parameter rows. */
    private static InMemoryRateModule module(String id, List<String> coverage, String... parameterRows) {
        List<String> cov = new ArrayList<>(List.of(COVERAGE_HEADER));
        cov.addAll(coverage);
        List<String> params = new ArrayList<>(List.of(PARAMETERS_HEADER));
        params.addAll(List.of(parameterRows));
        return InMemoryRateModule.minimal(id, DIET, "band", "place").with("coverage.psv", lines(cov.toArray(new String[0])))
                .with(PARAMETERS, lines(params.toArray(new String[0])));
    }

    private static String diet(String from, String to) {
        return DIET + " | " + from + " | " + to;
    }

    private static String parameter(String name, String from, String to, String value) {
        return name + " | " + from + " | " + to + " | " + value + " | official | SRC |";
    }

    private static InMemoryRateModule year2025(String... parameterRows) {
        return module("m2025", List.of(diet("2025-01-01", "2026-01-01")), parameterRows);
    }

    private static void validate(RateCatalog catalog) {
        catalog.validate(DIETETICS, DieteticsFiction.PARAMETERS, DieteticsFiction.CODE_TABLE);
    }

    private static void validate(RateModule module) {
        validate(RateCatalog.of(List.of(module)));
    }

    @Test
    void overlappingRowsOfOneParameter_areReported_namingBothLocations() {
        InMemoryRateModule m = year2025(
                parameter("sessions_max", "2025-01-01", "2025-07-01", "3"),
                parameter("sessions_max", "2025-06-01", "2026-01-01", "4"));

        assertThatThrownBy(() -> RateCatalog.of(List.of(m)))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessageStartingWith("m2025:dietetics-fiction/parameters.psv:3:")
                .hasMessageContaining("sessions_max [2025-06-01, 2026-01-01)")
                .hasMessageContaining("overlaps the row at m2025:dietetics-fiction/parameters.psv:2 "
                        + "[2025-01-01, 2025-07-01)");
    }

    @Test
    void touchingRowsOfOneParameter_doNotOverlap() {
        InMemoryRateModule m = year2025(
                parameter("sessions_max", "2025-01-01", "2025-06-01", "3"),
                parameter("sessions_max", "2025-06-01", "2026-01-01", "4"));

        RateCatalog catalog = RateCatalog.of(List.of(m));

        assertThat(catalog.ratesAt(DIETETICS, DATE_2025_06_01.minusDays(1)).integer(SESSIONS_MAX.name())).isEqualTo(3);
        assertThat(catalog.ratesAt(DIETETICS, DATE_2025_06_01).integer(SESSIONS_MAX.name())).isEqualTo(4);
    }

    @Test
    void overlappingTariffsOfOneCode_areReported_namingBothLocations() {
        InMemoryRateModule m = year2025().with(DIET + "/tariffs.psv", lines(TARIFFS_HEADER,
                "D101 | | 2025-01-01 | 2025-02-01 | 25.00 | | | official | SRC |",
                "D101 | | 2025-01-31 | 2026-01-01 | 25.50 | | | official | SRC |"));

        assertThatThrownBy(() -> RateCatalog.of(List.of(m)))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessageStartingWith("m2025:dietetics-fiction/tariffs.psv:3:")
                .hasMessageContaining("m2025:dietetics-fiction/tariffs.psv:2");
    }

    @Test
    void overlappingCodesOfOneKey_areReported_namingBothLocations() {
        InMemoryRateModule m = year2025().with(DieteticsRates.CODES, lines(DieteticsRates.CODES_HEADER,
                "DIET_STANDARD | home | D102 | | 2025-01-01 | 2026-01-01 | official | SRC |",
                "DIET_STANDARD | home | D103 | | 2025-03-01 | 2025-04-01 | official | SRC |"));

        assertThatThrownBy(() -> RateCatalog.of(List.of(m)))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessageStartingWith("m2025:dietetics-fiction/codes.psv:3:")
                .hasMessageContaining(": DIET_STANDARD/home [2025-03-01, 2025-04-01)")
                .hasMessageContaining("m2025:dietetics-fiction/codes.psv:2");
    }

    @ParameterizedTest
    @CsvSource({"2025-06-01, 2026-02-01", "2024-12-01, 2025-02-01"})
    void rowOutsideTheCoverage_isReported(String from, String to) {
        InMemoryRateModule m = year2025(parameter("sessions_max", from, to, "3"));

        assertThatThrownBy(() -> RateCatalog.of(List.of(m)))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessageStartingWith("m2025:dietetics-fiction/parameters.psv:2:" + ("sessions_max | ".length() + 1)
                        + ": sessions_max [" + from + ", " + to + ")")
                .hasMessageContaining("lies outside the module's coverage of dietetics-fiction");
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
        InMemoryRateModule m = module("m", List.of(diet("2025-01-01", "2025-07-01"), diet("2025-06-01", "2026-01-01")));

        assertThatThrownBy(() -> RateCatalog.of(List.of(m)))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessageStartingWith("m: coverage dietetics-fiction [2025-01-01, 2025-07-01) overlaps");
    }

    @Test
    void twoModulesCoveringOneProfessionOnOverlappingDays_conflict() {
        InMemoryRateModule a = module("rates-a", List.of(diet("2025-01-01", "2026-01-01")));
        InMemoryRateModule b = module("rates-b", List.of(diet("2025-06-01", "2026-06-01")));

        assertThatThrownBy(() -> RateCatalog.of(List.of(a, b)))
                .isExactlyInstanceOf(RateConflictException.class)
                .isInstanceOf(RateDataException.class)
                .hasMessageContaining("rates-a")
                .hasMessageContaining("rates-b")
                .hasMessageContaining("dietetics-fiction on 2025-06-01");
        assertThatThrownBy(() -> RateCatalog.of(List.of(b, a)))
                .isExactlyInstanceOf(RateConflictException.class)
                .hasMessageContaining("dietetics-fiction on 2025-06-01");
    }

    @Test
    void twoModulesOnAdjacentYears_orOtherProfessions_doNotConflict() {
        InMemoryRateModule y2024 = module("rates-2024", List.of(diet("2024-01-01", "2025-01-01")),
                parameter("sessions_max", "2024-01-01", "2025-01-01", "2"));
        InMemoryRateModule y2025 = year2025(parameter("sessions_max", "2025-01-01", "2026-01-01", "3"));
        InMemoryRateModule speech = InMemoryRateModule.minimal("speech-2025", "speech-fiction", "level");

        RateCatalog catalog = RateCatalog.of(List.of(y2025, y2024, speech));

        assertThat(catalog.modules()).containsExactly(y2025, y2024, speech);
        assertThat(catalog.coverageOf(DIETETICS)).containsExactly(DateRange.ofYear(2024), DateRange.ofYear(2025));
        assertThat(catalog.coverageOf(SPEECH)).containsExactly(DateRange.ofYear(2025));
        assertThat(catalog.ratesAt(DIETETICS, DATE_2024_12_31).module()).isSameAs(y2024);
        assertThat(catalog.ratesAt(DIETETICS, DATE_2024_12_31).integer(SESSIONS_MAX.name())).isEqualTo(2);
        assertThat(catalog.ratesAt(DIETETICS, DATE_2025_01_01).module()).isSameAs(y2025);
        assertThat(catalog.ratesAt(SPEECH, DATE_2025_01_01).module()).isSameAs(speech);
    }

    @ParameterizedTest
    @CsvSource({"2024-12-31", "2026-01-01", "2030-05-05"})
    void ratesAtOutsideTheCoverage_namesProfessionDateAndModules(LocalDate date) {
        RateCatalog catalog = RateCatalog.of(List.of(year2025()));

        assertThatThrownBy(() -> catalog.ratesAt(DIETETICS, date))
                .isExactlyInstanceOf(RateCoverageException.class)
                .hasMessageStartingWith("no loaded rate module covers dietetics-fiction on " + date)
                .hasMessageContaining("loaded: m2025 [dietetics-fiction [2025-01-01, 2026-01-01)]")
                .hasMessageContaining("inami-rules-rates-" + date.getYear());
        assertThat(catalog.covers(DIETETICS, date)).isFalse();
    }

    @Test
    void ratesAtForAnUncoveredProfession_isACoverageError() {
        RateCatalog catalog = RateCatalog.of(List.of(year2025()));

        assertThatThrownBy(() -> catalog.ratesAt(SPEECH, DATE_2025_03_01))
                .isExactlyInstanceOf(RateCoverageException.class)
                .hasMessageContaining("speech-fiction on 2025-03-01");
    }

    @Test
    void emptyCatalog_saysNothingIsLoaded() {
        RateCatalog catalog = RateCatalog.of(List.of());

        assertThat(catalog.modules()).isEmpty();
        assertThat(catalog.coverageOf(DIETETICS)).isEmpty();
        assertThatThrownBy(() -> catalog.ratesAt(DIETETICS, DATE_2025_03_01))
                .isExactlyInstanceOf(RateCoverageException.class)
                .hasMessageContaining("loaded: none");
    }

    @Test
    void covers_edgesOfTheCoverage() {
        RateCatalog catalog = RateCatalog.of(List.of(year2025()));

        assertThat(catalog.covers(DIETETICS, DATE_2025_01_01)).isTrue();
        assertThat(catalog.covers(DIETETICS, DATE_2025_12_31)).isTrue();
        assertThat(catalog.covers(DIETETICS, DATE_2026_01_01)).isFalse();
        assertThat(catalog.covers(SPEECH, DATE_2025_03_01)).isFalse();
    }

    @Test
    void validate_theFictionsRates_passes() {
        assertThatCode(() -> validate(DieteticsRates.module2025())).doesNotThrowAnyException();
        assertThatCode(() -> validate(DieteticsRates.module(2026))).doesNotThrowAnyException();
    }

    @Test
    void validate_unknownParameterName_isReported_atFileLineColumn() {
        Map<String, String> files = DieteticsRates.files(2025);
        files.put(DieteticsRates.PARAMETERS, files.get(DieteticsRates.PARAMETERS)
                + "sesions_max | 2025-01-01 | 2026-01-01 | 3 | official | FICTION |\n");

        assertThatThrownBy(() -> validate(new InMemoryRateModule("diet-2025", files)))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessageStartingWith("diet-2025:dietetics-fiction/parameters.psv:7:1: parameter 'sesions_max' is "
                        + "not one the dietetics-fiction rule set declares; declared: [")
                .hasMessageContaining("sessions_max, sessions_max_diabetic");
    }

    @Test
    void validate_codeRowWithABandTypo_isReported_atModuleFileLineColumn() {
        Map<String, String> files = DieteticsRates.files(2025);
        files.put(DieteticsRates.CODES, DieteticsRates.codes(2025,
                "DIET_STANDRAD | cabinet | D101 | | 2025-01-01 | 2026-01-01 | official | FICTION |"));

        assertThatThrownBy(() -> validate(new InMemoryRateModule("diet-2025", files)))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessage("diet-2025:dietetics-fiction/codes.psv:3:1: column 'band': 'DIET_STANDRAD' is not a value "
                        + "the dietetics-fiction rule set declares; expected one of [DIET_STANDARD, DIET_INTENSIVE]");
    }

    @Test
    void validate_codeRowWithAnUndeclaredPlace_isReported_atItsColumn() {
        String row = "DIET_STANDARD | garden | D101 | | 2025-01-01 | 2026-01-01 | official | FICTION |";
        Map<String, String> files = DieteticsRates.files(2025);
        files.put(DieteticsRates.CODES, DieteticsRates.codes(2025, row));

        assertThatThrownBy(() -> validate(new InMemoryRateModule("diet-2025", files)))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessageStartingWith("diet-2025:dietetics-fiction/codes.psv:3:" + (row.indexOf("garden") + 1)
                        + ": column 'place': 'garden'")
                .hasMessageContaining("expected one of [cabinet, home]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "place | band; cabinet | DIET_STANDARD",
        "band; DIET_STANDARD",
        "band | place | minutes; DIET_STANDARD | cabinet | 30",
        "band | setting; DIET_STANDARD | cabinet",
    })
    void validate_codeTableWithOtherKeyColumns_isReported(String columns, String key) {
        InMemoryRateModule m = year2025().with(DieteticsRates.CODES, lines("# codes",
                columns + " | " + InMemoryRateModule.CODES_TAIL,
                key + " | D101 | | 2025-01-01 | 2026-01-01 | official | SRC |"));

        assertThatThrownBy(() -> RateCatalog.of(List.of(m)).validate(DIETETICS, List.of(), DieteticsFiction.CODE_TABLE))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessage("m2025:dietetics-fiction/codes.psv:3:1: code table columns ["
                        + columns.replace(" | ", ", ") + "] are not those the dietetics-fiction rule set declares: "
                        + "[band, place]");
    }

    @Test
    void validate_completeParameterInTwoRows_passes() {
        RateCatalog catalog = RateCatalog.of(List.of(year2025(
                parameter("sessions_max", "2025-01-01", "2025-06-01", "3"),
                parameter("sessions_max", "2025-06-01", "2026-01-01", "4"))));

        assertThatCode(() -> catalog.validate(DIETETICS, List.of(SESSIONS_MAX), DieteticsFiction.CODE_TABLE))
                .doesNotThrowAnyException();
    }

    @Test
    void validate_requiredParameterWithAGap_namesTheFirstDayWithoutValue() {
        RateCatalog catalog = RateCatalog.of(List.of(year2025(
                parameter("sessions_max", "2025-01-01", "2025-03-01", "3"),
                parameter("sessions_max", "2025-04-01", "2026-01-01", "3"))));

        assertThatThrownBy(() -> catalog.validate(DIETETICS, List.of(SESSIONS_MAX), DieteticsFiction.CODE_TABLE))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessage("m2025: parameter sessions_max of D-03 has no value on 2025-03-01 "
                        + "(coverage [2025-01-01, 2026-01-01)); give one, or an explicit unknown row saying what was "
                        + "searched");
    }

    @ParameterizedTest
    @CsvSource({
        "2025-02-01, 2026-01-01, 2025-01-01",
        "2025-01-01, 2025-12-31, 2025-12-31",
    })
    void validate_requiredParameterNotCoveringAnEdge_namesTheFirstDayWithoutValue(String from, String to,
            String firstGap) {
        RateCatalog catalog = RateCatalog.of(List.of(year2025(parameter("sessions_max", from, to, "3"))));

        assertThatThrownBy(() -> catalog.validate(DIETETICS, List.of(SESSIONS_MAX), DieteticsFiction.CODE_TABLE))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessageContaining("has no value on " + firstGap);
    }

    @Test
    void validate_absentParameter_namesItAndTheFirstDay() {
        RateCatalog catalog = RateCatalog.of(List.of(year2025()));

        assertThatThrownBy(() -> catalog.validate(DIETETICS, List.of(SESSIONS_MAX), DieteticsFiction.CODE_TABLE))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessageStartingWith("m2025: parameter sessions_max of D-03 has no value on 2025-01-01");
    }

    @Test
    void validate_anExplicitUnknownRow_fillsTheGap() {
        RateCatalog catalog = RateCatalog.of(List.of(year2025(
                parameter("sessions_max", "2025-01-01", "2025-03-01", "3"),
                "sessions_max | 2025-03-01 | 2026-01-01 |  | unknown | SRC | searched the gazette")));

        assertThatCode(() -> catalog.validate(DIETETICS, List.of(SESSIONS_MAX), DieteticsFiction.CODE_TABLE))
                .doesNotThrowAnyException();
    }

    @Test
    void validate_parameterRequiredFrom2026_isNotRequiredOfAModuleCovering2025() {
        ParameterSpec homeAllowed = DieteticsFiction.HOME_ALLOWED;

        assertThat(homeAllowed.requiredFrom()).isEqualTo(DATE_2026_01_01);
        assertThatCode(() -> RateCatalog.of(List.of(year2025()))
                .validate(DIETETICS, List.of(homeAllowed), DieteticsFiction.CODE_TABLE)).doesNotThrowAnyException();
    }

    @Test
    void validate_parameterRequiredFrom2026_isRequiredFromThatDayOfAModuleCoveringIt() {
        InMemoryRateModule y2026 = module("m2026", List.of(diet("2026-01-01", "2027-01-01")));
        InMemoryRateModule straddling = module("m2025-26", List.of(diet("2025-07-01", "2026-07-01")),
                parameter("home.allowed", "2026-01-01", "2026-03-01", "false"));

        assertThatThrownBy(() -> RateCatalog.of(List.of(y2026))
                .validate(DIETETICS, List.of(DieteticsFiction.HOME_ALLOWED), DieteticsFiction.CODE_TABLE))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessageStartingWith("m2026: parameter home.allowed of D-04 has no value on 2026-01-01");
        assertThatThrownBy(() -> RateCatalog.of(List.of(straddling))
                .validate(DIETETICS, List.of(DieteticsFiction.HOME_ALLOWED), DieteticsFiction.CODE_TABLE))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessageStartingWith("m2025-26: parameter home.allowed of D-04 has no value on 2026-03-01");
    }

    @ParameterizedTest
    @CsvSource({
        "sessions_max, INTEGER, three",
        "home.allowed, BOOLEAN, yes",
        "patient_share.ordinary, MONEY, 5.005",
    })
    void validate_valueOfTheWrongType_namesTheRow(String name, ParameterType type, String value) {
        RateCatalog catalog = RateCatalog.of(List.of(year2025(parameter(name, "2025-01-01", "2026-01-01", value))));

        assertThatThrownBy(() -> catalog.validate(DIETETICS,
                List.of(ParameterSpec.of(name, type, "", "d", "D-0")), DieteticsFiction.CODE_TABLE))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessageStartingWith("m2025:dietetics-fiction/parameters.psv:2:" + (name.length() + 3 + 2 * 13 + 1)
                        + ": parameter " + name + " = '" + value + "'")
                .hasMessageContaining(type.name().toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void validate_decimalParameter_isChecked() {
        RateCatalog catalog = RateCatalog.of(List.of(year2025(parameter("reduction", "2025-01-01", "2026-01-01", "25%"))));

        assertThatThrownBy(() -> catalog.validate(DIETETICS,
                List.of(ParameterSpec.of("reduction", ParameterType.DECIMAL, "", "d", "D-0")), DieteticsFiction.CODE_TABLE))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessageEndingWith("parameter reduction = '25%' is not a decimal");
    }

    @Test
    void validate_checksOnlyModulesCoveringTheProfession() {
        RateCatalog catalog = RateCatalog.of(List.of(year2025()));

        assertThatCode(() -> catalog.validate(SPEECH, List.of(SESSIONS_MAX), DieteticsFiction.CODE_TABLE))
                .doesNotThrowAnyException();
    }

    @Test
    void unknownRowsForAnyValue_thatCouldMatchOneKeyOnOneDay_areReported() {
        InMemoryRateModule m = year2025().with(DieteticsRates.CODES, lines(DieteticsRates.CODES_HEADER,
                "DIET_STANDARD | * |  | | 2025-01-01 | 2026-01-01 | unknown | SRC | none",
                "* | home |  | | 2025-06-01 | 2026-01-01 | unknown | SRC | none"));

        assertThatThrownBy(() -> RateCatalog.of(List.of(m)))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessageStartingWith("m2025:dietetics-fiction/codes.psv:3:")
                .hasMessageContaining("*/home [2025-06-01, 2026-01-01) and the row at m2025:dietetics-fiction/codes.psv:2 "
                        + "DIET_STANDARD/* both stand for some key on a same day");
    }

    @Test
    void unknownRowsForAnyValue_onDisjointDaysOrKeys_areFine_andPassValidation() {
        InMemoryRateModule m = year2025().with(DieteticsRates.CODES, lines(DieteticsRates.CODES_HEADER,
                "DIET_STANDARD | * |  | | 2025-01-01 | 2025-06-01 | unknown | SRC | none",
                "* | home |  | | 2025-06-01 | 2026-01-01 | unknown | SRC | none",
                "DIET_INTENSIVE | * |  | | 2025-01-01 | 2025-06-01 | unknown | SRC | none"));

        RateCatalog catalog = RateCatalog.of(List.of(m));

        assertThatCode(() -> catalog.validate(DIETETICS, List.of(), DieteticsFiction.CODE_TABLE)).doesNotThrowAnyException();
        assertThat(catalog.ratesAt(DIETETICS, DATE_2025_06_01).code("DIET_INTENSIVE", "home")).get()
                .satisfies(c -> assertThat(c.key()).isEqualTo("*/home"));
    }
}
