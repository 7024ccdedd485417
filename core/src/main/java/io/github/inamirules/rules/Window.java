package io.github.inamirules.rules;

import io.github.inamirules.model.DateRange;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A counting period of the law, computed from a session's date or from the day that opened it
 * (the anchor: a first session, a prescription, a programme's end). Every window is half-open
 * {@code [start, end)}.
 *
 * <ul>
 *   <li>{@link #calendarYear()}: the calendar year of the date;</li>
 *   <li>{@link #from(Period)}: the anchor plus a period, such as one year from a first session
 *       ({@code [2025-03-01, 2026-03-01)}), 2 months from a prescription, 6 months after a programme;</li>
 *   <li>{@link #untilEndOfYearPlus(int)}: from the anchor to 31 December of the anchor's year + K
 *       (K = 2: {@code [2025-03-01, 2028-01-01)});</li>
 *   <li>{@link #unbounded()}: from the anchor on, with no end;</li>
 *   <li>{@link #rollingMonths(int)}: the N months that end with the date, included
 *       ({@code [2024-06-11, 2025-06-11)} for 2025-06-10 and N = 12).</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public abstract class Window {
    private Window() {
    }

    /**
     * Returns the calendar year of the date.
     *
     * @return the window
     */
    public static Window calendarYear() {
        return CalendarYear.INSTANCE;
    }

    /**
     * Returns the anchor plus a period.
     *
     * @param length the period, e.g. {@code Period.ofYears(1)} or {@code Period.ofMonths(2)}
     * @return the window
     */
    public static Window from(Period length) {
        Objects.requireNonNull(length, "length");
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("a window lasts a positive period, not " + length);
        }
        return new Anchored("anchor + ", length) {
            @Override
            public DateRange period(LocalDate anchor, LocalDate date) {
                return DateRange.of(anchor, anchor.plus(length));
            }
        };
    }

    /**
     * Returns the days from the anchor to 31 December of the anchor's year plus some years.
     *
     * @param years how many years after the anchor's year the window ends, 0 for the same year
     * @return the window
     */
    public static Window untilEndOfYearPlus(int years) {
        if (years < 0) {
            throw new IllegalArgumentException("years must not be negative: " + years);
        }
        return new Anchored("until 31 December of the anchor's year + ", years) {
            @Override
            public DateRange period(LocalDate anchor, LocalDate date) {
                return DateRange.of(anchor, LocalDate.of(anchor.getYear() + years + 1, 1, 1));
            }
        };
    }

    /**
     * Returns the days from the anchor on, without end.
     *
     * @return the window
     */
    public static Window unbounded() {
        return new Anchored("from the anchor on", "") {
            @Override
            public DateRange period(LocalDate anchor, LocalDate date) {
                return DateRange.startingFrom(anchor);
            }
        };
    }

    /**
     * Returns the months that end with the date, the date included.
     *
     * @param months how many months, positive
     * @return the window
     */
    public static Window rollingMonths(int months) {
        if (months <= 0) {
            throw new IllegalArgumentException("months must be positive: " + months);
        }
        return new Window() {
            @Override
            public DateRange period(LocalDate anchor, LocalDate date) {
                return DateRange.of(date.plusDays(1).minusMonths(months), date.plusDays(1));
            }

            @Override
            public boolean isAnchored() {
                return false;
            }

            @Override
            public boolean isSliding() {
                return true;
            }

            @Override
            public String toString() {
                return "the " + months + " months up to the date";
            }
        };
    }

    /**
     * Computes the window.
     *
     * @param anchor the day that opened it (ignored by windows that are not anchored; may then be null)
     * @param date the day of service
     * @return the period, half-open
     */
    public abstract DateRange period(LocalDate anchor, LocalDate date);

    /**
     * Computes a window that is not anchored (a calendar year, a rolling window) from the date alone.
     *
     * @param date the day of service
     * @return the period, half-open
     * @throws IllegalStateException if the window needs an anchor
     */
    public DateRange period(LocalDate date) {
        if (isAnchored()) {
            throw new IllegalStateException(this + " needs an anchor: use period(anchor, date)");
        }
        return period(null, date);
    }

    /**
     * Tells whether the window depends on an anchor rather than on the date alone.
     *
     * @return true for windows opened by a first session or another anchor
     */
    public abstract boolean isAnchored();

    /**
     * Tells whether the window moves with each date (a rolling window), so that counting in it means
     * counting the sessions whose dates fall inside it.
     *
     * @return true for rolling windows
     */
    public boolean isSliding() {
        return false;
    }

    private static final class CalendarYear extends Window {
        static final CalendarYear INSTANCE = new CalendarYear();

        @Override
        public DateRange period(LocalDate anchor, LocalDate date) {
            return DateRange.ofYear(date.getYear());
        }

        @Override
        public boolean isAnchored() {
            return false;
        }

        @Override
        public String toString() {
            return "calendar year";
        }
    }

    private abstract static class Anchored extends Window {
        private final String description;
        private final Object detail;

        /** The description is joined only when shown: a rule may make a window at every session. */
        Anchored(String description, Object detail) {
            this.description = description;
            this.detail = detail;
        }

        @Override
        public final boolean isAnchored() {
            return true;
        }

        @Override
        public String toString() {
            return description + detail;
        }
    }
}
