package io.github.inamirules.complementary;

import io.github.inamirules.model.DateRange;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * What a benefit's cap limits: a number of sessions or an amount, per day, per calendar year or per
 * lifetime. The per-session cap is the maximum of a percentage ({@link BenefitAmount#maximum()}). The
 * id of each kind is the column of the data files and the id of its {@link BenefitCounter}.
 *
 * <p>Only the sessions and amounts of the care history given count: a lifetime cap counts what that
 * history holds, so a caller with an older history adds it.
 */
public enum CapKind {
    /** Sessions with a benefit on one day. */
    SESSIONS_PER_DAY,
    /** Sessions with a benefit in one calendar year. */
    SESSIONS_PER_YEAR,
    /** Sessions with a benefit over the member's life. */
    SESSIONS_PER_LIFETIME,
    /** Amount paid in one calendar year. */
    AMOUNT_PER_YEAR,
    /** Amount paid over the member's life. */
    AMOUNT_PER_LIFETIME;

    /**
     * Returns the id: the column of the data files and the counter's id.
     *
     * @return e.g. {@code sessions_per_year}
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Tells whether the cap limits an amount (rather than a number of sessions).
     *
     * @return true for the amount caps
     */
    public boolean isAmount() {
        return this == AMOUNT_PER_YEAR || this == AMOUNT_PER_LIFETIME;
    }

    /**
     * Returns the period over which the cap counts on a day.
     *
     * @param date the day of a session
     * @return the day or its calendar year; empty for a lifetime cap
     */
    public Optional<DateRange> periodOf(LocalDate date) {
        switch (this) {
            case SESSIONS_PER_DAY:
                return Optional.of(DateRange.of(date, date.plusDays(1)));
            case SESSIONS_PER_YEAR:
            case AMOUNT_PER_YEAR:
                return Optional.of(DateRange.ofYear(date.getYear()));
            default:
                return Optional.empty();
        }
    }
}
