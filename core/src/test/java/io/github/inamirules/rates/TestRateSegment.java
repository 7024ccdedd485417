package io.github.inamirules.rates;

import static io.github.inamirules.rates.InMemoryRateModule.COVERAGE_HEADER;
import static io.github.inamirules.rates.InMemoryRateModule.PARAMETERS_HEADER;
import static io.github.inamirules.rates.InMemoryRateModule.TARIFFS_HEADER;
import static io.github.inamirules.rates.InMemoryRateModule.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.RateCoverageException;
import io.github.inamirules.RateDataException;
import io.github.inamirules.model.Money;
import io.github.inamirules.testprofession.DieteticsFiction;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The stretches of days on which the catalog resolves the rows in force once: read through
 * {@link RateCatalog#ratesAt} and {@link Rates}, a figure changes exactly on the edges of its rows.
 */
class TestRateSegment {
    private static final LocalDate DATE_2024_12_31 = LocalDate.of(2024, 12, 31);
    private static final LocalDate DATE_2025_01_01 = LocalDate.of(2025, 1, 1);
    private static final LocalDate DATE_2025_03_31 = LocalDate.of(2025, 3, 31);
    private static final LocalDate DATE_2025_04_01 = LocalDate.of(2025, 4, 1);
    private static final LocalDate DATE_2025_05_31 = LocalDate.of(2025, 5, 31);
    private static final LocalDate DATE_2025_06_01 = LocalDate.of(2025, 6, 1);
    private static final LocalDate DATE_2025_06_30 = LocalDate.of(2025, 6, 30);
    private static final LocalDate DATE_2025_07_01 = LocalDate.of(2025, 7, 1);
    private static final LocalDate DATE_2025_12_31 = LocalDate.of(2025, 12, 31);
    private static final LocalDate DATE_2026_01_01 = LocalDate.of(2026, 1, 1);

    private static final String DIET = "dietetics-fiction";
    private static final String PARAMETERS = InMemoryRateModule.parametersFile(DIET);
    private static final String TARIFFS = InMemoryRateModule.tariffsFile(DIET);
    private static final String SESSIONS_MAX = DieteticsFiction.SESSIONS_MAX.name();
    private static final String SHARE = DieteticsFiction.PATIENT_SHARE_ORDINARY.name();
    private static final String HOME_ALLOWED = DieteticsFiction.HOME_ALLOWED.name();

    /** 2025: sessions_max 3 then 4 from June; the patient share all year; a tariff all year. */
    private static final InMemoryRateModule YEAR_2025 = InMemoryRateModule.minimal("m2025", DIET, "band", "place")
            .with(PARAMETERS, lines(PARAMETERS_HEADER,
                    "sessions_max | 2025-01-01 | 2025-06-01 | 3 | official | SRC |",
                    "sessions_max | 2025-06-01 | 2026-01-01 | 4 | official | SRC |",
                    "patient_share.ordinary | 2025-01-01 | 2026-01-01 | 5.00 | official | SRC |"))
            .with(TARIFFS, lines(TARIFFS_HEADER, "D101 | | 2025-01-01 | 2026-01-01 | 25.00 | | | official | SRC |"));

    /** An overlay over April to June only: another patient share and another fee. */
    private static final InMemoryRateModule SPRING_OVERLAY = InMemoryRateModule.minimal("spring", DIET, "band", "place")
            .with(PARAMETERS, lines(PARAMETERS_HEADER,
                    "patient_share.ordinary | 2025-04-01 | 2025-07-01 | 4.00 | official | SRC2 |"))
            .with(TARIFFS, lines(TARIFFS_HEADER, "D101 | | 2025-04-01 | 2025-07-01 | 27.00 | | | official | SRC2 |"));

    private static final RateCatalog CATALOG = RateCatalog.of(List.of(YEAR_2025));
    private static final RateCatalog WITH_OVERLAY = RateCatalog.of(List.of(YEAR_2025), List.of(SPRING_OVERLAY));

    private static Rates at(RateCatalog catalog, LocalDate date) {
        return catalog.ratesAt(DieteticsFiction.PROFESSION, date);
    }

    @ParameterizedTest
    @CsvSource({"2025-01-01, 5.00", "2025-03-31, 5.00", "2025-04-01, 4.00", "2025-05-31, 4.00",
        "2025-06-01, 4.00", "2025-06-30, 4.00", "2025-07-01, 5.00", "2025-12-31, 5.00"})
    void overlayRowStartingMidModule_holdsFromItsFirstDay_andTheModulesRowAgainAfterItsLast(LocalDate date,
            String share) {
        assertThat(at(WITH_OVERLAY, date).money(SHARE)).isEqualTo(Money.parse(share));
        assertThat(at(CATALOG, date).money(SHARE)).isEqualTo(Money.parse("5.00"));
    }

    @Test
    void overlayRow_isReadWithItsOwnProvenance_andTheModuleRowsItDoesNotReplaceStay() {
        assertThat(at(WITH_OVERLAY, DATE_2025_04_01).parameter(SHARE).provenance().location())
                .isEqualTo("spring:dietetics-fiction/parameters.psv:2");
        assertThat(at(WITH_OVERLAY, DATE_2025_07_01).parameter(SHARE).provenance().location())
                .isEqualTo("m2025:dietetics-fiction/parameters.psv:4");
        assertThat(at(WITH_OVERLAY, DATE_2025_04_01).integer(SESSIONS_MAX)).isEqualTo(3);
        assertThat(at(WITH_OVERLAY, DATE_2025_06_01).integer(SESSIONS_MAX)).isEqualTo(4);
        assertThat(at(WITH_OVERLAY, DATE_2025_04_01).module()).isSameAs(YEAR_2025);
    }

    @Test
    void overlayTariff_holdsOnItsDaysOnly() {
        assertThat(at(WITH_OVERLAY, DATE_2025_03_31).tariff("D101")).get()
                .satisfies(t -> assertThat(t.fee()).contains(Money.parse("25.00")));
        assertThat(at(WITH_OVERLAY, DATE_2025_04_01).tariff("D101")).get()
                .satisfies(t -> assertThat(t.fee()).contains(Money.parse("27.00")));
        assertThat(at(WITH_OVERLAY, DATE_2025_06_30).tariff("D101")).get()
                .satisfies(t -> assertThat(t.fee()).contains(Money.parse("27.00")));
        assertThat(at(WITH_OVERLAY, DATE_2025_07_01).tariff("D101")).get()
                .satisfies(t -> assertThat(t.fee()).contains(Money.parse("25.00")));
        assertThat(at(WITH_OVERLAY, DATE_2025_04_01).tariff("D999")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"2025-01-01, 3", "2025-05-31, 3", "2025-06-01, 4", "2025-12-31, 4"})
    void parameterRowChangingMidModule_changesOnTheFirstDayOfTheNextRow(LocalDate date, int max) {
        assertThat(at(CATALOG, date).integer(SESSIONS_MAX)).isEqualTo(max);
        assertThat(at(WITH_OVERLAY, date).integer(SESSIONS_MAX)).isEqualTo(max);
    }

    @Test
    void firstAndLastCoveredDays_areLookedUp_andTheDaysAroundThemAreNot() {
        assertThat(at(CATALOG, DATE_2025_01_01).date()).isEqualTo(DATE_2025_01_01);
        assertThat(at(CATALOG, DATE_2025_01_01).integer(SESSIONS_MAX)).isEqualTo(3);
        assertThat(at(CATALOG, DATE_2025_12_31).date()).isEqualTo(DATE_2025_12_31);
        assertThat(at(CATALOG, DATE_2025_12_31).integer(SESSIONS_MAX)).isEqualTo(4);
        for (LocalDate outside : List.of(DATE_2024_12_31, DATE_2026_01_01)) {
            assertThatThrownBy(() -> at(WITH_OVERLAY, outside))
                    .isExactlyInstanceOf(RateCoverageException.class)
                    .hasMessageStartingWith("no loaded rate module covers dietetics-fiction on " + outside
                            + "; loaded: m2025 [dietetics-fiction [2025-01-01, 2026-01-01)]");
        }
    }

    @Test
    void gapBetweenTwoCoveragePeriodsOfAModule_isNotCovered_andEachPeriodReadsItsOwnRows() {
        InMemoryRateModule twoPeriods = YEAR_2025.with("coverage.psv", lines(COVERAGE_HEADER,
                DIET + " | 2025-01-01 | 2025-04-01", DIET + " | 2025-06-01 | 2026-01-01"))
                .with(PARAMETERS, lines(PARAMETERS_HEADER,
                        "sessions_max | 2025-01-01 | 2025-04-01 | 3 | official | SRC |",
                        "sessions_max | 2025-06-01 | 2026-01-01 | 4 | official | SRC |"))
                .with(TARIFFS, lines(TARIFFS_HEADER));
        RateCatalog catalog = RateCatalog.of(List.of(twoPeriods));

        assertThat(at(catalog, DATE_2025_03_31).integer(SESSIONS_MAX)).isEqualTo(3);
        assertThatThrownBy(() -> at(catalog, DATE_2025_04_01)).isExactlyInstanceOf(RateCoverageException.class);
        assertThatThrownBy(() -> at(catalog, DATE_2025_05_31)).isExactlyInstanceOf(RateCoverageException.class);
        assertThat(at(catalog, DATE_2025_06_01).integer(SESSIONS_MAX)).isEqualTo(4);
        assertThat(catalog.covers(DieteticsFiction.PROFESSION, DATE_2025_05_31)).isFalse();
    }

    @Test
    void has_aParameterRequiredOnlyFromALaterDay_isFalseBeforeItsFirstRow_andTrueFromIt() {
        InMemoryRateModule twoYears = InMemoryRateModule.minimal("m", DIET, "band", "place")
                .with("coverage.psv", lines(COVERAGE_HEADER, DIET + " | 2025-01-01 | 2027-01-01"))
                .with(PARAMETERS, lines(PARAMETERS_HEADER,
                        "sessions_max | 2025-01-01 | 2027-01-01 | 3 | official | SRC |",
                        "sessions_max_diabetic | 2025-01-01 | 2027-01-01 | 5 | official | SRC |",
                        "patient_share.ordinary | 2025-01-01 | 2027-01-01 | 5.00 | official | SRC |",
                        "patient_share.preferential | 2025-01-01 | 2027-01-01 | 1.50 | official | SRC |",
                        "home.allowed | 2026-01-01 | 2027-01-01 | true | official | SRC |"));
        RateCatalog catalog = RateCatalog.of(List.of(twoYears));
        catalog.validate(DieteticsFiction.PROFESSION, DieteticsFiction.PARAMETERS, DieteticsFiction.CODE_TABLE);

        assertThat(at(catalog, DATE_2025_12_31).has(HOME_ALLOWED)).isFalse();
        assertThat(at(catalog, DATE_2025_12_31).has(SESSIONS_MAX)).isTrue();
        assertThat(at(catalog, DATE_2026_01_01).has(HOME_ALLOWED)).isTrue();
        assertThat(at(catalog, DATE_2026_01_01).flag(HOME_ALLOWED)).isTrue();
        assertThatThrownBy(() -> at(catalog, DATE_2025_12_31).flag(HOME_ALLOWED))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessage("m: parameter home.allowed has no value on 2025-12-31");
    }

    @Test
    void sameRowsAs_holdsWithinAStretch_andNotAcrossAnEdgeOfARow() {
        assertThat(at(WITH_OVERLAY, DATE_2025_04_01).sameRowsAs(at(WITH_OVERLAY, DATE_2025_05_31))).isTrue();
        assertThat(at(WITH_OVERLAY, DATE_2025_04_01).sameRowsAs(at(WITH_OVERLAY, DATE_2025_04_01))).isTrue();
        assertThat(at(WITH_OVERLAY, DATE_2025_03_31).sameRowsAs(at(WITH_OVERLAY, DATE_2025_04_01))).isFalse();
        assertThat(at(WITH_OVERLAY, DATE_2025_05_31).sameRowsAs(at(WITH_OVERLAY, DATE_2025_06_01))).isFalse();
        assertThat(at(WITH_OVERLAY, DATE_2025_06_30).sameRowsAs(at(WITH_OVERLAY, DATE_2025_07_01))).isFalse();
        assertThat(at(CATALOG, DATE_2025_04_01).sameRowsAs(at(CATALOG, DATE_2025_03_31))).isTrue();
        assertThat(at(CATALOG, DATE_2025_04_01).sameRowsAs(at(WITH_OVERLAY, DATE_2025_04_01))).isFalse();
    }
}
