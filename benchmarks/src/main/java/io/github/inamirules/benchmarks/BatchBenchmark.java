package io.github.inamirules.benchmarks;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.CareHistory;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 * A batch of 2025 physiotherapy sessions ({@link BatchWorkload}) decided by the engine, with full
 * pricing and reasons, against the hand-written tier classifier ({@link Baseline}) on the same rows,
 * in the same run. One operation is the whole batch; decisions per second = sessions / time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class BatchBenchmark {
    /** Sessions in the batch. */
    @Param({"10000", "100000", "1000000"})
    public int sessions;

    private ReimbursementEngine engine;
    private BatchWorkload rows;
    private List<CareHistory> histories;

    /** Generates the rows and builds the engine, once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        engine = ReimbursementEngine.loadInstalled();
        rows = new BatchWorkload(sessions, 2025);
        histories = rows.histories();
    }

    /**
     * The hand-written classifier: tiers only.
     *
     * @return the tiers
     */
    @Benchmark
    public byte[] baseline() {
        return Baseline.classify(rows);
    }

    /**
     * The engine from the rows: group them per patient, build the care histories, decide them.
     *
     * @param out where the assessments go
     */
    @Benchmark
    public void engineFromRows(Blackhole out) {
        for (CareHistory h : rows.histories()) {
            out.consume(engine.assess(h));
        }
    }

    /**
     * The engine on histories built beforehand: the decisions alone.
     *
     * @param out where the assessments go
     */
    @Benchmark
    public void engineOnHistories(Blackhole out) {
        for (CareHistory h : histories) {
            Assessment a = engine.assess(h);
            out.consume(a);
        }
    }
}
