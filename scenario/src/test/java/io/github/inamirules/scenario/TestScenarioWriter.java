package io.github.inamirules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.engine.ReimbursementEngine;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestScenarioWriter {

    @Test
    void writtenFilesReadBackToTheSameHistoriesAndExpectations() {
        ScenarioFile original = TestScenarioReader.example();
        String yaml = ScenarioWriter.write(original);
        ScenarioFile again = ScenarioReader.installed().read("again.yaml", yaml);
        assertThat(again.scenarios()).hasSameSizeAs(original.scenarios());
        for (int i = 0; i < original.scenarios().size(); i++) {
            Scenario a = original.scenarios().get(i);
            Scenario b = again.scenarios().get(i);
            assertThat(b.name()).isEqualTo(a.name());
            assertThat(b.history()).isEqualTo(a.history());
            assertThat(b.expectations()).extracting(Expectation::target)
                    .containsExactlyElementsOf(a.expectations().stream().map(Expectation::target).toList());
            assertThat(b.expectations()).flatExtracting(Expectation::values).extracting(v -> v.field() + "=" + v.text())
                    .containsExactlyElementsOf(a.expectations().stream().flatMap(e -> e.values().stream())
                            .map(v -> v.field() + "=" + v.text()).toList());
        }
    }

    @Test
    void recordedExpectations_passWhenChecked() {
        ReimbursementEngine engine = ReimbursementEngine.loadInstalled();
        Scenario s = TestScenarioReader.example().scenarios().get(0);
        Assessment a = engine.assess(s.history());
        List<Expectation> recorded = ScenarioWriter.recordExpectations(a, "recorded.yaml");
        Scenario withRecorded = new Scenario("recorded", Optional.empty(), s.history(), recorded, s.location());
        String yaml = ScenarioWriter.write(new ScenarioFile("recorded.yaml", 1, List.of(withRecorded)));
        ScenarioResult r = new ScenarioChecker(engine).check(ScenarioReader.installed().read("recorded.yaml", yaml)).get(0);
        assertThat(recorded).hasSize(s.history().sessions().size());
        assertThat(r.mismatches()).isEmpty();
        assertThat(r.passed()).isTrue();
    }
}
