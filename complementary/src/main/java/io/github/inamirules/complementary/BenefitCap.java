package io.github.inamirules.complementary;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One cap of a benefit: its kind and its limit (a number of sessions, or euros for an amount cap).
 *
 * <p>Immutable and thread-safe.
 */
public final class BenefitCap {
    private final CapKind kind;
    private final BigDecimal limit;

    private BenefitCap(CapKind kind, BigDecimal limit) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.limit = Objects.requireNonNull(limit, "limit");
    }

    /**
     * Obtains a cap.
     *
     * @param kind what it limits
     * @param limit the limit: a whole number of sessions, or an amount in euros
     * @return the cap
     * @throws IllegalArgumentException if the limit is negative, or not whole for a session cap
     */
    public static BenefitCap of(CapKind kind, BigDecimal limit) {
        Objects.requireNonNull(kind, "kind");
        if (limit.signum() < 0 || (!kind.isAmount() && limit.stripTrailingZeros().scale() > 0)) {
            throw new IllegalArgumentException(kind.id() + ": a non-negative " + (kind.isAmount() ? "amount" : "whole number")
                    + ", found " + limit);
        }
        return new BenefitCap(kind, limit);
    }

    /**
     * Returns what the cap limits.
     *
     * @return the kind
     */
    public CapKind kind() {
        return kind;
    }

    /**
     * Returns the limit.
     *
     * @return sessions, or euros for an amount cap
     */
    public BigDecimal limit() {
        return limit;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof BenefitCap && kind == ((BenefitCap) obj).kind
                && limit.compareTo(((BenefitCap) obj).limit) == 0;
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + limit.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return limit.toPlainString() + " " + kind.id();
    }
}
