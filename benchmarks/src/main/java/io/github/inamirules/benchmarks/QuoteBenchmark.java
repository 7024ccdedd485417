package io.github.inamirules.benchmarks;

import io.github.inamirules.assessment.Decision;
import io.github.inamirules.engine.AssessedHistory;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.Session;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The desk's quote of a next session after 100 prior sessions: from the kept passes of
 * {@link ReimbursementEngine#assessForQuoting} (constant time) and by a new assessment
 * ({@link ReimbursementEngine#quote}). Sampled, for the median.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class QuoteBenchmark {
    private ReimbursementEngine engine;
    private CareHistory history;
    private AssessedHistory desk;
    private Session next;

    /** A patient with 100 sessions, and the session after them. */
    @Setup
    public void setUp() {
        engine = ReimbursementEngine.loadInstalled();
        history = new BatchWorkload(100, 100, 11).histories().get(0);
        desk = engine.assessForQuoting(history);
        Session last = history.sessions().stream().max(io.github.inamirules.model.SessionOrder.CHRONOLOGICAL)
                .orElseThrow();
        next = Session.builder().from(last).id("next").date(LocalDate.of(2025, 12, 31)).build();
    }

    /**
     * Quotes from the kept passes.
     *
     * @return the decision
     */
    @Benchmark
    public Decision keptPass() {
        return desk.quote(next);
    }

    /**
     * Quotes by a new assessment of the history with the session.
     *
     * @return the decision
     */
    @Benchmark
    public Decision reassessed() {
        return engine.quote(history, next);
    }
}
