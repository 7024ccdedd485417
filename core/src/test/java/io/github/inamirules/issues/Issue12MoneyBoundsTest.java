package io.github.inamirules.issues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import io.github.inamirules.model.Money;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Regression tests of the hostile-input issue, item 1: amounts with huge exponents hung, exhausted
 * memory or threw {@code ArithmeticException}, and tiny ones built a billion-character message. Amounts
 * are bounded (one million euros) before any scaling, and errors quote a short excerpt.
 */
class Issue12MoneyBoundsTest {

    @Test
    void aHugeExponent_isRejectedAtOnce_withAShortMessage() {
        for (String text : new String[] {"1e300000000", "1e10000000", "1e999999999", "-1e300000000"}) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> Money.parse(text)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("beyond 1000000.00 euros")
                    .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        }
        assertThatThrownBy(() -> Money.of(new BigDecimal("1e300000000"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Money.ofRounded(new BigDecimal("1e300000000")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Money.ofTruncated(new BigDecimal("-1e300000000")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aTinyAmount_givesAShortMessage() {
        assertThatThrownBy(() -> Money.parse("1e-999999999")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("more than two decimals")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    }

    @Test
    void aLongText_isRejectedWithAnExcerpt() {
        assertThatThrownBy(() -> Money.parse("1".repeat(100_000))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("longer than 40 characters")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    }

    @Test
    void theBound_isInclusive_andTruncationRoundsTowardsZero() {
        assertThat(Money.parse("1000000.00").amount()).isEqualByComparingTo("1000000");
        assertThatThrownBy(() -> Money.parse("1000000.01")).isInstanceOf(InvalidInputException.class);
        assertThat(Money.ofTruncated(new BigDecimal("14.999"))).isEqualTo(Money.parse("14.99"));
        assertThat(Money.ofTruncated(new BigDecimal("-14.999"))).isEqualTo(Money.parse("-14.99"));
    }

    @Test
    void nullArguments_areNamed() {
        assertThatThrownBy(() -> Money.ZERO.plus(null)).isInstanceOf(NullValueException.class).hasMessageContaining("other");
        assertThatThrownBy(() -> Money.ZERO.minus(null)).isInstanceOf(NullValueException.class);
        assertThatThrownBy(() -> Money.ZERO.timesRounded(null)).isInstanceOf(NullValueException.class)
                .hasMessageContaining("factor");
        assertThatThrownBy(() -> Money.ZERO.compareTo(null)).isInstanceOf(NullValueException.class);
    }
}
