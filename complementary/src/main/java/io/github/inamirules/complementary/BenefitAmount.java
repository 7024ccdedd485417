package io.github.inamirules.complementary;

import io.github.inamirules.model.Money;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a benefit pays for one session: a fixed amount, or a percentage of what the patient paid for
 * the session with an optional maximum per session. "What the patient paid" is the price of a session
 * compulsory insurance does not reimburse (the session's fee asked), or the patient share plus the
 * supplement of a reimbursed one. A percentage is rounded half-up to the cent, then capped.
 *
 * <p>Immutable and thread-safe.
 */
public final class BenefitAmount {
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private final @Nullable Money fixed;
    private final @Nullable BigDecimal percent;
    private final @Nullable Money maximum;

    private BenefitAmount(@Nullable Money fixed, @Nullable BigDecimal percent, @Nullable Money maximum) {
        this.fixed = fixed;
        this.percent = percent;
        this.maximum = maximum;
    }

    /**
     * Obtains a fixed amount per session.
     *
     * @param amount the amount
     * @return the benefit amount
     */
    public static BenefitAmount fixed(Money amount) {
        return new BenefitAmount(Objects.requireNonNull(amount, "amount"), null, null);
    }

    /**
     * Obtains a percentage of what the patient paid, with an optional maximum per session.
     *
     * @param percent the percentage, above 0 and at most 100
     * @param maximum the maximum per session, or null for none
     * @return the benefit amount
     * @throws IllegalArgumentException if the percentage is outside (0, 100]
     */
    public static BenefitAmount percentage(BigDecimal percent, @Nullable Money maximum) {
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("a percentage above 0 and at most 100, found " + percent);
        }
        return new BenefitAmount(null, percent, maximum);
    }

    /**
     * Returns the fixed amount, if the benefit is one.
     *
     * @return the amount per session
     */
    public Optional<Money> fixedAmount() {
        return Optional.ofNullable(fixed);
    }

    /**
     * Returns the percentage, if the benefit is one.
     *
     * @return the percentage of what the patient paid
     */
    public Optional<BigDecimal> percent() {
        return Optional.ofNullable(percent);
    }

    /**
     * Returns the maximum per session of a percentage.
     *
     * @return the maximum, if any
     */
    public Optional<Money> maximum() {
        return Optional.ofNullable(maximum);
    }

    /**
     * Tells whether the amount depends on what the patient paid.
     *
     * @return true for a percentage
     */
    public boolean needsPrice() {
        return percent != null;
    }

    /**
     * Returns the amount for one session.
     *
     * @param paid what the patient paid for the session, if known
     * @return the amount; empty for a percentage of an unknown price
     */
    public Optional<Money> forSession(Optional<Money> paid) {
        if (fixed != null) {
            return Optional.of(fixed);
        }
        BigDecimal share = Objects.requireNonNull(percent).divide(HUNDRED);
        return paid.map(p -> {
            Money amount = p.timesRounded(share);
            return maximum == null ? amount : amount.min(maximum);
        });
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof BenefitAmount)) {
            return false;
        }
        BenefitAmount o = (BenefitAmount) obj;
        return Objects.equals(fixed, o.fixed) && Objects.equals(percent, o.percent) && Objects.equals(maximum, o.maximum);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fixed, percent, maximum);
    }

    @Override
    public String toString() {
        return fixed != null ? fixed.toString() : percent + "%" + (maximum == null ? "" : " max " + maximum);
    }
}
