package io.github.inamirules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TestMoney {

    @ParameterizedTest
    @CsvSource({
        "30.80, 30.80",
        "30.8, 30.80",
        "4, 4.00",
        "0, 0.00",
        "-1.5, -1.50",
        "' 12.30 ', 12.30",
        "30.800, 30.80",
        "1E+2, 100.00",
    })
    void parse_givesTwoDecimals(String text, String expected) {
        Money money = Money.parse(text);

        assertThat(money.toString()).isEqualTo(expected);
        assertThat(money.amount().scale()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({"30.8, 30.80", "4, 4.00", "0.01, 0.01", "18.4100, 18.41"})
    void of_acceptsAtMostTwoSignificantDecimals(String amount, String expected) {
        assertThat(Money.of(new BigDecimal(amount)).amount()).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource({
        "18.4125, 18.41",
        "0.005, 0.01",
        "0.004, 0.00",
        "18.415, 18.42",
        "2.675, 2.68",
        "30.804, 30.80",
        "-0.005, -0.01",
        "7, 7.00",
    })
    void ofRounded_roundsHalfUpToTheCent(String amount, String expected) {
        assertThat(Money.ofRounded(new BigDecimal(amount))).isEqualTo(Money.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"18.4125", "0.005", "30.801", "-0.001"})
    void parse_rejectsMoreThanTwoDecimals_namingTheValue(String text) {
        assertThatThrownBy(() -> Money.parse(text))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageContaining("amount")
                .hasMessageContaining(text)
                .hasMessageContaining("more than two decimals");
    }

    @ParameterizedTest
    @ValueSource(strings = {"18.4125", "0.005", "30.801"})
    void of_rejectsMoreThanTwoDecimals_namingTheValue(String amount) {
        assertThatThrownBy(() -> Money.of(new BigDecimal(amount)))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageContaining(amount)
                .hasMessageContaining("Money.ofRounded");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "", "30,80", "30.80 EUR"})
    void parse_rejectsText_thatIsNotANumber(String text) {
        assertThatThrownBy(() -> Money.parse(text))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'" + text + "'")
                .hasMessageContaining("is not a decimal number");
    }

    @Test
    void nulls_throwNullValueException() {
        assertThatThrownBy(() -> Money.parse(null)).isExactlyInstanceOf(NullValueException.class)
                .hasMessage("amount must not be null");
        assertThatThrownBy(() -> Money.of(null)).isExactlyInstanceOf(NullValueException.class)
                .hasMessage("amount must not be null");
        assertThatThrownBy(() -> Money.ofRounded(null)).isExactlyInstanceOf(NullValueException.class)
                .hasMessage("amount must not be null");
    }

    @Test
    void equality_isByValue_whateverTheScaleGiven() {
        Money a = Money.parse("30.8");
        Money b = Money.parse("30.80");
        Money c = Money.of(new BigDecimal("30.800"));

        assertThat(a).isEqualTo(b).isEqualTo(c).hasSameHashCodeAs(b);
        assertThat(a.compareTo(b)).isZero();
        assertThat(a).isNotEqualTo(Money.parse("30.81")).isNotEqualTo("30.80");
    }

    @Test
    void plusAndMinus_areExact() {
        Money insurance = Money.parse("24.55");
        Money share = Money.parse("6.25");

        assertThat(insurance.plus(share)).isEqualTo(Money.parse("30.80"));
        assertThat(Money.parse("30.80").minus(share)).isEqualTo(insurance);
        assertThat(share.minus(Money.parse("30.80"))).isEqualTo(Money.parse("-24.55"));
        assertThat(share.minus(Money.parse("30.80")).isNegative()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "24.55, 0.75, 18.41",
        "30.00, 1.0268, 30.80",
        "33.00, 1.0268, 33.88",
        "10.83, 1.0268, 11.12",
        "0.01, 0.5, 0.01",
        "30.80, 0, 0.00",
    })
    void timesRounded_roundsHalfUp(String amount, String factor, String expected) {
        assertThat(Money.parse(amount).timesRounded(new BigDecimal(factor))).isEqualTo(Money.parse(expected));
    }

    @Test
    void maxMinAndSigns() {
        Money small = Money.parse("6.25");
        Money large = Money.parse("30.80");

        assertThat(small.max(large)).isSameAs(large);
        assertThat(small.min(large)).isSameAs(small);
        assertThat(Money.ZERO.isZero()).isTrue();
        assertThat(Money.ZERO.isNegative()).isFalse();
        assertThat(Money.ZERO.toString()).isEqualTo("0.00");
        assertThat(Money.parse("-0.00").isZero()).isTrue();
    }

    @Property
    void plusThenMinus_givesTheAmountBack(
            @ForAll @LongRange(min = -100_000_000L, max = 100_000_000L) long centsA,
            @ForAll @LongRange(min = -100_000_000L, max = 100_000_000L) long centsB) {
        Money a = Money.of(BigDecimal.valueOf(centsA, 2));
        Money b = Money.of(BigDecimal.valueOf(centsB, 2));

        assertThat(a.plus(b).minus(b)).isEqualTo(a);
    }

    @Property
    void toString_parsesBackToTheSameAmount(
            @ForAll @LongRange(min = -100_000_000L, max = 100_000_000L) long cents) {
        Money money = Money.of(BigDecimal.valueOf(cents, 2));

        assertThat(Money.parse(money.toString())).isEqualTo(money);
        assertThat(Money.ofRounded(money.amount())).isEqualTo(money);
    }
}
