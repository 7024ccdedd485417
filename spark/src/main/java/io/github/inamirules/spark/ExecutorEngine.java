package io.github.inamirules.spark;

import io.github.inamirules.engine.CoveragePolicy;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.tables.HistoryAssembler;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One engine per JVM and coverage policy, built on first use from the rule sets and rate modules
 * installed on that JVM's class path ({@link ReimbursementEngine#loadInstalled()}): on a Spark executor,
 * the application's jar. Engines are never serialised; a task names the policy, the executor builds its
 * own. Package-private; thread-safe.
 */
final class ExecutorEngine {
    private static final Map<CoveragePolicy, ExecutorEngine> ENGINES = new ConcurrentHashMap<>();

    private final ReimbursementEngine engine;
    private final HistoryAssembler assembler;

    private ExecutorEngine(ReimbursementEngine engine) {
        this.engine = engine;
        this.assembler = HistoryAssembler.of(engine);
    }

    static ExecutorEngine of(CoveragePolicy policy) {
        return ENGINES.computeIfAbsent(policy, p -> new ExecutorEngine(p == CoveragePolicy.STRICT
                ? ReimbursementEngine.loadInstalled()
                : ReimbursementEngine.builder().addInstalled().coveragePolicy(p).build()));
    }

    ReimbursementEngine engine() {
        return engine;
    }

    HistoryAssembler assembler() {
        return assembler;
    }
}
