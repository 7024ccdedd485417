package io.github.inamirules.testkit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every hostile input kept in {@code src/test/resources/hostile/regressions/} (mutants found by
 * {@link ScenarioFuzzProperties}, trimmed, and inputs written by hand) holds the {@link Contract}: a
 * one-line error naming the file, or every session decided, within 2 seconds. One test per file.
 *
 * <p>An input found to break the contract is added here with its fix, so the build stays red until
 * the main code holds.
 */
class HostileRegressionsTest {

    @Test
    void thereAreRegressions() {
        assertThat(Seeds.files(Seeds.REGRESSIONS)).isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyRegressionHoldsTheContract() {
        List<Path> files = Seeds.files(Seeds.REGRESSIONS);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(), () -> {
            String name = "hostile/regressions/" + file.getFileName();
            Contract.check(name, Seeds.read(file));
        }));
    }
}
