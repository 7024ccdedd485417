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
    private final java.util.Map<String, Integer> columns;

    RateRow(Profession profession, DateRange period, Provenance provenance, java.util.Map<String, Integer> columns) {
        this.profession = Objects.requireNonNull(profession, "profession");
        this.period = Objects.requireNonNull(period, "period");
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        this.columns = columns instanceof RateFileReader.ColumnStarts ? columns : java.util.Map.copyOf(columns);
    }

    /**
     * Returns where a field of the row is: {@code module:file:line:column}, or {@code module:file:line}
     * for a row not read from a file.
     *
     * @param column the column name
     * @return the location
     */
    public String location(String column) {
        Integer at = columns.get(column);
        return at == null ? provenance.location() : provenance.location() + ":" + at;
    }

    /**
     * Tells whether no source gives the row's figure ({@link ProvenanceStatus#UNKNOWN}).
     *
     * @return true for an explicit unknown row
     */
    public boolean isUnknown() {
        return provenance.status() == ProvenanceStatus.UNKNOWN;
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
