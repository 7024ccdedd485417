package io.github.inamirules.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.engine.ReimbursementEngine;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * {@link ScenarioTests} on the deliberately failing scenarios of {@code src/test/resources/failing}: the
 * tree, the verdicts and the exact failure messages, obtained by running the dynamic tests' executables.
 */
class TestScenarioTests {
    private static final Path FAILING = Path.of("src/test/resources/failing");
    private static final String MISMATCHES = "src/test/resources/failing/mismatches.yaml";
    private static final String WRONG = "mismatches.yaml/Wrong amounts/";

    @Test
    void oneContainerPerFile_inPathOrder_subFoldersIncluded() {
        assertThat(ScenarioTests.in(FAILING)).extracting(DynamicNode::getDisplayName)
                .containsExactly("mismatches.yaml", "more/no-expectations.yml", "not-covered.yaml", "unreadable.yaml");
    }

    @Test
    void oneTestPerExpectation_andPerSessionOfARange() {
        assertThat(tests(ScenarioTests.in(FAILING)).keySet()).containsExactly(
                WRONG + "session back-3: outcome, insurance",
                WRONG + "session back-1: code",
                WRONG + "session back-2: code",
                WRONG + "session back-3: code",
                WRONG + "session back-2: rank",
                WRONG + "session back-3: rank",
                WRONG + "session back-1: patient_share, supplement",
                WRONG + "totals: reimbursed",
                WRONG + "entitlement PHYSIO_COURANTE of back: used",
                WRONG + "entitlement PHYSIO_FA: used",
                "mismatches.yaml/Passes/session back-1: insurance",
                "more/no-expectations.yml/Only has to be assessed/assessment",
                "not-covered.yaml/Session in 2024/assessment",
                "unreadable.yaml");
    }

    @Test
    void holdingExpectationsPass() {
        Map<String, DynamicTest> tests = tests(ScenarioTests.in(FAILING));
        for (String name : new String[] {WRONG + "session back-1: code", WRONG + "session back-2: code",
                WRONG + "session back-3: code", WRONG + "session back-2: rank",
                WRONG + "entitlement PHYSIO_COURANTE of back: used", "mismatches.yaml/Passes/session back-1: insurance",
                "more/no-expectations.yml/Only has to be assessed/assessment"}) {
            assertThatCode(tests.get(name).getExecutable()::execute).as(name).doesNotThrowAnyException();
        }
    }

    @Test
    void wrongAmount_failsWithTheMismatchLine_andExpectedAndActual() {
        DynamicTest test = tests(ScenarioTests.in(FAILING)).get(WRONG + "session back-3: outcome, insurance");
        assertThatThrownBy(test.getExecutable()::execute).isInstanceOf(AssertionFailedError.class)
                .hasMessage(MISMATCHES + ":17:20: scenario 'Wrong amounts', session back-3, insurance: expected 24.00, "
                        + "actual 24.55")
                .satisfies(e -> {
                    AssertionFailedError failure = (AssertionFailedError) e;
                    assertThat(failure.getExpected().getValue()).isEqualTo("24.00");
                    assertThat(failure.getActual().getValue()).isEqualTo("24.55");
                });
    }

    @Test
    void sessionRange_failsOnlyForTheSessionThatDiffers() {
        DynamicTest test = tests(ScenarioTests.in(FAILING)).get(WRONG + "session back-3: rank");
        assertThatThrownBy(test.getExecutable()::execute).isInstanceOf(AssertionFailedError.class)
                .hasMessage(MISMATCHES + ":21:15: scenario 'Wrong amounts', session back-3, rank: expected 2, actual 3");
    }

    @Test
    void severalFieldsWrong_oneLineEach_andFieldLinesForTheComparison() {
        DynamicTest test = tests(ScenarioTests.in(FAILING)).get(WRONG + "session back-1: patient_share, supplement");
        assertThatThrownBy(test.getExecutable()::execute).isInstanceOf(AssertionFailedError.class)
                .hasMessage(MISMATCHES + ":23:24: scenario 'Wrong amounts', session back-1, patient_share: expected 6.00, "
                        + "actual 6.25\n"
                        + MISMATCHES + ":24:21: scenario 'Wrong amounts', session back-1, supplement: expected 1.00, "
                        + "actual 0.00")
                .satisfies(e -> {
                    AssertionFailedError failure = (AssertionFailedError) e;
                    assertThat(failure.getExpected().getValue()).isEqualTo("patient_share: 6.00\nsupplement: 1.00");
                    assertThat(failure.getActual().getValue()).isEqualTo("patient_share: 6.25\nsupplement: 0.00");
                });
    }

    @Test
    void totals_andCounters_failWithTheMismatchLine() {
        Map<String, DynamicTest> tests = tests(ScenarioTests.in(FAILING));
        assertThatThrownBy(tests.get(WRONG + "totals: reimbursed").getExecutable()::execute)
                .hasMessage(MISMATCHES + ":26:23: scenario 'Wrong amounts', totals, reimbursed: expected 2, actual 3");
        assertThatThrownBy(tests.get(WRONG + "entitlement PHYSIO_FA: used").getExecutable()::execute)
                .hasMessage(MISMATCHES + ":30:9: scenario 'Wrong amounts', entitlement PHYSIO_FA, counter: expected one "
                        + "counter, actual no such counter; counters: PHYSIO_COURANTE_PATHOLOGIES from 2025-01-01, "
                        + "PHYSIO_COURANTE/back from 2025-01-01");
    }

