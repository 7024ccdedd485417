package io.github.inamirules.model;

import io.github.inamirules.InvalidInputException;
import java.time.LocalDate;

/**
 * The days the library takes as input: from {@value #FIRST_YEAR}-01-01 to {@value #LAST_YEAR}-12-31.
 * A date of service, a prescription date or a birth date outside them is an input error naming the
 * field, never a {@code DateTimeException} from date arithmetic near the ends of the calendar. Periods
 * may still be unbounded ({@link DateRange#startingFrom(LocalDate)}).
 */
public final class Dates {
    /** The first year taken as input. */
    public static final int FIRST_YEAR = 1900;
    /** The last year taken as input. */
    public static final int LAST_YEAR = 2999;
    /** The first day taken as input. */
    public static final LocalDate FIRST = LocalDate.of(FIRST_YEAR, 1, 1);
    /** The last day taken as input. */
    public static final LocalDate LAST = LocalDate.of(LAST_YEAR, 12, 31);
    /** The days taken as input, half-open. */
    public static final DateRange SUPPORTED = DateRange.of(FIRST, LAST.plusDays(1));

    private Dates() {
    }

    /**
     * Checks that a date is one the library takes as input.
     *
     * @param field the field's name, for the message
     * @param date the date
     * @return the date
     * @throws InvalidInputException if it is before {@link #FIRST} or after {@link #LAST}
     */
    public static LocalDate check(String field, LocalDate date) {
        if (date != null && !SUPPORTED.contains(date)) {
            throw InvalidInputException.of(field, date, "is outside the dates taken as input, " + FIRST + " to " + LAST);
        }
        return date;
    }
}
