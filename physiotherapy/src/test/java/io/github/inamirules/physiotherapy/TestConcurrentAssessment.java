package io.github.inamirules.physiotherapy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.rates2025.Rates2025;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One engine serves many threads: concurrent assessments give the same result as a sequential one.
 */
class TestConcurrentAssessment {
    private static final LocalDate DATE_2025_01_02 = LocalDate.of(2025, 1, 2);

    @Test
    void oneEngine_manyThreads_sameAssessments() throws Exception {
        CareHistory history = PhysioCase.create().pathology("back", Situation.COURANTE, DATE_2025_01_02)
                .daily("back", DATE_2025_01_02, 80, "free").build();
        Assessment expected = PhysioCase.ENGINE.assess(history);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Assessment>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> PhysioCase.ENGINE.assess(history)));
            }
            for (Future<Assessment> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
        // 18 courante + 54 dépassement sessions, then 8 beyond the yearly cap of dépassements
        assertThat(expected.count(Outcome.REIMBURSED)).isEqualTo(72);
        assertThat(expected.count(Outcome.REFUSED)).isEqualTo(8);
    }

    @Test
    void aFreshEngineOnEveryThread_decidesAlike_fieldByField() throws Exception {
        CareHistory history = PhysioCase.create().pathology("back", Situation.COURANTE, DATE_2025_01_02)
                .daily("back", DATE_2025_01_02, 20, "conv").build();
        Assessment expected = PhysioCase.ENGINE.assess(history);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Assessment>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> freshEngine().assess(history)));
            }
            for (Future<Assessment> f : results) {
                assertThat(f.get()).usingRecursiveComparison().isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(expected.decision("back-19").tariffProvenance()).isPresent();
    }

    /**
     * The same history assessed by two engines over two loads of the same module: the decisions carry
     * the tariff's {@code Provenance}, which must compare by value (it once compared by identity).
     */
    @Test
    void aFreshEngine_givesAnEqualAssessment() {
        CareHistory history = PhysioCase.create().pathology("back", Situation.COURANTE, DATE_2025_01_02)
                .daily("back", DATE_2025_01_02, 3, "conv").build();

        assertThat(freshEngine().assess(history)).isEqualTo(PhysioCase.ENGINE.assess(history));
    }

    private static ReimbursementEngine freshEngine() {
        return ReimbursementEngine.builder().ruleSet(new PhysiotherapyRuleSet()).rateModule(new Rates2025()).build();
    }
}
