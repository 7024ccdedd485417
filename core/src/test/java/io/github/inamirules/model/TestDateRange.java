package io.github.inamirules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestDateRange {
    private static final LocalDate DATE_2025_01_01 = LocalDate.of(2025, 1, 1);
    private static final LocalDate DATE_2025_01_31 = LocalDate.of(2025, 1, 31);
    private static final LocalDate DATE_2025_02_01 = LocalDate.of(2025, 2, 1);
    private static final LocalDate DATE_2025_02_28 = LocalDate.of(2025, 2, 28);
    private static final LocalDate DATE_2025_03_01 = LocalDate.of(2025, 3, 1);
    private static final LocalDate DATE_2025_12_31 = LocalDate.of(2025, 12, 31);
    private static final LocalDate DATE_2026_01_01 = LocalDate.of(2026, 1, 1);

    private static final DateRange FEBRUARY_2025 = DateRange.of(DATE_2025_02_01, DATE_2025_03_01);

    @ParameterizedTest
    @CsvSource({
        "2025-01-31, false",
        "2025-02-01, true",
        "2025-02-14, true",
        "2025-02-28, true",
        "2025-03-01, false",
        "2025-03-02, false",
    })
    void contains_isHalfOpen(LocalDate date, boolean expected) {
        assertThat(FEBRUARY_2025.contains(date)).isEqualTo(expected);
    }

    @Test
    void of_endBeforeStart_namesEndAndBothValues() {
        assertThatThrownBy(() -> DateRange.of(DATE_2025_03_01, DATE_2025_02_01))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("end = 2025-02-01")
                .hasMessageContaining("is before start 2025-03-01");
    }

    @Test
    void of_nullStartOrEnd_throwsNullValueException() {
        assertThatThrownBy(() -> DateRange.of(null, DATE_2025_02_01))
                .isExactlyInstanceOf(NullValueException.class).hasMessage("start must not be null");
        assertThatThrownBy(() -> DateRange.of(DATE_2025_02_01, null))
                .isExactlyInstanceOf(NullValueException.class).hasMessage("end must not be null");
        assertThatThrownBy(() -> DateRange.startingFrom(null)).isInstanceOf(NullValueException.class);
    }

    @Test
    void accessors() {
        assertThat(FEBRUARY_2025.start()).isEqualTo(DATE_2025_02_01);
        assertThat(FEBRUARY_2025.end()).isEqualTo(DATE_2025_03_01);
        assertThat(FEBRUARY_2025.lastDay()).contains(DATE_2025_02_28);
        assertThat(FEBRUARY_2025.isEmpty()).isFalse();
        assertThat(FEBRUARY_2025.isUnbounded()).isFalse();
        assertThat(FEBRUARY_2025).hasToString("[2025-02-01, 2025-03-01)");
    }

    @Test
    void ofYear_isTheCalendarYear() {
        DateRange year = DateRange.ofYear(2025);

        assertThat(year).isEqualTo(DateRange.of(DATE_2025_01_01, DATE_2026_01_01));
        assertThat(year.contains(DATE_2025_01_01)).isTrue();
        assertThat(year.contains(DATE_2025_12_31)).isTrue();
        assertThat(year.contains(DATE_2026_01_01)).isFalse();
        assertThat(year.lastDay()).contains(DATE_2025_12_31);
    }

    @Test
    void ofClosed_includesTheLastDay() {
        DateRange closed = DateRange.ofClosed(DATE_2025_02_01, DATE_2025_02_28);

        assertThat(closed).isEqualTo(FEBRUARY_2025);
        assertThat(closed.contains(DATE_2025_02_28)).isTrue();
        assertThat(closed.contains(DATE_2025_03_01)).isFalse();
    }

    @Test
    void ofClosed_sameDay_isOneDay() {
        DateRange oneDay = DateRange.ofClosed(DATE_2025_02_01, DATE_2025_02_01);

        assertThat(oneDay.isEmpty()).isFalse();
        assertThat(oneDay.contains(DATE_2025_02_01)).isTrue();
        assertThat(oneDay.lastDay()).contains(DATE_2025_02_01);
    }

    @Test
    void ofClosed_lastDayTwoDaysBeforeStart_isInvalid() {
        assertThatThrownBy(() -> DateRange.ofClosed(DATE_2025_03_01, LocalDate.of(2025, 2, 27)))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageContaining("end = 2025-02-28");
        assertThatThrownBy(() -> DateRange.ofClosed(DATE_2025_03_01, null))
                .isExactlyInstanceOf(NullValueException.class).hasMessage("endInclusive must not be null");
    }

    @Test
    void ofClosed_lastDayMax_isUnbounded_insteadOfLeakingDateTimeException() {
        DateRange range = DateRange.ofClosed(DATE_2025_02_01, LocalDate.MAX);
        assertThat(range.isUnbounded()).isTrue();
        assertThat(range).isEqualTo(DateRange.startingFrom(DATE_2025_02_01));
    }

    @Test
    void startingFrom_isUnbounded() {
        DateRange open = DateRange.startingFrom(DATE_2025_02_01);

        assertThat(open.isUnbounded()).isTrue();
        assertThat(open.end()).isEqualTo(LocalDate.MAX);
        assertThat(open.contains(DATE_2025_01_31)).isFalse();
        assertThat(open.contains(DATE_2025_02_01)).isTrue();
        assertThat(open.contains(LocalDate.of(9999, 12, 31))).isTrue();
        assertThat(open.lastDay()).isEmpty();
        assertThat(open).hasToString("[2025-02-01, +inf)");
    }

    @Test
    void emptyRange_containsNoDay() {
        DateRange empty = DateRange.of(DATE_2025_02_01, DATE_2025_02_01);

        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.contains(DATE_2025_02_01)).isFalse();
        assertThat(empty.lastDay()).isEmpty();
        assertThat(empty.overlaps(DateRange.ofYear(2025))).isFalse();
        assertThat(empty.overlaps(empty)).isFalse();
    }

    @ParameterizedTest(name = "[{0}, {1}) overlaps [{2}, {3}) = {4}")
    @CsvSource({
        // touching ranges share no day
        "2025-01-01, 2025-02-01, 2025-02-01, 2025-03-01, false",
        "2025-01-01, 2025-02-02, 2025-02-01, 2025-03-01, true",
        "2025-02-01, 2025-03-01, 2025-02-01, 2025-03-01, true",
        "2025-01-01, 2026-01-01, 2025-02-01, 2025-03-01, true",
        "2025-01-01, 2025-01-15, 2025-02-01, 2025-03-01, false",
        // an empty range overlaps nothing, even inside another
        "2025-02-01, 2025-02-01, 2025-01-01, 2025-03-01, false",
        "2025-02-15, 2025-02-15, 2025-02-01, 2025-03-01, false",
        "2025-02-01, MAX, 2025-01-01, 2025-02-02, true",
        "2025-02-01, MAX, 2025-01-01, 2025-02-01, false",
        "2025-02-01, MAX, 2030-01-01, MAX, true",
    })
    void overlaps_isSymmetric_andTouchingRangesDoNotOverlap(String a1, String a2, String b1, String b2,
            boolean expected) {
        DateRange a = range(a1, a2);
        DateRange b = range(b1, b2);

        assertThat(a.overlaps(b)).isEqualTo(expected);
        assertThat(b.overlaps(a)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}, {1}) encloses [{2}, {3}) = {4}")
    @CsvSource({
        "2025-01-01, 2026-01-01, 2025-02-01, 2025-03-01, true",
        "2025-02-01, 2025-03-01, 2025-01-01, 2026-01-01, false",
        "2025-02-01, 2025-03-01, 2025-02-01, 2025-03-01, true",
        "2025-02-01, 2025-03-01, 2025-02-15, 2025-03-02, false",
        "2025-02-01, 2025-03-01, 2025-01-31, 2025-02-15, false",
        "2025-01-01, MAX, 2025-02-01, 2025-03-01, true",
        "2025-01-01, MAX, 2025-02-01, MAX, true",
        "2025-01-01, 2026-01-01, 2025-02-01, MAX, false",
        "2025-02-01, 2025-03-01, 2025-02-10, 2025-02-10, true",
    })
    void encloses(String a1, String a2, String b1, String b2, boolean expected) {
        assertThat(range(a1, a2).encloses(range(b1, b2))).isEqualTo(expected);
    }

    @Test
    void equalsAndHashCode_areByStartAndEnd() {
        assertThat(DateRange.of(DATE_2025_02_01, DATE_2025_03_01))
                .isEqualTo(FEBRUARY_2025)
                .hasSameHashCodeAs(FEBRUARY_2025)
                .isNotEqualTo(DateRange.of(DATE_2025_02_01, DATE_2025_02_28))
                .isNotEqualTo(DateRange.startingFrom(DATE_2025_02_01));
    }

    private static DateRange range(String start, String end) {
        return DateRange.of(LocalDate.parse(start), "MAX".equals(end) ? LocalDate.MAX : LocalDate.parse(end));
    }
}
