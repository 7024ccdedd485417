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

    /**
     * The largest amount taken as input, one million euros: far above any fee of the nomenclature, and
     * small enough that no amount from a file or a caller can make arithmetic slow or overflow. Sums
     * (an assessment's totals) may exceed it.
     */
    public static final BigDecimal MAX_INPUT = new BigDecimal("1000000.00");

    /** The longest text {@link #parse(String)} reads. */
    static final int MAX_TEXT = 40;

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
        bounded(amount);
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > 2) {
            throw InvalidInputException.of("amount", excerpt(amount),
                    "has more than two decimals; round it explicitly with Money.ofRounded");
        }
        return new Money(amount.setScale(2, RoundingMode.UNNECESSARY));
    }

    /** Rejects a null or an amount beyond {@link #MAX_INPUT}, before any scaling. */
    private static void bounded(BigDecimal amount) {
        if (amount == null) {
            throw new NullValueException("amount");
        }
        if (amount.abs().compareTo(MAX_INPUT) > 0) {
            throw InvalidInputException.of("amount", excerpt(amount), "is beyond " + MAX_INPUT.toPlainString()
                    + " euros, the largest amount taken as input");
        }
    }

    /** A short text of an amount for a message: never its billion-digit plain form. */
    private static String excerpt(BigDecimal amount) {
        String text = amount.toString();
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…";
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
        String trimmed = text.trim();
        if (trimmed.length() > MAX_TEXT) {
            throw InvalidInputException.of("amount", shown(trimmed), "is longer than " + MAX_TEXT + " characters");
        }
        try {
            return of(new BigDecimal(trimmed));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("amount", shown(trimmed), "is not a decimal number");
        }
    }

    /** The text of an amount as an error shows it: quoted, cut at {@code MAX_TEXT} characters. */
    private static String shown(String trimmed) {
        return "'" + (trimmed.length() <= MAX_TEXT ? trimmed : trimmed.substring(0, MAX_TEXT) + "…") + "'";
    }

    /**
     * Obtains an amount by rounding half-up to the cent. This is the library's only rounding step;
     * callers that round document why in their javadoc.
     *
     * @param amount any decimal, not null, at most {@link #MAX_INPUT} in absolute value
     * @return the amount rounded half-up to two decimals
     * @throws InvalidInputException if the amount is beyond {@link #MAX_INPUT}
     */
    public static Money ofRounded(BigDecimal amount) {
        bounded(amount);
        return new Money(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * Obtains an amount by truncating to the cent (towards zero), for rules whose published figures show
     * truncation (occupational therapy's patient shares). Callers document why.
     *
     * @param amount any decimal, not null, at most {@link #MAX_INPUT} in absolute value
     * @return the amount truncated to two decimals
     * @throws InvalidInputException if the amount is beyond {@link #MAX_INPUT}
     */
    public static Money ofTruncated(BigDecimal amount) {
        bounded(amount);
        return new Money(amount.setScale(2, RoundingMode.DOWN));
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
        if (other == null) {
            throw new NullValueException("other");
        }
        return new Money(amount.add(other.amount));
    }

    /**
     * Subtracts an amount.
     *
     * @param other the amount to subtract
     * @return the difference, possibly negative
     */
    public Money minus(Money other) {
        if (other == null) {
            throw new NullValueException("other");
        }
        return new Money(amount.subtract(other.amount));
    }

    /**
     * Multiplies by a factor and rounds half-up to the cent.
     *
     * @param factor the factor, e.g. {@code 0.75}
     * @return the rounded product
     */
    public Money timesRounded(BigDecimal factor) {
        if (factor == null) {
            throw new NullValueException("factor");
        }
        return ofRounded(amount.multiply(factor));
    }

    /**
     * Returns the larger of this amount and another.
     *
     * @param other the other amount
     * @return the larger amount
     */
    public Money max(Money other) {
        if (other == null) {
            throw new NullValueException("other");
        }
        return compareTo(other) >= 0 ? this : other;
    }

    /**
     * Returns the smaller of this amount and another.
     *
     * @param other the other amount
     * @return the smaller amount
     */
    public Money min(Money other) {
        if (other == null) {
            throw new NullValueException("other");
        }
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
        if (other == null) {
            throw new NullValueException("other");
        }
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
