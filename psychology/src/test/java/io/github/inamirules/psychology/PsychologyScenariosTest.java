package io.github.inamirules.psychology;

import io.github.inamirules.testkit.ScenarioTests;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The end-to-end clinical-psychology cases (worked examples P-E1 to P-E26 of shared/research/psy.md
 * whose figures exist, and issue 8's checks) as scenario files in format 1, read with the
 * profession's words and run through the testkit's {@link ScenarioTests} with the test engine (the
 * historic TEST DATA and the copy of the proposed rates-2025 data).
 */
class PsychologyScenariosTest {

    @TestFactory
    Stream<DynamicNode> scenarios() {
        return ScenarioTests.in(Path.of("src/test/resources/scenarios"), TestRateModules.ENGINE);
    }
}
