package io.github.inamirules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.engine.ReimbursementEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestScenarioChecker {
    private static final ScenarioChecker CHECKER = new ScenarioChecker(ReimbursementEngine.loadInstalled());

    @Test
    void theExamplePasses() {
        List<ScenarioResult> results = CHECKER.check(TestScenarioReader.example());
        assertThat(results).hasSize(2).allSatisfy(r -> assertThat(r.mismatches()).isEmpty());
        assertThat(results).allMatch(ScenarioResult::passed);
    }

    @Test
    void aWrongExpectation_isAMismatchWithFileScenarioSessionFieldExpectedActual() {
        String yaml = String.join("\n",
                "format: 1",
                "scenarios:",
                "  - name: wrong insurance",
                "    practitioners: [{id: kine, conventioned: true}]",
                "    pathologies: [{id: back, situation: courante}]",
                "    prescriptions: [{id: rx, pathology: back, date: 2025-03-01}]",
                "    sessions: [{date: 2025-03-10}]",
                "    expect:",
                "      - session: back-1",
                "        insurance: 20.00",
                "        reasons: [PHYSIO_SUPPLEMENT]",
                "      - totals: {reimbursed: 1, insurance: 24.55}",
                "      - {entitlement: PHYSIO_COURANTE, pathology: back, used: 2}",
                "");
        ScenarioResult r = CHECKER.check(ScenarioReader.installed().read("w.yaml", yaml)).get(0);
        assertThat(r.passed()).isFalse();
        assertThat(r.mismatches()).extracting(Mismatch::describe).containsExactly(
                "w.yaml:10:20: scenario 'wrong insurance', session back-1, insurance: expected 20.00, actual 24.55",
                "w.yaml:11:18: scenario 'wrong insurance', session back-1, reasons: expected PHYSIO_SUPPLEMENT, actual "
                        + "PHYSIO_AMOUNTS",
                "w.yaml:13:63: scenario 'wrong insurance', entitlement PHYSIO_COURANTE of back, used: expected 2, "
                        + "actual 1");
        assertThat(r.expectations().get(1).passed()).isTrue();
    }

    @Test
    void anEngineError_isAFailedResult_notAnException() {
        String yaml = String.join("\n",
                "format: 1",
                "scenarios:",
                "  - name: outside coverage",
                "    practitioners: [{id: kine}]",
                "    pathologies: [{id: back, situation: courante}]",
                "    prescriptions: [{id: rx, pathology: back, date: 2024-03-01}]",
                "    sessions: [{date: 2024-03-10}]",
                "");
        ScenarioResult r = CHECKER.check(ScenarioReader.installed().read("c.yaml", yaml)).get(0);
        assertThat(r.passed()).isFalse();
        assertThat(r.error()).get().asString().contains("no loaded rate module covers physiotherapy on 2024-03-10");
    }

    private static ScenarioResult checkWithExpect(String sessionDate, String... expect) {
        String yaml = String.join("\n",
                "format: 1",
                "scenarios:",
                "  - name: error expectations",
                "    practitioners: [{id: kine}]",
                "    pathologies: [{id: back, situation: courante}]",
                "    prescriptions: [{id: rx, pathology: back, date: " + sessionDate + "}]",
                "    sessions: [{date: " + sessionDate + "}]",
                "    expect:") + "\n" + String.join("\n", expect) + "\n";
        return CHECKER.check(ScenarioReader.installed().read("e.yaml", yaml)).get(0);
    }

    @Test
    void anExpectedError_passes_andOtherTextsOrExpectationsFail() {
        assertThat(checkWithExpect("2024-03-10", "      - error: no loaded rate module covers").passed()).isTrue();
        ScenarioResult wrongText = checkWithExpect("2024-03-10", "      - error: something else");
        assertThat(wrongText.passed()).isFalse();
        assertThat(wrongText.mismatches()).singleElement().satisfies(m -> {
            assertThat(m.field()).isEqualTo("error");
            assertThat(m.actual()).contains("no loaded rate module covers physiotherapy on 2024-03-10");
        });
        ScenarioResult alsoSession = checkWithExpect("2024-03-10", "      - error: no loaded rate module",
                "      - {session: back-1, outcome: reimbursed}");
        assertThat(alsoSession.passed()).isFalse();
        assertThat(alsoSession.mismatches()).extracting(Mismatch::field).containsExactly("assessment");
    }

    @Test
    void anExpectedErrorThatDoesNotHappen_fails() {
        ScenarioResult r = checkWithExpect("2025-03-10", "      - error: no loaded rate module");
        assertThat(r.passed()).isFalse();
        assertThat(r.mismatches()).extracting(Mismatch::describe).containsExactly(
                "e.yaml:9:16: scenario 'error expectations', assessment error, error: expected no loaded rate module, "
                        + "actual assessed without error");
    }
}
