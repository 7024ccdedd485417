package io.github.inamirules.complementary;

import io.github.inamirules.model.Money;
import java.util.Objects;

/**
 * What one benefit of one mutuality paid in one calendar year: the sum of the known amounts, the
 * sessions it paid, and how many of them have an amount not known (left out of the sum, never
 * guessed).
 *
 * <p>Immutable and thread-safe.
 */
public final class BenefitTotal {
    private final int year;
    private final String mutuality;
    private final String benefitId;
    private final Money amount;
    private final int sessions;
    private final int unknown;

    BenefitTotal(int year, String mutuality, String benefitId, Money amount, int sessions, int unknown) {
        this.year = year;
        this.mutuality = Objects.requireNonNull(mutuality, "mutuality");
        this.benefitId = Objects.requireNonNull(benefitId, "benefitId");
        this.amount = Objects.requireNonNull(amount, "amount");
        this.sessions = sessions;
        this.unknown = unknown;
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
     * Returns the mutuality.
     *
     * @return its id
     */
    public String mutuality() {
        return mutuality;
    }

    /**
     * Returns the benefit.
     *
     * @return its id
     */
    public String benefitId() {
        return benefitId;
    }

    /**
     * Returns the sum of the known amounts.
     *
     * @return the sum
     */
    public Money amount() {
        return amount;
    }

    /**
     * Returns how many sessions the benefit paid (more than 0.00, or an amount not known).
     *
     * @return the count
     */
    public int sessions() {
        return sessions;
    }

    /**
     * Returns how many of those sessions have an amount not known.
     *
     * @return the count; when above zero, {@link #amount()} is a lower bound
     */
    public int countUnknown() {
        return unknown;
    }

    BenefitTotal plus(SessionBenefit b) {
        boolean counts = b.isUnknown() || !b.amount().orElseThrow().isZero();
        return new BenefitTotal(year, mutuality, benefitId, amount.plus(b.amount().orElse(Money.ZERO)),
                sessions + (counts ? 1 : 0), unknown + (b.isUnknown() ? 1 : 0));
    }

    @Override
    public String toString() {
        return year + " " + mutuality + " " + benefitId + ": " + amount + " over " + sessions + " sessions"
                + (unknown == 0 ? "" : ", " + unknown + " unknown");
    }
}
