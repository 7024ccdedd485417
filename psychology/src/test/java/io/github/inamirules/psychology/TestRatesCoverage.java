package io.github.inamirules.psychology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.RateCoverageException;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.rates.Coverage;
import io.github.inamirules.rates.ParameterSpec;
import io.github.inamirules.rates.ProvenanceStatus;
import io.github.inamirules.rates.RateCatalog;
import io.github.inamirules.rates.RateModule;
import io.github.inamirules.rates.RateRow;
import io.github.inamirules.rates.Rates;
import io.github.inamirules.rules.Vocabulary;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Walks every day of the proposed 2025 data and of the historic test data × every parameter the rule
 * set declares (Catala's coverage grid): no gap, no row outside the coverage, provenance on every row,
 * and the unknown figures are exactly those the research leaves open or that are not in force.
 */
class TestRatesCoverage {
    private static final Vocabulary VOCABULARY = new ClinicalPsychologyRuleSet().vocabulary();
    private static final RateCatalog CATALOG = TestRateModules.ENGINE.catalog();
    private static final DateRange YEAR_2025 = DateRange.ofYear(2025);
    private static final DateRange HISTORIC = DateRange.of(LocalDate.of(2019, 4, 1), LocalDate.of(2025, 1, 1));

    @Test
    void coverage_isThePilotStartTo2025_inTwoModules() {
        assertThat(TestRateModules.RATES_2025.coverage())
                .containsExactly(Coverage.of(ClinicalPsychology.PROFESSION, YEAR_2025));
        assertThat(TestRateModules.HISTORIC.coverage())
                .containsExactly(Coverage.of(ClinicalPsychology.PROFESSION, HISTORIC));
        assertThatThrownBy(() -> CATALOG.ratesAt(ClinicalPsychology.PROFESSION, LocalDate.of(2019, 3, 31)))
                .isInstanceOf(RateCoverageException.class);
        assertThatThrownBy(() -> CATALOG.ratesAt(ClinicalPsychology.PROFESSION, LocalDate.of(2026, 1, 1)))
                .isInstanceOf(RateCoverageException.class);
    }

    @Test
    void everyCoveredDay_hasEveryRequiredParameter_andExactlyOneSchemeSwitchSetExceptInTheOverlap() {
        long days = 0;
        for (LocalDate day = HISTORIC.start(); day.isBefore(YEAR_2025.end()); day = day.plusDays(1)) {
            Rates rates = CATALOG.ratesAt(ClinicalPsychology.PROFESSION, day);
            for (ParameterSpec spec : VOCABULARY.parameters()) {
                if (!day.isBefore(spec.requiredFrom())) {
                    assertThat(rates.parameter(spec.name())).as("%s on %s", spec, day).isNotNull();
                }
            }
            int inForce = (rates.flag(PsyParameters.PILOT_IN_FORCE) ? 1 : 0)
                    + (rates.flag(PsyParameters.CONV_2021_IN_FORCE) ? 1 : 0)
                    + (rates.flag(PsyParameters.CONV_2024_IN_FORCE) ? 1 : 0);
            boolean overlap = !day.isBefore(LocalDate.of(2021, 9, 1)) && day.isBefore(LocalDate.of(2022, 1, 1));
            assertThat(inForce).as("%s", day).isEqualTo(overlap ? 2 : 1);
            days++;
        }
        assertThat(days).isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(HISTORIC.start(), YEAR_2025.end()));
    }

    @Test
    void everyRow_liesInsideItsModule_andCarriesProvenance() {
        for (RateModule m : List.<RateModule>of(TestRateModules.RATES_2025, TestRateModules.HISTORIC)) {
            DateRange covered = m == TestRateModules.RATES_2025 ? YEAR_2025 : HISTORIC;
            List<RateRow> rows = Stream.of(m.parameters(), m.tariffs(), m.codes()).flatMap(List::stream)
                    .map(RateRow.class::cast).collect(Collectors.toList());
            assertThat(rows).isNotEmpty().allSatisfy(row -> {
                assertThat(covered.encloses(row.period())).as(row.toString()).isTrue();
                assertThat(row.provenance().sources()).isNotEmpty()
                        .allSatisfy(s -> assertThat(s.url()).startsWith("http"));
                if (row.provenance().status() != ProvenanceStatus.OFFICIAL
                        && row.provenance().status() != ProvenanceStatus.REPORTED) {
                    assertThat(row.provenance().note()).as("note of %s", row).isPresent();
                }
            });
        }
    }

    @Test
    void the2025Unknowns_areTheOpenQuestions_andTheSchemesNoLongerInForce() {
        Set<String> unknown = TestRateModules.RATES_2025.parameters().stream().filter(RateRow::isUnknown)
                .map(RateRow::key).collect(Collectors.toCollection(TreeSet::new));
        Set<String> open = Set.of(PsyParameters.FEE_INDIVIDUAL, PsyParameters.FEE_GROUP,
                "conv2024.cap.adults.treatment.individual");
        assertThat(unknown).containsAll(open);
        assertThat(unknown).filteredOn(n -> !open.contains(n))
                .allSatisfy(n -> assertThat(n).matches("pilot\\..*|conv2021\\..*"));
        assertThat(TestRateModules.RATES_2025.parameters()).filteredOn(p -> p.key().matches("pilot\\..*|conv2021\\..*"))
                .filteredOn(p -> !p.key().endsWith("in_force"))
                .allSatisfy(p -> assertThat(p.provenance().note().orElseThrow()).startsWith("not in force"));
        assertThat(TestRateModules.RATES_2025.codes()).allSatisfy(c -> assertThat(c.isUnknown()).isTrue());
        assertThat(TestRateModules.RATES_2025.tariffs()).isEmpty();
    }

    @Test
    void the2025Figures_areThoseOfTheIssue() {
        Rates r = CATALOG.ratesAt(ClinicalPsychology.PROFESSION, LocalDate.of(2025, 6, 1));
        assertThat(r.money(PsyParameters.SHARE_ORDINARY)).isEqualTo(PsyCase.eur("11.00"));
        assertThat(r.money(PsyParameters.SHARE_PREFERENTIAL)).isEqualTo(PsyCase.eur("4.00"));
        assertThat(r.money(PsyParameters.SHARE_GROUP)).isEqualTo(PsyCase.eur("2.50"));
        assertThat(r.integer(PsyParameters.FREE_CARE_MAX_AGE)).isEqualTo(23);
        assertThat(r.integer(PsyParameters.cap2024(false, PsyFunction.FIRST_LINE_SUPPORT))).isEqualTo(8);
        assertThat(r.integer(PsyParameters.cap2024(true, PsyFunction.FIRST_LINE_SUPPORT))).isEqualTo(10);
        assertThat(r.flag(PsyParameters.CONV_2024_IN_FORCE)).isTrue();
    }
}
