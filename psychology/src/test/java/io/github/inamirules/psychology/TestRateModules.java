package io.github.inamirules.psychology;

import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.rates.DataFileRateModule;
import java.io.InputStream;

/**
 * The rate modules the tests use. Neither is shipped:
 * <ul>
 *   <li>{@link Historic}: TEST DATA for 2019-04-01 to 2024-12-31 (the pilot, the 2021 convention, the
 *       2024 convention's first months), built from the sourced figures of shared/research/psy.md;
 *       the shipped rates-2019 ... rates-2024 carry the same rows (TestHistoricModules);</li>
 *   <li>{@link Rates2025Copy}: a copy of the clinical-psychology data proposed for rates-2025
 *       ({@link TestRates2025Copies} checks that the copy and the real files are the same bytes).</li>
 * </ul>
 */
final class TestRateModules {
    static final Historic HISTORIC = new Historic();
    static final Rates2025Copy RATES_2025 = new Rates2025Copy();
    static final ReimbursementEngine ENGINE = ReimbursementEngine.builder().ruleSet(new ClinicalPsychologyRuleSet())
            .rateModule(HISTORIC).rateModule(RATES_2025).build();

    private TestRateModules() {
    }

    /** TEST DATA before 2025, from psy.md's sourced figures. */
    static final class Historic extends DataFileRateModule {
        @Override
        public String id() {
            return "psychology-historic-test-data";
        }

        @Override
        public String version() {
            return "test";
        }

        @Override
        protected InputStream openResource(String name) {
            return Historic.class.getResourceAsStream("historic/" + name);
        }
    }

    /** The clinical-psychology rows proposed for rates-2025, read from the test copy. */
    static final class Rates2025Copy extends DataFileRateModule {
        @Override
        public String id() {
            return "rates-2025";
        }

        @Override
        public String version() {
            return "test-copy";
        }

        @Override
        protected InputStream openResource(String name) {
            return Rates2025Copy.class.getResourceAsStream("rates2025/" + name);
        }
    }
}
