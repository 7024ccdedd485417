package io.github.inamirules.rates;

import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Profession;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a rate module covers: one profession over a half-open period {@code [start, end)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Coverage {
    private final Profession profession;
    private final DateRange period;

    private Coverage(Profession profession, DateRange period) {
        this.profession = Objects.requireNonNull(profession, "profession");
        this.period = Objects.requireNonNull(period, "period");
    }

    /**
     * Obtains a coverage.
     *
     * @param profession the profession
     * @param period the period, half-open
     * @return the coverage
     */
    public static Coverage of(Profession profession, DateRange period) {
        return new Coverage(profession, period);
    }

    /**
     * Returns the profession covered.
     *
     * @return the profession
     */
    public Profession profession() {
        return profession;
    }

    /**
     * Returns the period covered.
     *
     * @return the period, half-open
     */
    public DateRange period() {
        return period;
    }

    /**
     * Tells whether a profession on a date is covered.
     *
     * @param p the profession
     * @param date the day
     * @return true if covered
     */
    public boolean covers(Profession p, LocalDate date) {
        return profession.equals(p) && period.contains(date);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Coverage && profession.equals(((Coverage) obj).profession)
                && period.equals(((Coverage) obj).period);
    }

    @Override
    public int hashCode() {
        return profession.hashCode() * 31 + period.hashCode();
    }

    @Override
    public String toString() {
        return profession + " " + period;
    }
}
