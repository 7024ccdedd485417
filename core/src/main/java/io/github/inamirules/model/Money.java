package io.github.inamirules.model;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of money in euros, with exactly two decimals (cents).
 *
 * <p>Amounts are never {@code double}. A {@code Money} is created from text ({@code "30.80"}) or a
 * {@link BigDecimal} that has at most two decimals: creating one from a value with more decimals is
 * an error, because rounding is a rule and must happen where the rule is, with
 * {@link #ofRounded(BigDecimal)} (half-up to the cent). Amounts may be negative only as
 * intermediate results; the model rejects negative amounts where the law has none.
 *
 * <p>This class is immutable and thread-safe. Equality is by value: {@code 30.8} and {@code 30.80}
 * are the same amount.
 */
public final class Money implements Comparable<Money> {

    /** Zero euros. */
    public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(2));

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = amount;
    }

    /**
     * Obtains an amount from a decimal with at most two fraction digits.
     *
     * @param amount the amount in euros, not null, at most two decimals
     * @return the amount
     * @throws InvalidInputException if the amount has more than two decimals
     */
    public static Money of(BigDecimal amount) {
        if (amount == null) {
            throw new NullValueException("amount");
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > 2) {
            throw InvalidInputException.of("amount", amount.toPlainString(),
                    "has more than two decimals; round it explicitly with Money.ofRounded");
        }
        return new Money(amount.setScale(2, RoundingMode.UNNECESSARY));
    }

    /**
     * Parses an amount such as {@code "30.80"} or {@code "4"}.
     *
     * @param text the amount in euros, a plain decimal with at most two decimals
     * @return the amount
     * @throws InvalidInputException if the text is not such a number
     */
    public static Money parse(String text) {
        if (text == null) {
            throw new NullValueException("amount");
        }
        try {
            return of(new BigDecimal(text.trim()));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("amount", "'" + text + "'", "is not a decimal number");
        }
    }

    /**
     * Obtains an amount by rounding half-up to the cent. This is the library's only rounding step;
     * callers that round document why in their javadoc.
     *
     * @param amount any decimal, not null
     * @return the amount rounded half-up to two decimals
     */
    public static Money ofRounded(BigDecimal amount) {
        if (amount == null) {
            throw new NullValueException("amount");
        }
        return new Money(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * Returns the amount as a decimal with scale 2.
     *
     * @return the amount, scale 2
     */
    public BigDecimal amount() {
        return amount;
    }

    /**
     * Adds an amount.
     *
     * @param other the amount to add
     * @return the sum
     */
    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    /**
     * Subtracts an amount.
     *
     * @param other the amount to subtract
     * @return the difference, possibly negative
     */
    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /**
     * Multiplies by a factor and rounds half-up to the cent.
     *
     * @param factor the factor, e.g. {@code 0.75}
     * @return the rounded product
     */
    public Money timesRounded(BigDecimal factor) {
        return ofRounded(amount.multiply(factor));
    }

    /**
     * Returns the larger of this amount and another.
     *
     * @param other the other amount
     * @return the larger amount
     */
    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * Returns the smaller of this amount and another.
     *
     * @param other the other amount
     * @return the smaller amount
     */
    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    /**
     * Tells whether this amount is below zero.
     *
     * @return true if negative
     */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /**
     * Tells whether this amount is zero.
     *
     * @return true if zero
     */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Money && amount.equals(((Money) obj).amount);
    }

    @Override
    public int hashCode() {
        return amount.hashCode();
    }

    /**
     * Returns the amount as plain text with two decimals, e.g. {@code "30.80"}.
     *
     * @return the amount as text
     */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
