package io.github.inamirules.benchmarks;

import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.CareHistory;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Cost per session by length of history: 10,000 sessions in histories of 10, 100, 1,000 or 10,000
 * sessions each (the chronological pass is meant to be linear, so the time of one operation, which
 * decides all 10,000 sessions, should not grow with the length).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class HistoryLengthBenchmark {
    /** Total sessions decided per operation. */
    public static final int TOTAL = 10_000;

    /** Sessions per history. */
    @Param({"10", "100", "1000", "10000"})
    public int perHistory;

    private ReimbursementEngine engine;
    private List<CareHistory> histories;

    /** Builds the engine and the histories once per trial. */
    @Setup
    public void setUp() {
        engine = ReimbursementEngine.loadInstalled();
        histories = new BatchWorkload(TOTAL, perHistory, 7).histories();
    }

    /**
     * Decides the 10,000 sessions.
     *
     * @param out where the assessments go
     */
    @Benchmark
    public void assess(Blackhole out) {
        for (CareHistory h : histories) {
            out.consume(engine.assess(h));
        }
    }
}
