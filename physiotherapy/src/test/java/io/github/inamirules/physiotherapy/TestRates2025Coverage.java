package io.github.inamirules.physiotherapy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.RateCoverageException;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Profession;
import io.github.inamirules.rates.Coverage;
import io.github.inamirules.rates.NomenclatureCode;
import io.github.inamirules.rates.ProvenanceStatus;
import io.github.inamirules.rates.RateCatalog;
import io.github.inamirules.rates.Tariff;
import io.github.inamirules.rates2025.Rates2025;
import io.github.inamirules.rules.Vocabulary;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Walks every day of the real rates-2025 module's coverage: the engine builds with it, every parameter
 * the physiotherapy rule set reads has a value of its type on each day, and no figure lives outside the
 * coverage (OpenFisca's trap of values that silently live forever; Catala's grid of dates).
 */
class TestRates2025Coverage {
    private static final Rates2025 MODULE = new Rates2025();
    private static final Vocabulary VOCABULARY = new PhysiotherapyRuleSet().vocabulary();
    private static final RateCatalog CATALOG = RateCatalog.of(List.of(MODULE));
    private static final DateRange YEAR_2025 = DateRange.ofYear(2025);
    private static final LocalDate DATE_2024_12_31 = LocalDate.of(2024, 12, 31);
    private static final LocalDate DATE_2025_01_31 = LocalDate.of(2025, 1, 31);
    private static final LocalDate DATE_2025_02_01 = LocalDate.of(2025, 2, 1);
    private static final LocalDate DATE_2025_06_01 = LocalDate.of(2025, 6, 1);
    private static final LocalDate DATE_2026_01_01 = LocalDate.of(2026, 1, 1);

    @Test
    void coversPhysiotherapyOverExactly2025() {
        assertThat(MODULE.coverage()).contains(Coverage.of(Physiotherapy.PROFESSION, YEAR_2025));
        assertThat(MODULE.id()).isEqualTo("rates-2025");
        assertThat(MODULE.checksum()).matches("[0-9a-f]{64}");
        assertThat(CATALOG.coverageOf(Physiotherapy.PROFESSION)).containsExactly(YEAR_2025);
    }

    @Test
    void theEngineBuilds_andTheModuleFitsTheVocabulary() {
        ReimbursementEngine engine = ReimbursementEngine.builder().ruleSet(new PhysiotherapyRuleSet())
                .rateModule(MODULE).build();
        assertThat(engine.catalog().modules()).containsExactly(MODULE);
        assertThatCode(() -> CATALOG.validate(Physiotherapy.PROFESSION, VOCABULARY.parameters(),
                VOCABULARY.codeTable())).doesNotThrowAnyException();
    }

    @Test
    void everyDayOf2025_hasEveryParameterOfTheRuleSet_withItsType() {
        assertThat(PhysioCase.ENGINE.catalog().covers(Physiotherapy.PROFESSION, DATE_2025_06_01)).isTrue();
        assertThat(CoverageWalk.everyParameterOnEveryDay(MODULE, YEAR_2025)).isEqualTo(365);
    }

    @Test
    void theDayBeforeAndTheDayAfter_areNotCovered() {
        assertThatThrownBy(() -> CATALOG.ratesAt(Physiotherapy.PROFESSION, DATE_2024_12_31))
                .isInstanceOf(RateCoverageException.class).hasMessageContaining("2024-12-31")
                .hasMessageContaining("inami-rules-rates-2024");
        assertThatThrownBy(() -> CATALOG.ratesAt(Physiotherapy.PROFESSION, DATE_2026_01_01))
                .isInstanceOf(RateCoverageException.class).hasMessageContaining("2026-01-01")
                .hasMessageContaining("inami-rules-rates-2026");
        assertThat(CATALOG.covers(Profession.of("speech-therapy"), DATE_2025_06_01)).isFalse();
    }

    @Test
    void everyRow_liesInsideTheCoverage_andCarriesProvenance() {
        CoverageWalk.everyRowInsideWithProvenance(MODULE, YEAR_2025);
    }

    @Test
    void derivedTariffs_areExactlyTheOnesWithoutAPublishedFigure() {
        assertThat(MODULE.tariffs()).filteredOn(t -> t.profession().equals(Physiotherapy.PROFESSION))
                .filteredOn(t -> t.provenance().status() == ProvenanceStatus.DERIVED)
                .extracting(t -> t.code() + "@" + t.period().start())
                .containsExactlyInAnyOrder("560055@2025-01-01", "560055@2025-02-01", "560313@2025-01-01");
    }

    @Test
    void everyTariffedCode_isOneTheCodeTableSelects() {
        Set<String> selected = MODULE.codes().stream().filter(c -> c.profession().equals(Physiotherapy.PROFESSION))
                .map(NomenclatureCode::code).flatMap(Optional::stream).collect(Collectors.toSet());
        assertThat(MODULE.tariffs()).filteredOn(t -> t.profession().equals(Physiotherapy.PROFESSION))
                .extracting(Tariff::code).allSatisfy(c -> assertThat(selected).contains(c));
    }

    @Test
    void m25Indexation_startsOnFebruaryFirst() {
        assertThat(CATALOG.ratesAt(Physiotherapy.PROFESSION, DATE_2025_01_31).tariff("567011")
                .orElseThrow().fee()).contains(PhysioCase.eur("30.00"));
        assertThat(CATALOG.ratesAt(Physiotherapy.PROFESSION, DATE_2025_02_01).tariff("567011")
                .orElseThrow().fee()).contains(PhysioCase.eur("30.80"));
        assertThat(CATALOG.ratesAt(Physiotherapy.PROFESSION, DATE_2025_01_31)
                .flag(PhysioParameters.CONVENTION_IN_FORCE)).isFalse();
        assertThat(CATALOG.ratesAt(Physiotherapy.PROFESSION, DATE_2025_02_01)
                .flag(PhysioParameters.CONVENTION_IN_FORCE)).isTrue();
    }
}
