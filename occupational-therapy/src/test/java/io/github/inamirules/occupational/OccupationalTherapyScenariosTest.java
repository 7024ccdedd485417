package io.github.inamirules.occupational;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.scenario.Mismatch;
import io.github.inamirules.scenario.ScenarioChecker;
import io.github.inamirules.scenario.ScenarioFile;
import io.github.inamirules.scenario.ScenarioReader;
import io.github.inamirules.scenario.ScenarioResult;
import io.github.inamirules.testkit.ScenarioTests;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The end-to-end occupational-therapy scenario files (format 1, docs/scenario-format.md): those under
 * {@code scenarios/occupational-therapy} against the proposed 2025 data (no fee known), those under
 * {@code scenarios/occupational-therapy-fixture} against the MOVITA fixture overlay (amounts). They are
 * read with a reader that knows only this profession's vocabulary, as a user's tool would.
 */
class OccupationalTherapyScenariosTest {

    @TestFactory
    Stream<DynamicNode> withThe2025Data() {
        return ScenarioTests.onClassPath("scenarios/occupational-therapy", OtCase.SHIPPED);
    }

    @TestFactory
    Stream<DynamicNode> withTheFixtureOverlay() {
        return ScenarioTests.onClassPath("scenarios/occupational-therapy-fixture", OtCase.FIXTURE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"scenarios/occupational-therapy, shipped", "scenarios/occupational-therapy-fixture, fixture"})
    void everyFilePassesThroughTheChecker(String folder, String engine) throws URISyntaxException {
        ScenarioReader reader = ScenarioReader.of(List.of(new OccupationalTherapyRuleSet().vocabulary()));
        ScenarioChecker checker = new ScenarioChecker(engine.equals("shipped") ? OtCase.SHIPPED : OtCase.FIXTURE);
        List<ScenarioFile> files = reader.readAll(Path.of(getClass().getClassLoader().getResource(folder).toURI()));
        assertThat(files).isNotEmpty();
        for (ScenarioFile file : files) {
            List<ScenarioResult> results = checker.check(file);
            assertThat(results).isNotEmpty();
            String failures = results.stream().flatMap(r -> Stream.concat(r.error().stream(),
                    r.mismatches().stream().map(Mismatch::describe))).collect(Collectors.joining("\n"));
            assertThat(results).as(failures).allMatch(ScenarioResult::passed);
        }
    }
}
