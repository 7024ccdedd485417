package io.github.inamirules.complementary.maf;

import io.github.inamirules.model.Money;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How far a household is from its MAF ceiling in a calendar year: the ceiling of its bracket, what
 * counts so far (the MAF-counting shares of the assessed sessions plus the other MAF-counting
 * expenses the user supplies), and what is left before the mutuality refunds further patient shares.
 * When the ceiling is unknown (no sourced threshold for the year), so is what is left. When the year's
 * total is not complete (unclassified professions, unknown shares), what is left is an upper bound.
 *
 * <p>Immutable and thread-safe.
 */
public final class CeilingDistance {
    private final MafCeiling ceiling;
    private final MafYear year;
    private final Money otherExpenses;

    CeilingDistance(MafCeiling ceiling, MafYear year, Money otherExpenses) {
        this.ceiling = Objects.requireNonNull(ceiling, "ceiling");
        this.year = Objects.requireNonNull(year, "year");
        this.otherExpenses = Objects.requireNonNull(otherExpenses, "otherExpenses");
    }

    /**
     * Returns the ceiling of the household's bracket in the year.
     *
     * @return the ceiling, known or explicitly unknown
     */
    public MafCeiling ceiling() {
        return ceiling;
    }

    /**
     * Returns the year's MAF view of the assessed sessions.
     *
     * @return the year
     */
    public MafYear mafYear() {
        return year;
    }

    /**
     * Returns what counts so far: the assessed sessions' counting shares plus the other expenses.
     *
     * @return the sum
     */
    public Money counted() {
        return year.counted().plus(otherExpenses);
    }

    /**
     * Returns the other MAF-counting expenses of the year the user supplied.
     *
     * @return the amount
     */
    public Money otherExpenses() {
        return otherExpenses;
    }

    /**
     * Returns what is left before the ceiling.
     *
     * @return the ceiling minus what counts, never negative; empty when the ceiling is unknown
     */
    public Optional<Money> remaining() {
        return ceiling.amount().map(c -> c.minus(counted().min(c)));
    }

    /**
     * Tells whether the ceiling is reached.
     *
     * @return true or false; empty when the ceiling is unknown
     */
    public Optional<Boolean> isReached() {
        return remaining().map(Money::isZero);
    }

    /**
     * Tells whether {@link #remaining()} is exact.
     *
     * @return false when the year has unclassified professions or unknown shares (the remainder is then
     *     an upper bound) or the ceiling is unknown
     */
    public boolean isExact() {
        return ceiling.isKnown() && year.isComplete();
    }

    @Override
    public String toString() {
        @Nullable Money left = remaining().orElse(null);
        return ceiling + ", counted " + counted() + ", remaining " + (left == null ? "unknown" : left)
                + (isExact() ? "" : " (not exact)");
    }
}
