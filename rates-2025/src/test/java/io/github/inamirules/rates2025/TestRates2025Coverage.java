package io.github.inamirules.rates2025;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.RateCoverageException;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Profession;
import io.github.inamirules.physio.PhysiotherapyRuleSet;
import io.github.inamirules.rates.Coverage;
import io.github.inamirules.rates.ParameterSpec;
import io.github.inamirules.rates.ProvenanceStatus;
import io.github.inamirules.rates.RateCatalog;
import io.github.inamirules.rates.RateRow;
import io.github.inamirules.rates.Rates;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Walks every day of the module's coverage: every parameter the physiotherapy rule set reads has
 * exactly one value of its type on each day, and no figure lives outside the coverage (OpenFisca's
 * trap of values that silently live forever; Catala's grid of dates).
 */
class TestRates2025Coverage {
    private static final Rates2025 MODULE = new Rates2025();
    private static final RateCatalog CATALOG = RateCatalog.of(List.of(MODULE));
    private static final DateRange YEAR_2025 = DateRange.ofYear(2025);

    @Test
    void coversPhysiotherapyOverExactly2025() {
        assertThat(MODULE.coverage()).containsExactly(Coverage.of(Profession.PHYSIOTHERAPY, YEAR_2025));
        assertThat(MODULE.id()).isEqualTo("rates-2025");
        assertThat(MODULE.checksum()).matches("[0-9a-f]{64}");
    }

    @Test
    void everyDayOf2025_hasEveryParameterOfTheRuleSet_withItsType() {
        PhysiotherapyRuleSet ruleSet = new PhysiotherapyRuleSet();
        int days = 0;
        for (LocalDate day = YEAR_2025.start(); day.isBefore(YEAR_2025.end()); day = day.plusDays(1)) {
            Rates rates = CATALOG.ratesAt(Profession.PHYSIOTHERAPY, day);
            for (ParameterSpec spec : ruleSet.parameters()) {
                assertThat(rates.parameter(spec.name()).as(spec.type())).as("%s on %s", spec, day).isNotNull();
            }
            days++;
        }
        assertThat(days).isEqualTo(365);
    }

    @Test
    void theDayBeforeAndTheDayAfter_areNotCovered() {
        assertThatThrownBy(() -> CATALOG.ratesAt(Profession.PHYSIOTHERAPY, LocalDate.of(2024, 12, 31)))
                .isInstanceOf(RateCoverageException.class).hasMessageContaining("2024-12-31");
        assertThatThrownBy(() -> CATALOG.ratesAt(Profession.PHYSIOTHERAPY, LocalDate.of(2026, 1, 1)))
                .isInstanceOf(RateCoverageException.class).hasMessageContaining("2026-01-01");
        assertThat(CATALOG.covers(Profession.CLINICAL_PSYCHOLOGY, LocalDate.of(2025, 6, 1))).isFalse();
    }

    @Test
    void everyRow_liesInsideTheCoverage_andCarriesProvenance() {
        List<RateRow> rows = Stream.of(MODULE.parameters(), MODULE.tariffs(), MODULE.codes())
                .flatMap(List::stream).map(RateRow.class::cast).toList();
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(YEAR_2025.encloses(row.period())).as(row.toString()).isTrue();
            assertThat(row.provenance().sources()).isNotEmpty()
                    .allSatisfy(s -> assertThat(s.url()).startsWith("http"));
            assertThat(row.provenance().location()).startsWith("rates-2025:");
            if (row.provenance().status() == ProvenanceStatus.DERIVED) {
                assertThat(row.provenance().note()).as("derivation of %s", row).isPresent();
            }
        });
    }

    @Test
    void derivedTariffs_areExactlyTheOnesWithoutAPublishedFigure() {
        assertThat(MODULE.tariffs()).filteredOn(t -> t.provenance().status() == ProvenanceStatus.DERIVED)
                .extracting(t -> t.code() + "@" + t.period().start())
                .containsExactlyInAnyOrder("560055@2025-01-01", "560055@2025-02-01", "560313@2025-01-01");
    }

    @Test
    void m25Indexation_startsOnFebruaryFirst() {
        assertThat(CATALOG.ratesAt(Profession.PHYSIOTHERAPY, LocalDate.of(2025, 1, 31)).tariff("567011")
                .orElseThrow().fee()).contains(PhysioCase.eur("30.00"));
        assertThat(CATALOG.ratesAt(Profession.PHYSIOTHERAPY, LocalDate.of(2025, 2, 1)).tariff("567011")
                .orElseThrow().fee()).contains(PhysioCase.eur("30.80"));
    }
}
