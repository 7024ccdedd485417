package io.github.inamirules.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.RateDataException;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Profession;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestTariff {
    private static final Profession DIETETICS = Profession.of("dietetics-fiction");
    private static final DateRange YEAR_2025 = DateRange.ofYear(2025);
    private static final Source GAZETTE = Source.of("FICTION", "https://example.org/gazette");
    private static final Provenance DERIVED = Provenance.of(ProvenanceStatus.DERIVED, List.of(GAZETTE), "x 1.02", "m:t.psv:3");
    private static final Provenance UNKNOWN = Provenance.of(ProvenanceStatus.UNKNOWN, List.of(GAZETTE), "searched", "m:t.psv:4");

    @Test
    void knownTariff_withExplicitInsurance() {
        Tariff t = Tariff.of(DIETETICS, "D201", "intensive", YEAR_2025, Money.parse("40.00"), Money.parse("36.00"),
                Money.parse("39.00"), DERIVED);

        assertThat(t.code()).isEqualTo("D201");
        assertThat(t.key()).isEqualTo("D201");
        assertThat(t.label()).isEqualTo("intensive");
        assertThat(t.fee()).contains(Money.parse("40.00"));
        assertThat(t.insurance(false)).contains(Money.parse("36.00"));
        assertThat(t.insurance(true)).contains(Money.parse("39.00"));
        assertThat(t.isUnknown()).isFalse();
        assertThat(t).hasToString("dietetics-fiction D201 [2025-01-01, 2026-01-01) fee 40.00");
    }

    @Test
    void unknownTariff_hasNoFee() {
        Tariff t = Tariff.of(DIETETICS, "D202", "", YEAR_2025, null, null, null, UNKNOWN);

        assertThat(t.isUnknown()).isTrue();
        assertThat(t.fee()).isEmpty();
        assertThat(t.insurance(false)).isEmpty();
        assertThat(t).hasToString("dietetics-fiction D202 [2025-01-01, 2026-01-01) fee unknown");
    }

    @Test
    void unknownTariffWithAFee_andKnownTariffWithout_areDataErrors() {
        assertThatThrownBy(() -> Tariff.of(DIETETICS, "D202", "", YEAR_2025, Money.parse("30.00"), null, null, UNKNOWN))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessage("m:t.psv:4: tariff D202: an unknown row has no fee");
        assertThatThrownBy(() -> Tariff.of(DIETETICS, "D201", "", YEAR_2025, null, null, null, DERIVED))
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessage("m:t.psv:3: tariff D201: a fee is required (or status unknown)");
    }
}
