package io.github.inamirules.testkit;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The project's end-to-end physiotherapy cases of 2025 (worked examples WE-xx of
 * shared/research/physio.md, the foundation issue's checks, and every figure of the seeds in
 * {@code scenarios/seeds}), as scenario files run through {@link ScenarioTests}. Unit tests of single
 * rules stay in Java, in the physiotherapy module, with the few end-to-end checks the scenario format
 * cannot express ({@code TestPhysiotherapy2025}).
 */
class PhysiotherapyScenariosTest {

    @TestFactory
    Stream<DynamicNode> scenarios() {
        return ScenarioTests.onClassPath("scenarios");
    }
}
