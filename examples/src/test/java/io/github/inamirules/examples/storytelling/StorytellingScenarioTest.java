package io.github.inamirules.examples.storytelling;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.cli.InamiRulesCli;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.scenario.Mismatch;
import io.github.inamirules.scenario.ScenarioChecker;
import io.github.inamirules.scenario.ScenarioFile;
import io.github.inamirules.scenario.ScenarioReader;
import io.github.inamirules.scenario.ScenarioResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The fictional storytelling profession's scenario file passes, read with the installed professions'
 * words, through the {@link ScenarioChecker} and through the command line's {@code check}, run in
 * this JVM: the same verdicts, and neither tool knows the profession. This module's tests run on the
 * module path, so the rule set and the rate module are found as services of a named module.
 */
class StorytellingScenarioTest {
    private static final String RESOURCE = "/storytelling/storytelling-2025.yaml";
    private static final int SCENARIOS = 9;

    static Path scenarioFile() {
        URL url = StorytellingScenarioTest.class.getResource(RESOURCE);
        if (url != null && "file".equals(url.getProtocol())) {
            try {
                return Path.of(url.toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        Path source = Path.of("src/test/resources" + RESOURCE);
        assertThat(source).exists();
        return source;
    }

    @Test
    void theScenarioFile_passes_throughTheScenarioChecker() {
        ScenarioFile file = ScenarioReader.installed().read(scenarioFile());
        assertThat(file.scenarios()).hasSize(SCENARIOS);
        List<ScenarioResult> results = new ScenarioChecker(ReimbursementEngine.loadInstalled()).check(file);
        assertThat(results).hasSize(SCENARIOS).allSatisfy(r -> assertThat(r.passed())
                .as("%s: %s %s", r.scenario().name(), r.error().orElse(""),
                        r.mismatches().stream().map(Mismatch::describe).collect(Collectors.joining("; ")))
                .isTrue());
    }

    @Test
    void theScenarioFile_passes_throughTheCommandLine() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = InamiRulesCli.run(new PrintWriter(out), new PrintWriter(err), "check", scenarioFile().toString());
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString().strip()).as(out.toString()).endsWith(SCENARIOS + " passed, 0 failed")
                .contains("PASS A physiotherapist and a storyteller side by side");
        assertThat(code).isEqualTo(InamiRulesCli.EXIT_OK);
    }

    @Test
    void aMistakeInTheFile_isReportedAsFailed_byBothTools() throws Exception {
        String wrong = Files.readString(scenarioFile()).replace("insurance: 26.50", "insurance: 26.00");
        Path file = Files.createTempFile("storytelling-wrong", ".yaml");
        try {
            Files.writeString(file, wrong);
            List<ScenarioResult> results = new ScenarioChecker(ReimbursementEngine.loadInstalled())
                    .check(ScenarioReader.installed().read(file));
            assertThat(results).filteredOn(r -> !r.passed()).singleElement()
                    .satisfies(r -> assertThat(r.mismatches()).singleElement()
                            .satisfies(m -> assertThat(m.describe()).contains("saga-2", "insurance: expected 26.00",
                                    "actual 26.50")));
            StringWriter out = new StringWriter();
            int code = InamiRulesCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "check",
                    file.toString());
            assertThat(code).isEqualTo(InamiRulesCli.EXIT_MISMATCH);
            assertThat(out.toString().strip()).endsWith((SCENARIOS - 1) + " passed, 1 failed");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aWrongSetting_isAnErrorNamingTheLineAndTheChoices() throws Exception {
        String wrong = Files.readString(scenarioFile()).replace("{date: 2025-06-30, setting: library}",
                "{date: 2025-06-30, setting: bonfire}");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path file = Files.createTempFile("storytelling-bonfire", ".yaml");
        try {
            Files.writeString(file, wrong);
            int code = InamiRulesCli.run(new PrintWriter(out), new PrintWriter(err), "check", file.toString());
            assertThat(code).isEqualTo(InamiRulesCli.EXIT_INVALID_INPUT);
            assertThat(err.toString()).startsWith("error: ").contains(file.getFileName().toString() + ":")
                    .contains("expected one of library, campfire, found 'bonfire'");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void simulate_speaksTheFictionalProfession() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = InamiRulesCli.run(new PrintWriter(out), new PrintWriter(err), "simulate",
                "--profession", "storytelling", "--kind", "saga", "--sessions", "21", "--from", "2025-03-03",
                "--every", "1", "--setting", "campfire", "--lang", "fr");
        assertThat(err.toString()).isEmpty();
        assertThat(code).isEqualTo(InamiRulesCli.EXIT_OK);
        // The simulator added the saga approval: no 005; the 21st session reaches the yearly maximum.
        assertThat(out.toString()).contains("ST1002", "ST2002", "conte, séances 1-10", "STORY_SAGA_APPROVED")
                .doesNotContain("STORY_SAGA_APPROVAL_MISSING").containsPattern("saga-21 .*refusée\\s+002")
                .contains("STORY_SESSIONS", "20 utilisées sur 20");
    }
}
