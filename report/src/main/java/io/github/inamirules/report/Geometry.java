package io.github.inamirules.report;

import io.github.inamirules.model.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Lengths of the page's drawings, in SVG user units with one decimal. Amounts are turned into
 * lengths with {@link BigDecimal} arithmetic, like every other use of money in the library; only the
 * final length is a short decimal text.
 */
final class Geometry {
    private Geometry() {
    }

    /** The length of an amount on a scale where {@code top} is {@code full} units long. */
    static BigDecimal length(Money amount, Money top, BigDecimal full) {
        if (top.isZero()) {
            return BigDecimal.ZERO;
        }
        return amount.amount().multiply(full).divide(top.amount(), MathContext.DECIMAL64);
    }

    /** A coordinate or length as SVG text: {@code 12.5}. */
    static String units(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /** A coordinate or length as SVG text. */
    static String units(int value) {
        return Integer.toString(value);
    }
}
