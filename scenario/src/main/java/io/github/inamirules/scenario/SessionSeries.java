package io.github.inamirules.scenario;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A regular rhythm of sessions: N sessions from a first day, on given weekdays or every K days. The one
 * series generator of the library: scenario files ({@code repeat}, {@code on}, {@code every}) and the
 * command line ({@code simulate --on / --every}) both use it, so "20 sessions, Mondays and Thursdays,
 * from 2025-03-03" means the same dates everywhere.
 *
 * <p>Immutable and thread-safe.
 */
public final class SessionSeries {
    /** Most sessions one series may generate. */
    public static final int MAX_SESSIONS = 1_000;

    private final int count;
    private final LocalDate from;
    private final Set<DayOfWeek> weekdays;
    private final int everyDays;

    private SessionSeries(int count, LocalDate from, Set<DayOfWeek> weekdays, int everyDays) {
        if (count < 1 || count > MAX_SESSIONS) {
            throw new IllegalArgumentException("a series has 1 to " + MAX_SESSIONS + " sessions, not " + count);
        }
        if (everyDays < 1) {
            throw new IllegalArgumentException("every must be at least 1 day, not " + everyDays);
        }
        this.count = count;
        this.from = Objects.requireNonNull(from, "from");
        this.weekdays = weekdays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekdays));
        this.everyDays = everyDays;
    }

    /**
     * Returns a series on some weekdays: the first session on the first of those days on or after
     * {@code from}.
     *
     * @param count how many sessions, 1 to {@value #MAX_SESSIONS}
     * @param from the first day a session may take place
     * @param weekdays the days of the week, at least one
     * @return the series
     */
    public static SessionSeries onWeekdays(int count, LocalDate from, Set<DayOfWeek> weekdays) {
        if (weekdays.isEmpty()) {
            throw new IllegalArgumentException("give at least one weekday");
        }
        return new SessionSeries(count, from, weekdays, 1);
    }

    /**
     * Returns a series every K days, the first on {@code from}.
     *
     * @param count how many sessions, 1 to {@value #MAX_SESSIONS}
     * @param from the day of the first session
     * @param everyDays the days between two sessions, at least 1
     * @return the series
     */
    public static SessionSeries everyDays(int count, LocalDate from, int everyDays) {
        return new SessionSeries(count, from, Set.of(), everyDays);
    }

    /**
     * Returns the dates of the sessions, in order.
     *
     * @return the dates
     */
    public List<LocalDate> dates() {
        List<LocalDate> dates = new ArrayList<>(count);
        LocalDate day = from;
        for (int i = 0; i < count; i++) {
            while (!weekdays.isEmpty() && !weekdays.contains(day.getDayOfWeek())) {
                day = day.plusDays(1);
            }
            dates.add(day);
            day = day.plusDays(weekdays.isEmpty() ? everyDays : 1);
        }
        return dates;
    }

    /**
     * Returns the weekdays of the series.
     *
     * @return the weekdays; empty for a series every K days
     */
    public Set<DayOfWeek> weekdays() {
        return weekdays;
    }

    /**
     * Returns the days between two sessions of a series that is not on weekdays.
     *
     * @return the days
     */
    public int everyDays() {
        return everyDays;
    }
}