    @Test
    void scenarioThatCannotBeAssessed_isOneFailingTest_withTheEngineError() {
        DynamicTest test = tests(ScenarioTests.in(FAILING)).get("not-covered.yaml/Session in 2024/assessment");
        assertThatThrownBy(test.getExecutable()::execute).isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("src/test/resources/failing/not-covered.yaml:3:5: scenario 'Session in 2024', "
                        + "assessment: ")
                .hasMessageContaining("2024-03-03").hasMessageContaining("physiotherapy");
    }

    @Test
    void fileThatCannotBeRead_isOneFailingTestNamedAfterIt_withTheReadersLine() {
        DynamicTest test = tests(ScenarioTests.in(FAILING)).get("unreadable.yaml");
        assertThatThrownBy(test.getExecutable()::execute).isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("src/test/resources/failing/unreadable.yaml:8:5: scenario: unknown key 'sesions'")
                .hasMessageNotContaining("\n");
        assertThat(test.getTestSourceUri()).hasValueSatisfying(uri ->
                assertThat(uri.toString()).endsWith("/failing/unreadable.yaml?line=8&column=5"));
    }

    @Test
    void everyTestHasTheYamlLineOfItsExpectationAsSource() {
        Map<String, DynamicTest> tests = tests(ScenarioTests.in(FAILING));
        URI source = tests.get(WRONG + "session back-3: rank").getTestSourceUri().orElseThrow();
        assertThat(source.getScheme()).isEqualTo("file");
        assertThat(source.getQuery()).isEqualTo("line=20&column=9");
        assertThat(Path.of(URI.create(source.toString().replaceFirst("\\?.*", ""))))
                .isEqualTo(Path.of(MISMATCHES).toAbsolutePath());
        assertThat(tests.values()).allSatisfy(t -> assertThat(t.getTestSourceUri()).isPresent());
    }

    @Test
    void containersHaveSources_fileAndScenarioLine() {
        DynamicContainer file = (DynamicContainer) ScenarioTests.in(FAILING).findFirst().orElseThrow();
        assertThat(file.getTestSourceUri().orElseThrow().toString()).endsWith("/failing/mismatches.yaml");
        DynamicNode scenario = file.getChildren().findFirst().orElseThrow();
        assertThat(scenario.getDisplayName()).isEqualTo("Wrong amounts");
        assertThat(scenario.getTestSourceUri().orElseThrow().getQuery()).isEqualTo("line=5&column=5");
    }

    @Test
    void onClassPath_findsTheSameFiles_withTheSameVerdicts() {
        Map<String, DynamicTest> fromFolder = tests(ScenarioTests.in(FAILING));
        Map<String, DynamicTest> fromClassPath = tests(ScenarioTests.onClassPath("/failing"));
        assertThat(fromClassPath.keySet()).containsExactlyElementsOf(fromFolder.keySet());
        for (String name : fromFolder.keySet()) {
            assertThat(passes(fromClassPath.get(name))).as(name).isEqualTo(passes(fromFolder.get(name)));
        }
    }

    @Test
    void givenEngine_isTheOneUsed() {
        ReimbursementEngine noRuleSets = ReimbursementEngine.builder().build();
        Map<String, DynamicTest> tests = tests(ScenarioTests.in(FAILING.resolve("more"), noRuleSets));
        // The engine has no rule set, so the file's profession words cannot even be read.
        assertThat(tests).containsOnlyKeys("no-expectations.yml");
        assertThatThrownBy(tests.values().iterator().next().getExecutable()::execute)
                .hasMessageContaining("no installed rule set for profession 'physiotherapy'");
    }

    @Test
    void emptyFolder_isOneFailingTest(@TempDir Path empty) throws IOException {
        Files.writeString(empty.resolve("notes.txt"), "not a scenario");
        Map<String, DynamicTest> tests = tests(ScenarioTests.in(empty));
        assertThat(tests).containsOnlyKeys("no scenario file");
        assertThatThrownBy(tests.get("no scenario file").getExecutable()::execute)
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage(empty + ": no scenario file (*.yaml, *.yml) in this folder");
    }

    @Test
    void missingFolder_isRefusedAtOnce() {
        assertThatThrownBy(() -> ScenarioTests.in(FAILING.resolve("nowhere")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scenario folder src/test/resources/failing/nowhere does not exist or is not a folder");
        assertThatThrownBy(() -> ScenarioTests.onClassPath("nowhere"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no folder 'nowhere' on the class path");
    }

    private static boolean passes(DynamicTest test) {
        try {
            test.getExecutable().execute();
            return true;
        } catch (Throwable e) {
            return false;
        }
    }

    /** Every dynamic test of the tree by its path of display names; containers are expanded in order. */
    static Map<String, DynamicTest> tests(Stream<? extends DynamicNode> nodes) {
        Map<String, DynamicTest> out = new LinkedHashMap<>();
        collect(nodes, "", out);
        return out;
    }

    private static void collect(Stream<? extends DynamicNode> nodes, String prefix, Map<String, DynamicTest> out) {
        nodes.forEach(node -> {
            String name = prefix + node.getDisplayName();
            if (node instanceof DynamicContainer) {
                collect(((DynamicContainer) node).getChildren(), name + "/", out);
            } else {
                assertThat(out.put(name, (DynamicTest) node)).as("duplicate test name %s", name).isNull();
            }
        });
    }
}
