package io.github.inamirules.model;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;

/**
 * A half-open range of dates {@code [start, end)}: the start day is included, the end day is not.
 *
 * <p>Every period of the library (a rate's validity, an approval's period, a convention adhesion,
 * an entitlement window) is a {@code DateRange}, the same semantics as ThreeTen-Extra's
 * {@code LocalDateRange}. The calendar year 2025 is {@code [2025-01-01, 2026-01-01)}. A range
 * with no known end is {@link #startingFrom(LocalDate) unbounded}; its end is
 * {@link LocalDate#MAX}. An empty range ({@code start == end}) is allowed and contains no day.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DateRange {

    private final LocalDate start;
    private final LocalDate end;

    private DateRange(LocalDate start, LocalDate end) {
        this.start = start;
        this.end = end;
    }

    /**
     * Obtains the range {@code [start, end)}.
     *
     * @param start the first day, included
     * @param end the day after the last, excluded; not before {@code start}
     * @return the range
     * @throws InvalidInputException if {@code end} is before {@code start}
     */
    public static DateRange of(LocalDate start, LocalDate end) {
        if (start == null) {
            throw new NullValueException("start");
        }
        if (end == null) {
            throw new NullValueException("end");
        }
        if (end.isBefore(start)) {
            throw InvalidInputException.of("end", end, "is before start " + start);
        }
        return new DateRange(start, end);
    }

    /**
     * Obtains the range {@code [start, +infinity)}.
     *
     * @param start the first day, included
     * @return the unbounded range
     */
    public static DateRange startingFrom(LocalDate start) {
        return of(start, LocalDate.MAX);
    }

    /**
     * Obtains the calendar year {@code [year-01-01, (year+1)-01-01)}.
     *
     * @param year the year
     * @return the range of that year
     */
    public static DateRange ofYear(int year) {
        if (year < Year.MIN_VALUE || year >= Year.MAX_VALUE) {
            throw InvalidInputException.of("year", year, "is outside the calendar");
        }
        int cached = year - FIRST_CACHED_YEAR;
        if (cached >= 0 && cached < YEARS.length) {
            return YEARS[cached];
        }
        return of(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    /** The first of the years {@link #ofYear} keeps, as counting rules ask for them at every session. */
    private static final int FIRST_CACHED_YEAR = 1990;
    private static final DateRange[] YEARS = new DateRange[120];

    static {
        for (int i = 0; i < YEARS.length; i++) {
            int year = FIRST_CACHED_YEAR + i;
            YEARS[i] = of(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
        }
    }

    /**
     * Obtains the range from {@code start} to {@code endInclusive}, both included, for callers that
     * hold an inclusive last day (as many official texts do).
     *
     * @param start the first day
     * @param endInclusive the last day, included
     * @return the range {@code [start, endInclusive + 1 day)}; unbounded if {@code endInclusive} is
     *     {@link LocalDate#MAX}
     */
    public static DateRange ofClosed(LocalDate start, LocalDate endInclusive) {
        if (endInclusive == null) {
            throw new NullValueException("endInclusive");
        }
        return of(start, endInclusive.equals(LocalDate.MAX) ? LocalDate.MAX : endInclusive.plusDays(1));
    }

    /**
     * Returns the first day, included.
     *
     * @return the start
     */
    public LocalDate start() {
        return start;
    }

    /**
     * Returns the day after the last, excluded; {@link LocalDate#MAX} if unbounded.
     *
     * @return the exclusive end
     */
    public LocalDate end() {
        return end;
    }

    /**
     * Tells whether the range has no end.
     *
     * @return true if the end is {@link LocalDate#MAX}
     */
    public boolean isUnbounded() {
        return end.equals(LocalDate.MAX);
    }

    /**
     * Returns the last day included, if the range is bounded and not empty.
     *
     * @return the last day, or empty
     */
    public Optional<LocalDate> lastDay() {
        return isUnbounded() || isEmpty() ? Optional.empty() : Optional.of(end.minusDays(1));
    }

    /**
     * Tells whether the range contains no day.
     *
     * @return true if {@code start == end}
     */
    public boolean isEmpty() {
        return start.equals(end);
    }

    /**
     * Tells whether a day is in the range: {@code start <= date < end}.
     *
     * @param date the day
     * @return true if the day is in the range
     */
    public boolean contains(LocalDate date) {
        if (date == null) {
            throw new io.github.inamirules.NullValueException("date");
        }
        return !date.isBefore(start) && date.isBefore(end);
    }

    /**
     * Tells whether another range lies wholly inside this one.
     *
     * @param other the other range
     * @return true if every day of {@code other} is in this range
     */
    public boolean encloses(DateRange other) {
        if (other == null) {
            throw new io.github.inamirules.NullValueException("other");
        }
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    /**
     * Tells whether the two ranges share at least one day.
     *
     * @param other the other range
     * @return true if they overlap
     */
    public boolean overlaps(DateRange other) {
        if (other == null) {
            throw new io.github.inamirules.NullValueException("other");
        }
        return start.isBefore(other.end) && other.start.isBefore(end)
                && !isEmpty() && !other.isEmpty();
    }

    @Override
    public boolean equals(Object obj) {
        if (obj == this) {
            return true;                           // calendar years are shared (ofYear)
        }
        if (!(obj instanceof DateRange)) {
            return false;
        }
        DateRange other = (DateRange) obj;
        return start.equals(other.start) && end.equals(other.end);
    }

    @Override
    public int hashCode() {
        return start.hashCode() * 31 + end.hashCode();
    }

    /**
     * Returns the range as {@code [start, end)}, with {@code +inf} for an unbounded end.
     *
     * @return the range as text
     */
    @Override
    public String toString() {
        return "[" + start + ", " + (isUnbounded() ? "+inf" : end.toString()) + ")";
    }

    /** Whether one of the ranges contains the day: a loop, because it runs for every session. */
    static boolean anyContains(java.util.List<DateRange> ranges, LocalDate date) {
        for (int i = 0; i < ranges.size(); i++) {
            if (ranges.get(i).contains(date)) {
                return true;
            }
        }
        return false;
    }
}
