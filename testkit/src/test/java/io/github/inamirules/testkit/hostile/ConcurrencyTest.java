package io.github.inamirules.testkit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.physiotherapy.Physiotherapy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One engine shared by 16 threads, as the README promises ("once, shared by all threads"): 200 mixed
 * 2025 physiotherapy histories of {@link io.github.inamirules.testkit.CareHistoryArbitraries} (fixed seed), each assessed once on this thread, then 5 times each concurrently, all
 * tasks released together and in shuffled order; every concurrent assessment equals the single-threaded
 * one.
 */
class ConcurrencyTest {
    static final int THREADS = 16;
    static final int HISTORIES = 200;
    static final int REPEATS = 5;
    static final long SEED = 20250101L;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void oneEngineSharedBySixteenThreadsDecidesAsOnOneThread() throws Exception {
        ReimbursementEngine engine = ReimbursementEngine.loadInstalled();
        List<CareHistory> histories = Samples.histories(engine, Physiotherapy.PROFESSION, DateRange.ofYear(2025),
                HISTORIES, SEED);
        assertThat(histories.stream().mapToInt(h -> h.sessions().size()).sum()).as("sessions in all").isGreaterThan(1000);

        List<Assessment> expected = new ArrayList<>();
        for (CareHistory h : histories) {
            expected.add(engine.assess(h));
        }

        List<Integer> tasks = new ArrayList<>();
        for (int r = 0; r < REPEATS; r++) {
            for (int i = 0; i < HISTORIES; i++) {
                tasks.add(i);
            }
        }
        Collections.shuffle(tasks, new Random(SEED));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Assessment>> futures = new ArrayList<>();
            for (int i : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return engine.assess(histories.get(i));
                }));
            }
            start.countDown();
            for (int t = 0; t < tasks.size(); t++) {
                int i = tasks.get(t);
                Assessment actual = futures.get(t).get(60, TimeUnit.SECONDS);
                assertThat(actual).as("history %d, concurrent assessment %d", i, t).isEqualTo(expected.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
