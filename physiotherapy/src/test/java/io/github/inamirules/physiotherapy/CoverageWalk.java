package io.github.inamirules.physiotherapy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.model.DateRange;
import io.github.inamirules.rates.ParameterSpec;
import io.github.inamirules.rates.ProvenanceStatus;
import io.github.inamirules.rates.RateCatalog;
import io.github.inamirules.rates.RateModule;
import io.github.inamirules.rates.RateRow;
import io.github.inamirules.rates.Rates;
import io.github.inamirules.rules.Vocabulary;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The walk every physiotherapy rate module's test makes over its coverage (Catala's grid of dates,
 * exhaustive): every parameter the rule set reads has a known value of its type on every day, and
 * every row lies inside the coverage with its provenance.
 */
final class CoverageWalk {
    private static final Vocabulary VOCABULARY = new PhysiotherapyRuleSet().vocabulary();

    private CoverageWalk() {
    }

    /** Asserts every parameter on every day of {@code range}, read from {@code module} alone; returns the days walked. */
    static int everyParameterOnEveryDay(RateModule module, DateRange range) {
        RateCatalog catalog = RateCatalog.of(List.of(module));
        int days = 0;
        for (LocalDate day = range.start(); day.isBefore(range.end()); day = day.plusDays(1)) {
            Rates rates = catalog.ratesAt(Physiotherapy.PROFESSION, day);
            assertThat(rates.module().id()).isEqualTo(module.id());
            for (ParameterSpec spec : VOCABULARY.parameters()) {
                if (spec.requiredFrom().isAfter(day)) {
                    assertThat(rates.has(spec.name())).as("%s on %s", spec, day).isFalse();
                    continue;
                }
                assertThat(rates.parameter(spec.name()).isUnknown()).as("%s on %s", spec, day).isFalse();
                assertThat(rates.parameter(spec.name()).as(spec.type())).as("%s on %s", spec, day).isNotNull();
            }
            days++;
        }
        return days;
    }

    /** Asserts that every physiotherapy row of {@code module} lies in {@code range} and names its sources. */
    static void everyRowInsideWithProvenance(RateModule module, DateRange range) {
        List<RateRow> rows = Stream.of(module.parameters(), module.tariffs(), module.codes())
                .flatMap(List::stream).map(RateRow.class::cast)
                .filter(r -> r.profession().equals(Physiotherapy.PROFESSION)).collect(Collectors.toList());
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(range.encloses(row.period())).as(row.toString()).isTrue();
            assertThat(row.provenance().sources()).isNotEmpty()
                    .allSatisfy(s -> assertThat(s.url()).startsWith("http"));
            assertThat(row.provenance().location()).startsWith(module.id() + ":");
            if (row.provenance().status() == ProvenanceStatus.DERIVED) {
                assertThat(row.provenance().note()).as("derivation of %s", row).isPresent();
            }
        });
    }
}
