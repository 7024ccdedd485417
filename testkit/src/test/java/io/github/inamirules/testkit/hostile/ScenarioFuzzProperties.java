package io.github.inamirules.testkit.hostile;

import io.github.inamirules.testkit.hostile.Contract.Violation;
import io.github.inamirules.testkit.hostile.Mutator.Kind;
import io.github.inamirules.testkit.hostile.Mutator.Mutant;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;

/**
 * Hostile input, searched for on every build: mutants of the project's own scenario files
 * ({@code testkit/src/test/resources/scenarios/**} and {@code docs/examples/*.yaml}, read from the file
 * system) with lines deleted, duplicated, swapped or re-indented, scalars replaced with hostile tokens
 * (huge numbers, far dates, empty and quoted texts, unicode, control characters, YAML syntax), or the
 * file truncated. 4 × 2,500 = 10,000 mutants a run, each read and checked under {@link Contract}: a
 * one-line error naming the file, or every session decided, within 2 seconds.
 *
 * <p>A failing mutant is written to {@code target/fuzz-failures/} (the input and the stack trace), to be
 * kept under {@code src/test/resources/hostile/}, where {@link HostileRegressionsTest} runs it.
 * Mutants are random values from a fixed jqwik seed per property, so that a build is reproducible and a
 * release never fails on a mutant nobody has seen; to search further, change the seeds (or remove them
 * for jqwik's random ones) and run the module: 344,000 mutants were searched so when these tests were
 * written, and every distinct failure is in {@code regressions/}. Shrinking would re-run slow inputs,
 * so it is off.
 */
class ScenarioFuzzProperties {
    static final int TRIES = 2_500;

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF, seed = "20261201")
    void lineMutations(@ForAll("lines") Mutant mutant) {
        holds(mutant, Kind.LINES);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF, seed = "20261202")
    void scalarReplacements(@ForAll("scalars") Mutant mutant) {
        holds(mutant, Kind.SCALARS);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF, seed = "20261203")
    void truncations(@ForAll("truncations") Mutant mutant) {
        holds(mutant, Kind.TRUNCATE);
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF, seed = "20261204")
    void mixedMutations(@ForAll("mixed") Mutant mutant) {
        holds(mutant, Kind.MIXED);
    }

    private static void holds(Mutant mutant, Kind kind) {
        try {
            Contract.Outcome outcome = Contract.check(mutant.seed().name(), mutant.content());
            Statistics.label("outcome").collect(outcome);
        } catch (Violation v) {
            Path saved = Contract.save(kind.name().toLowerCase() + "-" + mutant.seed().name(), mutant.content(), v);
            throw new AssertionError(v.getMessage() + "\n  mutant of " + mutant + "\n  saved as " + saved,
                    v.getCause() != null ? v.getCause() : v);
        }
    }

    @Provide
    Arbitrary<Mutant> lines() {
        return mutants(Kind.LINES);
    }

    @Provide
    Arbitrary<Mutant> scalars() {
        return mutants(Kind.SCALARS);
    }

    @Provide
    Arbitrary<Mutant> truncations() {
        return mutants(Kind.TRUNCATE);
    }

    @Provide
    Arbitrary<Mutant> mixed() {
        return mutants(Kind.MIXED);
    }

    private static Arbitrary<Mutant> mutants(Kind kind) {
        return Arbitraries.randomValue(random -> Mutator.mutate(random, kind)).withoutEdgeCases();
    }
}
