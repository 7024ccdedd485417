package io.github.inamirules.rates2025;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.Situation;
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

    @Test
    void oneEngine_manyThreads_sameAssessments() throws Exception {
        CareHistory history = PhysioCase.create().pathology("back", Situation.COURANTE, LocalDate.of(2025, 1, 2))
                .daily("back", LocalDate.of(2025, 1, 2), 80, "free").build();
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
        assertThat(expected.count(io.github.inamirules.assessment.Outcome.REFUSED)).isEqualTo(8);
    }
}
