package io.github.inamirules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.physiotherapy.Physiotherapy;
import io.github.inamirules.report.YearReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Black-box module test: this module's tests run on the module path, with core, physiotherapy and
 * rates-2025 as named modules, exactly as a modular application would use them. A missing {@code uses} or
 * {@code provides} in their {@code module-info}, or a resource the module system hides, fails here.
 */
class ModulePathTest {

    @Test
    void runsOnTheModulePath() {
        assertThat(ReimbursementEngine.class.getModule().isNamed()).isTrue();
        assertThat(ReimbursementEngine.class.getModule().getName()).isEqualTo("io.github.inamirules.core");
        assertThat(ModulePathTest.class.getModule().getName()).isEqualTo("io.github.inamirules.examples");
    }

    @Test
    void serviceLoaderFindsTheRuleSetAndTheRateModule_andTheModuleReadsItsOwnData() {
        ReimbursementEngine engine = ReimbursementEngine.loadInstalled();
        assertThat(engine.ruleSets()).containsKey(Physiotherapy.PROFESSION);
        assertThat(engine.ruleSets().get(Physiotherapy.PROFESSION).getClass().getModule().getName())
                .isEqualTo("io.github.inamirules.physiotherapy");
        // rates-2025 (physiotherapy) and this module's fictional storytelling rates, side by side.
        assertThat(engine.catalog().modules()).filteredOn(m -> m.id().equals("rates-2025"))
                .singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("rates-2025");
            assertThat(m.getClass().getModule().getName()).isEqualTo("io.github.inamirules.rates2025");
            assertThat(m.tariffs()).isNotEmpty();
        });
    }

    @Test
    void theExampleYear_assessesAndExplainsItself_inFrench() {
        Assessment a = ReimbursementEngine.loadInstalled().assess(PhysiotherapyYear.history());
        assertThat(a.decisions()).hasSize(PhysiotherapyYear.history().sessions().size());
        Decision first = a.decision("back-1");
        assertThat(first.nomenclatureCode()).contains("567011");
        assertThat(first.reasons()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.message(Locale.FRENCH)).doesNotStartWith(r.code()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PhysiotherapyYear.print(a, Locale.FRENCH, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("courante, séances 1-9").contains("567011")
                .contains("REFUSED 010");
    }

    @Test
    void theYearReport_readsItsOwnBundlesAndStyleSheet_onTheModulePath() {
        Assessment a = ReimbursementEngine.loadInstalled().assess(PhysiotherapyYear.history());

        YearReport report = YearReport.of(a, Locale.FRENCH);

        assertThat(YearReport.class.getModule().getName()).isEqualTo("io.github.inamirules.report");
        assertThat(report.html(report.years().get(0))).contains("<html lang=\"fr\">", "Ticket modérateur",
                "courante, séances 1-9", ".gauge", "<g class=\"bar priced\"");
    }

    @Test
    void theOtherProfessions_andTheirYears_areNamedModulesToo_andReadTheirOwnMessages() {
        ReimbursementEngine engine = ReimbursementEngine.loadInstalled();
        java.util.Map<String, String> aKey = java.util.Map.of("clinical-psychology", "missing.TARIFF",
                "occupational-therapy", "band.OT_EXERCISE_SESSION");
        aKey.forEach((profession, key) -> {
            var ruleSet = engine.ruleSets().get(io.github.inamirules.model.Profession.of(profession));
            assertThat(ruleSet).as(profession).isNotNull();
            assertThat(ruleSet.getClass().getModule().isNamed()).as(profession).isTrue();
            assertThat(ruleSet.vocabulary().texts().text(key, Locale.FRENCH)).as(profession).isPresent();
        });
        assertThat(engine.catalog().modules()).filteredOn(m -> m.id().equals("rates-2019")).singleElement()
                .satisfies(m -> assertThat(m.getClass().getModule().getName()).isEqualTo("io.github.inamirules.rates2019"));
    }

    @Test
    void complementaryBenefits_andTheMaf_readTheirOwnDataAndTexts_onTheModulePath() {
        var benefits = io.github.inamirules.complementary.ComplementaryBenefits.loadInstalled();
        assertThat(benefits.modules()).anySatisfy(m -> assertThat(m.getClass().getModule().getName())
                .isEqualTo("io.github.inamirules.complementary"));
        assertThat(benefits.benefits()).extracting(io.github.inamirules.complementary.Benefit::id)
                .contains("helan-psychology");
        assertThat(io.github.inamirules.complementary.BenefitReasons.texts().text("COMP_PAID", Locale.FRENCH))
                .get().asString().contains("rembourse");
        assertThat(io.github.inamirules.complementary.maf.MafRules.shipped()
                .ceiling(2024, io.github.inamirules.complementary.maf.MafBracket.SOCIAL).amount()).isPresent();
    }
}
