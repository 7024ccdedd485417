package io.github.inamirules.benchmarks;

import io.github.inamirules.engine.ReimbursementEngine;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine build with every module installed (three professions, rates 2019–2026), once per fresh
 * JVM: a single shot in each of several forks, so class loading, service lookup and the parsing and
 * validation of every rate file are counted as a user's first call sees them.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class EngineBuildBenchmark {

    /**
     * Builds the engine from every installed rule set and rate module.
     *
     * @return the engine
     */
    @Benchmark
    public ReimbursementEngine loadInstalled() {
        return ReimbursementEngine.loadInstalled();
    }
}
