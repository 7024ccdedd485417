package io.github.inamirules.complementary.maf;

import io.github.inamirules.model.Money;
import io.github.inamirules.rates.Provenance;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The ceiling of patient shares of one MAF bracket in one calendar year, with the income band of an
 * income bracket as the source writes it (both ends included, in euros of net taxable household
 * income); or an explicit unknown, whose note says what was searched. A year without any row has no
 * provenance: {@link MafRules#ceiling} says so instead of guessing.
 *
 * <p>Immutable and thread-safe.
 */
public final class MafCeiling {
    private final int year;
    private final MafBracket bracket;
    private final @Nullable Money ceiling;
    private final @Nullable Money incomeFrom;
    private final @Nullable Money incomeTo;
    private final @Nullable Provenance provenance;
    private final String note;

    MafCeiling(int year, MafBracket bracket, @Nullable Money ceiling, @Nullable Money incomeFrom,
            @Nullable Money incomeTo, @Nullable Provenance provenance, String note) {
        this.year = year;
        this.bracket = Objects.requireNonNull(bracket, "bracket");
        this.ceiling = ceiling;
        this.incomeFrom = incomeFrom;
        this.incomeTo = incomeTo;
        this.provenance = provenance;
        this.note = Objects.requireNonNull(note, "note");
    }

    /**
     * Returns the calendar year.
     *
     * @return the year
     */
    public int year() {
        return year;
    }

    /**
     * Returns the bracket.
     *
     * @return the bracket
     */
    public MafBracket bracket() {
        return bracket;
    }

    /**
     * Returns the ceiling of patient shares.
     *
     * @return the ceiling; empty when no source gives it
     */
    public Optional<Money> amount() {
        return Optional.ofNullable(ceiling);
    }

    /**
     * Tells whether the ceiling is known.
     *
     * @return true if {@link #amount()} is present
     */
    public boolean isKnown() {
        return ceiling != null;
    }

    /**
     * Returns the lowest net taxable household income of the bracket, as written by the source.
     *
     * @return the income, for an income bracket with a known band
     */
    public Optional<Money> incomeFrom() {
        return Optional.ofNullable(incomeFrom);
    }

    /**
     * Returns the highest net taxable household income of the bracket (included), as written by the
     * source.
     *
     * @return the income; empty for the highest bracket or an unknown band
     */
    public Optional<Money> incomeTo() {
        return Optional.ofNullable(incomeTo);
    }

    /**
     * Returns the provenance of the row.
     *
     * @return the provenance; empty when the data hold no row for the year at all
     */
    public Optional<Provenance> provenance() {
        return Optional.ofNullable(provenance);
    }

    /**
     * Returns what the data say of the figure: the source's remark, or for an unknown what was searched,
     * or that no sourced threshold exists for the year.
     *
     * @return the note
     */
    public String note() {
        return note;
    }

    @Override
    public String toString() {
        return year + " " + bracket.id() + ": " + (ceiling == null ? "unknown (" + note + ")" : ceiling.toString());
    }
}
