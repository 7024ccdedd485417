package io.github.inamirules.complementary;

import io.github.inamirules.model.DateRange;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The state of one cap of a benefit after a session: what it counts ({@link #kind()}, whose id is
 * the counter's id), over which period, how much is used and what the limit is. Sessions count when
 * the benefit pays them something (or an amount not known yet); a refused or zero session never
 * counts. A counter never shows more than its limit.
 *
 * <p>Immutable and thread-safe.
 */
public final class BenefitCounter {
    private final String mutuality;
    private final String benefitId;
    private final CapKind kind;
    private final @Nullable DateRange period;
    private final BigDecimal used;
    private final BigDecimal limit;
    private final boolean usedKnown;

    BenefitCounter(String mutuality, String benefitId, CapKind kind, @Nullable DateRange period, BigDecimal used,
            BigDecimal limit, boolean usedKnown) {
        this.mutuality = Objects.requireNonNull(mutuality, "mutuality");
        this.benefitId = Objects.requireNonNull(benefitId, "benefitId");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.period = period;
        this.used = used.min(limit);
        this.limit = limit;
        this.usedKnown = usedKnown;
    }

    /**
     * Returns the counter's id, {@code kind().id()}: {@code sessions_per_year}, {@code amount_per_year}…
     *
     * @return the id
     */
    public String id() {
        return kind.id();
    }

    /**
     * Returns what the counter counts.
     *
     * @return the kind
     */
    public CapKind kind() {
        return kind;
    }

    /**
     * Returns the mutuality whose benefit it counts.
     *
     * @return the mutuality's id
     */
    public String mutuality() {
        return mutuality;
    }

    /**
     * Returns the benefit it counts.
     *
     * @return the benefit's id
     */
    public String benefitId() {
        return benefitId;
    }

    /**
     * Returns the period counted: the day or the calendar year.
     *
     * @return the period; empty for a lifetime counter
     */
    public Optional<DateRange> period() {
        return Optional.ofNullable(period);
    }

    /**
     * Returns how much is used: sessions, or euros for an amount counter.
     *
     * @return the used part, never above the limit; for an amount counter with an amount not known, the
     *     known part ({@link #isUsedKnown()})
     */
    public BigDecimal used() {
        return used;
    }

    /**
     * Returns the limit.
     *
     * @return sessions, or euros
     */
    public BigDecimal limit() {
        return limit;
    }

    /**
     * Returns what is left.
     *
     * @return limit minus used, never negative; an upper bound if {@link #isUsedKnown()} is false
     */
    public BigDecimal remaining() {
        return limit.subtract(used).max(BigDecimal.ZERO);
    }

    /**
     * Tells whether every amount counted is known.
     *
     * @return false when an earlier amount of the period is unknown
     */
    public boolean isUsedKnown() {
        return usedKnown;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof BenefitCounter)) {
            return false;
        }
        BenefitCounter o = (BenefitCounter) obj;
        return mutuality.equals(o.mutuality) && benefitId.equals(o.benefitId) && kind == o.kind
                && Objects.equals(period, o.period) && used.compareTo(o.used) == 0 && limit.compareTo(o.limit) == 0
                && usedKnown == o.usedKnown;
    }

    @Override
    public int hashCode() {
        return Objects.hash(mutuality, benefitId, kind, period, used.stripTrailingZeros(), limit.stripTrailingZeros());
    }

    @Override
    public String toString() {
        return benefitId + " " + kind.id() + (period == null ? "" : " " + period) + ": " + used.toPlainString()
                + (usedKnown ? "" : "+?") + " of " + limit.toPlainString();
    }
}
