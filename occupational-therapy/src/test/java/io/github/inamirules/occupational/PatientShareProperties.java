package io.github.inamirules.occupational;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.model.Money;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * E-E20: the rounding rule of the patient share (ERGO-30). For any fee in cents, the share is
 * ⌊fee × 25 %⌋ (ordinary) or ⌊fee × 10 %⌋ (preferential) in whole cents and the insurance is the rest;
 * the 14 published fee / share pairs fit, and half-up rounding would miss 11 of them, which is why the
 * research infers truncation.
 */
class PatientShareProperties {
    private static final BigDecimal ORDINARY = new BigDecimal("0.25");
    private static final BigDecimal PREFERENTIAL = new BigDecimal("0.10");

    /** Fee, ordinary share, preferential share, as published (MOVITA 2021?, ADAPT2PERFORM 2020?). */
    private static final List<String[]> PUBLISHED = List.of(
            new String[] {"170.85", "42.71", "17.08"}, new String[] {"149.96", "37.49", "14.99"},
            new String[] {"52.47", "13.11", "5.24"}, new String[] {"83.55", "20.88", "8.35"},
            new String[] {"169.14", "42.28", "16.91"}, new String[] {"148.46", "37.11", "14.84"},
            new String[] {"51.95", "12.98", "5.19"});

    @Property
    void e_e20_shareIsTheFeeTimesTheRateTruncatedInCents(@ForAll @LongRange(min = 0, max = 100_000_000) long cents) {
        Money fee = Money.of(BigDecimal.valueOf(cents, 2));
        Money ordinary = PatientShare.of(fee, ORDINARY, true);
        Money preferential = PatientShare.of(fee, PREFERENTIAL, true);
        assertThat(ordinary.amount().movePointRight(2).longValueExact()).isEqualTo(cents * 25 / 100);
        assertThat(preferential.amount().movePointRight(2).longValueExact()).isEqualTo(cents * 10 / 100);
        assertThat(fee.minus(ordinary).plus(ordinary)).isEqualTo(fee);
        assertThat(fee.minus(ordinary).isNegative()).isFalse();
        assertThat(preferential.compareTo(ordinary)).isLessThanOrEqualTo(0);
    }

    @Property
    void halfUpIsNeverBelowTruncationAndAtMostOneCentAbove(@ForAll @LongRange(min = 0, max = 100_000_000) long cents) {
        Money fee = Money.of(BigDecimal.valueOf(cents, 2));
        Money truncated = PatientShare.of(fee, PREFERENTIAL, true);
        Money rounded = PatientShare.of(fee, PREFERENTIAL, false);
        assertThat(rounded.minus(truncated).amount()).isBetween(BigDecimal.ZERO, new BigDecimal("0.01"));
    }

    @Example
    void e_e20_theFourteenPublishedPairsFitTruncationAndHalfUpMissesEleven() {
        int halfUpMisses = 0;
        for (String[] p : PUBLISHED) {
            Money fee = Money.parse(p[0]);
            assertThat(PatientShare.of(fee, ORDINARY, true)).as(p[0]).isEqualTo(Money.parse(p[1]));
            assertThat(PatientShare.of(fee, PREFERENTIAL, true)).as(p[0]).isEqualTo(Money.parse(p[2]));
            halfUpMisses += PatientShare.of(fee, ORDINARY, false).equals(Money.parse(p[1])) ? 0 : 1;
            halfUpMisses += PatientShare.of(fee, PREFERENTIAL, false).equals(Money.parse(p[2])) ? 0 : 1;
        }
        assertThat(halfUpMisses).isEqualTo(11);
    }
}
