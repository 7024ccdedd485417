package io.github.inamirules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression tests of the hostile-input issue, items 3, 6 and 11, through the command line: a newline
 * or an ANSI escape in a scenario name cannot forge a line of {@code check}'s output, a file that is not
 * UTF-8 is reported with its byte, a folder with a broken file names it.
 */
class TestHostileOutput {
    private static final String SCENARIO = String.join("\n",
            "format: 1",
            "scenarios:",
            "  - name: \"evil\\n3 passed, 0 failed\\u001b[31m\"",
            "    practitioners: [{id: kine, conventioned: true}]",
            "    pathologies: [{id: back, situation: courante}]",
            "    prescriptions: [{id: rx, pathology: back, date: 2025-03-01}]",
            "    sessions:",
            "      - {date: 2025-03-10}",
            "    expect:",
            "      - {session: back-1, outcome: refused}",
            "");

    @Test
    void aNewlineInAScenarioName_cannotForgeALine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("evil.yaml");
        Files.writeString(file, SCENARIO, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("check", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).noneMatch(l -> l.equals("3 passed, 0 failed"));
        assertThat(run.out()).doesNotContain("\u001b");
        assertThat(run.outLines()).first().asString().startsWith("FAIL evil 3 passed, 0 failed");
        assertThat(run.outLines()).last().isEqualTo("0 passed, 1 failed");
    }

    @Test
    void aFileThatIsNotUtf8_isReportedWithItsByte(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, "format: 1\nscenarios:\n  - name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        CliRun run = CliRun.of("check", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains("latin1.yaml:3:1: not UTF-8: malformed byte at "
                + "byte 35 (0xe9)");
    }

    @Test
    void aBadFileInAFolder_isNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a-good.yaml"), SCENARIO.replace("evil\\n3 passed, 0 failed\\u001b[31m", "good"));
        Files.writeString(dir.resolve("b-bad.yaml"), "format: 1\nscenarios: [1, 2\n");
        CliRun run = CliRun.of("check", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains("b-bad.yaml:");
    }
}
