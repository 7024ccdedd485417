package io.github.inamirules.rates;

import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Profession;
import java.util.Objects;

/**
 * What every row of rate data has: the profession it is for, the half-open period during which it
 * holds, and its provenance. Rows of one {@link #key()} must not overlap.
 *
 * <p>Subclasses are immutable and thread-safe.
 */
public abstract class RateRow {
    private final Profession profession;
    private final DateRange period;
    private final Provenance provenance;

    RateRow(Profession profession, DateRange period, Provenance provenance) {
        this.profession = Objects.requireNonNull(profession, "profession");
        this.period = Objects.requireNonNull(period, "period");
        this.provenance = Objects.requireNonNull(provenance, "provenance");
    }

    /**
     * Returns the profession the row is for.
     *
     * @return the profession
     */
    public Profession profession() {
        return profession;
    }

    /**
     * Returns the period during which the row holds, half-open.
     *
     * @return the period
     */
    public DateRange period() {
        return period;
    }

    /**
     * Returns where the figure comes from.
     *
     * @return the provenance
     */
    public Provenance provenance() {
        return provenance;
    }

    /**
     * Returns what identifies the row apart from its period; two rows with the same key must not
     * overlap.
     *
     * @return the key, e.g. a parameter name or a nomenclature code
     */
    public abstract String key();
}
