package io.github.inamirules.testkit;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The project's end-to-end physiotherapy cases of 2025 (worked examples WE-xx of
 * shared/research/physio.md and the foundation issue's checks), as scenario files run through
 * {@link ScenarioTests}. Unit tests of single rules stay in Java, in core; the few end-to-end checks the
 * scenario format cannot express stay in rates-2025's {@code TestPhysiotherapy2025}.
 */
class PhysiotherapyScenariosTest {

    @TestFactory
    Stream<DynamicNode> physiotherapy() {
        return ScenarioTests.onClassPath("scenarios/physiotherapy");
    }
}
