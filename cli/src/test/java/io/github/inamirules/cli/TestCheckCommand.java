package io.github.inamirules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.scenario.Mismatch;
import io.github.inamirules.scenario.ScenarioChecker;
import io.github.inamirules.scenario.ScenarioReader;
import io.github.inamirules.scenario.ScenarioResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TestCheckCommand {
    private static final String PASSING = "scenarios/passing.yaml";
    private static final String WRONG = "scenarios/wrong-expectation.yaml";

    @Test
    void passingFileExitsZeroWithTheSummary() {
        CliRun run = CliRun.of("check", CliRun.resource(PASSING));

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).containsExactly("PASS Courante, sessions 1 to 3", "1 passed, 0 failed");
    }

    @Test
    void exampleFilePasses() {
        CliRun run = CliRun.of("check", CliRun.exampleFile());

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).last().isEqualTo("2 passed, 0 failed");
    }

    @Test
    void wrongExpectationExitsOneWithTheMismatchLine() {
        CliRun run = CliRun.of("check", CliRun.resource(WRONG));

        assertThat(run.exitCode()).isEqualTo(InamiRulesCli.EXIT_MISMATCH);
        assertThat(run.outLines()).startsWith("PASS Courante, right expectation", "FAIL Courante, wrong insurance")
                .contains("  " + onlyMismatch(WRONG).describe())
                .last().isEqualTo("1 passed, 1 failed");
        assertThat(run.out()).containsPattern("wrong-expectation\\.yaml:30:20: scenario 'Courante, wrong insurance', "
                + "session back-2, insurance: expected 24.50, actual 24.55");
    }

    @Test
    void mismatchShowsHowTheSessionWasDecidedInTheLanguage() {
        CliRun run = CliRun.of("check", CliRun.resource(WRONG), "--lang", "fr");

        assertThat(run.out()).contains("      back-2 was decided: REIMBURSED, courante, séances 1-9 (2), code 567011");
    }

    @Test
    void scenarioTheEngineCannotAssessFailsWithTheError() {
        CliRun run = CliRun.of("check", CliRun.resource("scenarios/outside-rates.yaml"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).hasSize(3).startsWith("FAIL Courante in 2027").last().isEqualTo("0 passed, 1 failed");
        assertThat(run.outLines().get(1)).startsWith("  error: ").contains("2027-03-01");
    }

    @Test
    void verdictsAreTheScenarioCheckersForEveryTestFile() {
        ScenarioChecker checker = new ScenarioChecker(ReimbursementEngine.loadInstalled());
        for (String file : List.of(PASSING, WRONG, "scenarios/outside-rates.yaml")) {
            String path = CliRun.resource(file);
            List<String> verdicts = checker.check(ScenarioReader.installed().read(Path.of(path))).stream()
                    .map(r -> (r.passed() ? "PASS " : "FAIL ") + r.scenario().name()).toList();

            assertThat(CliRun.of("check", path).outLines()).filteredOn(l -> l.matches("(PASS|FAIL) .*"))
                    .as(file).isEqualTo(verdicts);
        }
    }

    @Test
    void folderChecksEveryYamlFileUnderIt(@TempDir Path dir) throws IOException {
        Files.copy(Path.of(CliRun.resource(PASSING)), dir.resolve("a.yaml"));
        Path nested = Files.createDirectory(dir.resolve("nested"));
        Files.copy(Path.of(CliRun.resource(WRONG)), nested.resolve("b.yml"));
        Files.writeString(dir.resolve("notes.txt"), "not a scenario");

        CliRun run = CliRun.of("check", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).last().isEqualTo("2 passed, 1 failed");
    }

    @Test
    void folderWithoutScenarioFilesIsAnError(@TempDir Path dir) {
        CliRun run = CliRun.of("check", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith("error: ").contains("no .yaml or .yml file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bad-date.yaml", "unknown-situation.yaml", "missing-prescription.yaml", "yaml-bomb.yaml"})
    void malformedFileIsOneErrorLineWithItsLocation(String name) {
        CliRun run = CliRun.of("check", CliRun.resource("malformed/" + name));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith("error: ")
                .containsPattern(name.replace(".", "\\.") + ":\\d+:\\d+: ");
    }

    @Test
    void malformedFileMessagesSayWhatIsWrong() {
        assertThat(CliRun.of("check", CliRun.resource("malformed/bad-date.yaml")).err())
                .contains("bad-date.yaml:11:15: session.date: expected a date YYYY-MM-DD, found '2025-02-31'");
        assertThat(CliRun.of("check", CliRun.resource("malformed/unknown-situation.yaml")).err())
                .contains("unknown-situation.yaml:8:20: pathology.situation: expected one of");
        assertThat(CliRun.of("check", CliRun.resource("malformed/missing-prescription.yaml")).err())
                .contains("missing-prescription.yaml:12:23: session.prescription: 'rx-knee' is not declared");
        assertThat(CliRun.of("check", CliRun.resource("malformed/yaml-bomb.yaml")).err())
                .contains("yaml-bomb.yaml:3:4: YAML anchors and aliases");
    }

    private static Mismatch onlyMismatch(String file) {
        List<ScenarioResult> results = new ScenarioChecker(ReimbursementEngine.loadInstalled())
                .check(ScenarioReader.installed().read(Path.of(CliRun.resource(file))));
        return results.stream().flatMap(r -> r.mismatches().stream()).reduce((a, b) -> {
            throw new AssertionError("more than one mismatch");
        }).orElseThrow();
    }
}
