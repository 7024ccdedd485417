package io.github.inamirules.physiotherapy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.inamirules.model.DateRange;
import io.github.inamirules.rates.Coverage;
import io.github.inamirules.rates.NomenclatureCode;
import io.github.inamirules.rates.ProvenanceStatus;
import io.github.inamirules.rates.RateCatalog;
import io.github.inamirules.rates.Tariff;
import io.github.inamirules.rates2024.Rates2024;
import io.github.inamirules.rules.Vocabulary;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The physiotherapy part of rates-2024 (convention M/24): the coverage walk over every day of 2024, the
 * sourced figures of {@code shared/research/physio.md} §2.2 and update-2026.md §1(e), and explicit
 * unknowns for the rest.
 */
class TestRates2024Coverage {
    private static final Rates2024 MODULE = new Rates2024();
    private static final Vocabulary VOCABULARY = new PhysiotherapyRuleSet().vocabulary();
    private static final DateRange YEAR_2024 = DateRange.ofYear(2024);

    @Test
    void coversPhysiotherapyOverExactly2024_andFitsTheVocabulary() {
        RateCatalog catalog = RateCatalog.of(List.of(MODULE));
        assertThat(MODULE.coverage()).contains(Coverage.of(Physiotherapy.PROFESSION, YEAR_2024));
        assertThat(catalog.coverageOf(Physiotherapy.PROFESSION)).containsExactly(YEAR_2024);
        assertThatCode(() -> catalog.validate(Physiotherapy.PROFESSION, VOCABULARY.parameters(),
                VOCABULARY.codeTable())).doesNotThrowAnyException();
    }

    @Test
    void everyDayOf2024_hasEveryParameterOfTheRuleSet() {
        assertThat(CoverageWalk.everyParameterOnEveryDay(MODULE, YEAR_2024)).isEqualTo(366);
    }

    @Test
    void everyRow_liesInside2024_andCarriesProvenance() {
        CoverageWalk.everyRowInsideWithProvenance(MODULE, YEAR_2024);
    }

    @Test
    void theSourcedFees_areExactlyThe2024Figures_andTheRestIsUnknown() {
        List<Tariff> tariffs = MODULE.tariffs().stream().filter(t -> t.profession().equals(Physiotherapy.PROFESSION))
                .collect(Collectors.toList());
        assertThat(tariffs).filteredOn(t -> t.provenance().status() != ProvenanceStatus.UNKNOWN)
                .extracting(t -> t.code() + "=" + t.fee().map(Object::toString).orElse("?"))
                .containsExactlyInAnyOrder("567011=30.00", "560011=30.00", "560055=30.00", "560313=33.00");
        assertThat(tariffs).filteredOn(t -> t.provenance().status() == ProvenanceStatus.UNKNOWN)
                .allSatisfy(t -> assertThat(t.fee()).isEmpty()).hasSize(15);
        Set<String> selected = MODULE.codes().stream().filter(c -> c.profession().equals(Physiotherapy.PROFESSION))
                .map(NomenclatureCode::code).flatMap(Optional::stream).collect(Collectors.toSet());
        assertThat(tariffs).extracting(Tariff::code).allSatisfy(c -> assertThat(selected).contains(c));
        assertThat(selected).allSatisfy(c -> assertThat(tariffs).extracting(Tariff::code).contains(c));
    }

    @Test
    void theReductionOfNonConventionedPractitioners_isDerived_withItsDerivation() {
        assertThat(MODULE.parameters()).filteredOn(p -> p.name().startsWith("non_conventioned."))
                .hasSize(2).allSatisfy(p -> {
                    assertThat(p.provenance().status()).isEqualTo(ProvenanceStatus.DERIVED);
                    assertThat(p.provenance().note()).get().asString().contains("66.1 %");
                });
    }
}
