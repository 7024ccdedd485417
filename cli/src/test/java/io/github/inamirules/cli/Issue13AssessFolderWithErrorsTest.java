package io.github.inamirules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression (issue 13, §3): {@code assess} over a folder with one unreadable file printed nothing for
 * the good ones. It now prints every readable scenario's result, then one error line per failing file
 * or scenario, and exits 2.
 */
class Issue13AssessFolderWithErrorsTest {
    private static final String FOLDER = CliRun.resource("folder-with-errors");

    @Test
    void table_printsTheReadableScenarios_thenTheErrors_andExits2() {
        CliRun run = CliRun.of("assess", FOLDER);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("Courante, two sessions  (2025/courante.yaml)", "back-2 ",
                "Knee, one session  (later.yaml)", "knee-1 ");
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).startsWith("error: ").containsPattern("bad-date\\.yaml:\\d+:\\d+: ");
        assertThat(run.errLines().get(1)).startsWith("error: ").contains("later.yaml", "scenario 'Courante in 2027'");
    }

    @Test
    void json_isAValidDocumentOfTheReadableScenarios() throws Exception {
        CliRun run = CliRun.of("assess", FOLDER, "--format", "json");

        assertThat(run.exitCode()).isEqualTo(2);
        JsonNode scenarios = new ObjectMapper().readTree(run.out()).get("scenarios");
        assertThat(scenarios).extracting(s -> s.get("file").asText()).containsExactly("2025/courante.yaml", "later.yaml");
        assertThat(scenarios).extracting(s -> s.get("patientId").asText()).containsExactly("p-courante", "p-knee");
        assertThat(run.errLines()).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("error: "));
    }

    @Test
    void csv_rowsOfTheReadableScenarios_withTheirPathRelativeToTheFolder() {
        CliRun run = CliRun.of("assess", FOLDER, "--format", "csv", "--machine");

        assertThat(run.exitCode()).isEqualTo(2);
        List<List<String>> records = TestAssessCommand.parseCsv(run.out());
        assertThat(records).hasSize(1 + 3);
        assertThat(records.subList(1, 4)).extracting(r -> r.get(0) + " " + r.get(2))
                .containsExactly("2025/courante.yaml p-courante", "2025/courante.yaml p-courante", "later.yaml p-knee");
    }

    @Test
    void aFolderWithoutErrors_exits0() {
        CliRun run = CliRun.of("assess", CliRun.resource("folder-with-errors/2025"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("(courante.yaml)");
    }
}
