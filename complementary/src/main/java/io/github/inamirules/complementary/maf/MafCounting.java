package io.github.inamirules.complementary.maf;

import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Profession;
import io.github.inamirules.rates.Provenance;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Whether the legal patient shares (tickets modérateurs / remgelden) of a profession count towards
 * the MAF over a period, as a source states it; or an explicit unknown when no source says.
 * Supplements never count, whatever this says.
 *
 * <p>Immutable and thread-safe.
 */
public final class MafCounting {
    private final Profession profession;
    private final DateRange period;
    private final @Nullable Boolean counts;
    private final Provenance provenance;

    MafCounting(Profession profession, DateRange period, @Nullable Boolean counts, Provenance provenance) {
        this.profession = Objects.requireNonNull(profession, "profession");
        this.period = Objects.requireNonNull(period, "period");
        this.counts = counts;
        this.provenance = Objects.requireNonNull(provenance, "provenance");
    }

    /**
     * Returns the profession.
     *
     * @return the profession
     */
    public Profession profession() {
        return profession;
    }

    /**
     * Returns the period of the row.
     *
     * @return {@code [from, to)}
     */
    public DateRange period() {
        return period;
    }

    /**
     * Tells whether the profession's legal patient shares count towards the MAF.
     *
     * @return true or false; empty when no source says (the row is {@code unknown})
     */
    public Optional<Boolean> counts() {
        return Optional.ofNullable(counts);
    }

    /**
     * Returns where the statement comes from; for an unknown, what was searched.
     *
     * @return the provenance
     */
    public Provenance provenance() {
        return provenance;
    }

    @Override
    public String toString() {
        return profession.id() + " " + period + ": " + (counts == null ? "unknown" : counts ? "counts" : "does not count");
    }
}
