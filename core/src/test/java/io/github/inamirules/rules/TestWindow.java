package io.github.inamirules.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.model.DateRange;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestWindow {
    private static final LocalDate DATE_2024_06_11 = LocalDate.of(2024, 6, 11);
    private static final LocalDate DATE_2025_01_01 = LocalDate.of(2025, 1, 1);
    private static final LocalDate DATE_2025_03_01 = LocalDate.of(2025, 3, 1);
    private static final LocalDate DATE_2025_05_01 = LocalDate.of(2025, 5, 1);
    private static final LocalDate DATE_2025_06_10 = LocalDate.of(2025, 6, 10);
    private static final LocalDate DATE_2025_06_11 = LocalDate.of(2025, 6, 11);
    private static final LocalDate DATE_2025_12_31 = LocalDate.of(2025, 12, 31);
    private static final LocalDate DATE_2026_01_01 = LocalDate.of(2026, 1, 1);
    private static final LocalDate DATE_2026_03_01 = LocalDate.of(2026, 3, 1);
    private static final LocalDate DATE_2028_01_01 = LocalDate.of(2028, 1, 1);

    @ParameterizedTest
    @CsvSource({"2025-01-01", "2025-06-10", "2025-12-31"})
    void calendarYear_isTheYearOfTheDate_whateverTheAnchor(LocalDate date) {
        Window year = Window.calendarYear();

        assertThat(year.period(null, date)).isEqualTo(DateRange.of(DATE_2025_01_01, DATE_2026_01_01));
        assertThat(year.period(DATE_2026_03_01, date)).isEqualTo(DateRange.ofYear(2025));
        assertThat(year.isAnchored()).isFalse();
        assertThat(year.isSliding()).isFalse();
        assertThat(year).hasToString("calendar year");
    }

    @Test
    void from_isTheAnchorPlusThePeriod() {
        Window oneYear = Window.from(Period.ofYears(1));

        assertThat(oneYear.period(DATE_2025_03_01, DATE_2025_06_10)).isEqualTo(DateRange.of(DATE_2025_03_01, DATE_2026_03_01));
        assertThat(Window.from(Period.ofMonths(2)).period(DATE_2025_03_01, DATE_2025_03_01))
                .isEqualTo(DateRange.of(DATE_2025_03_01, DATE_2025_05_01));
        assertThat(oneYear.isAnchored()).isTrue();
        assertThat(oneYear.isSliding()).isFalse();
        assertThat(oneYear).hasToString("anchor + P1Y");
    }

    @ParameterizedTest
    @CsvSource({"2025-02-28, false", "2025-03-01, true", "2026-02-28, true", "2026-03-01, false"})
    void from_isHalfOpen(LocalDate date, boolean inside) {
        assertThat(Window.from(Period.ofYears(1)).period(DATE_2025_03_01, date).contains(date)).isEqualTo(inside);
    }

    @Test
    void from_zeroOrNegative_isRejected() {
        assertThatThrownBy(() -> Window.from(Period.ZERO)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("a window lasts a positive period, not P0D");
        assertThatThrownBy(() -> Window.from(Period.ofMonths(-1))).isExactlyInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Window.from(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void untilEndOfYearPlus_endsOn31DecemberOfTheAnchorsYearPlusK() {
        assertThat(Window.untilEndOfYearPlus(2).period(DATE_2025_03_01, DATE_2025_06_10))
                .isEqualTo(DateRange.of(DATE_2025_03_01, DATE_2028_01_01));
        assertThat(Window.untilEndOfYearPlus(0).period(DATE_2025_03_01, DATE_2025_06_10))
                .isEqualTo(DateRange.of(DATE_2025_03_01, DATE_2026_01_01));
        assertThat(Window.untilEndOfYearPlus(0).period(DATE_2025_03_01, DATE_2025_06_10).lastDay()).contains(DATE_2025_12_31);
        assertThat(Window.untilEndOfYearPlus(2).isAnchored()).isTrue();
        assertThat(Window.untilEndOfYearPlus(2)).hasToString("until 31 December of the anchor's year + 2");
    }

    @Test
    void untilEndOfYearPlus_negative_isRejected() {
        assertThatThrownBy(() -> Window.untilEndOfYearPlus(-1)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("years must not be negative: -1");
    }

    @Test
    void unbounded_startsAtTheAnchor_andNeverEnds() {
        DateRange period = Window.unbounded().period(DATE_2025_03_01, DATE_2025_06_10);

        assertThat(period).isEqualTo(DateRange.startingFrom(DATE_2025_03_01));
        assertThat(period.isUnbounded()).isTrue();
        assertThat(period.contains(DATE_2025_03_01.minusDays(1))).isFalse();
        assertThat(Window.unbounded().isAnchored()).isTrue();
        assertThat(Window.unbounded()).hasToString("from the anchor on");
    }

    @Test
    void rollingMonths_areTheMonthsEndingWithTheDate_included() {
        Window twelveMonths = Window.rollingMonths(12);

        assertThat(twelveMonths.period(null, DATE_2025_06_10)).isEqualTo(DateRange.of(DATE_2024_06_11, DATE_2025_06_11));
        assertThat(twelveMonths.isSliding()).isTrue();
        assertThat(twelveMonths.isAnchored()).isFalse();
        assertThat(twelveMonths).hasToString("the 12 months up to the date");
    }

    @ParameterizedTest
    @CsvSource({"2024-06-10, false", "2024-06-11, true", "2025-06-10, true", "2025-06-11, false"})
    void rollingMonths_isHalfOpen(LocalDate day, boolean inside) {
        assertThat(Window.rollingMonths(12).period(null, DATE_2025_06_10).contains(day)).isEqualTo(inside);
    }

    @Test
    void rollingMonths_notPositive_isRejected() {
        assertThatThrownBy(() -> Window.rollingMonths(0)).isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("months must be positive: 0");
    }
}
