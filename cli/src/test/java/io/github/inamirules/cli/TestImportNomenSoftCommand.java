package io.github.inamirules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import-nomensoft} writes an overlay folder; {@code --overlay} installs it for {@code assess},
 * {@code check} and {@code simulate}; {@code simulate --compare-overlay} prints both side by side.
 */
class TestImportNomenSoftCommand {
    private static final String FIXTURE = CliRun.resource("nomensoft/fixture-567011-2026.xml");
    private static final String SCENARIO = CliRun.resource("scenarios-2026/courante-2026.yaml");

    private static Path imported(Path dir) {
        Path out = dir.resolve("overlay");
        CliRun run = CliRun.of("import-nomensoft", FIXTURE, "--out", out.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).first().asString().isEqualTo("imported 1 fee rows into " + out);
        assertThat(run.out()).contains("no installed profession lists these codes: 999999")
                .contains("category 1 is not the fee: 567011");
        return out;
    }

    @Test
    void importWritesAnOverlayFolder_inTheRateFileFormat(@TempDir Path dir) throws IOException {
        Path out = imported(dir);
        assertThat(Files.readString(out.resolve("physiotherapy/tariffs.psv")))
                .contains("567011 | Fixture : séance de kinésithérapie | 2026-01-01 | 2027-01-01 | 40.00")
                .contains("official | NOMENSOFT-1");
        assertThat(out.resolve("sources.psv")).exists();
        assertThat(out.resolve("coverage.psv")).exists();
    }

    @Test
    void checkWithTheOverlay_passes_andWithoutItFails(@TempDir Path dir) {
        Path out = imported(dir);
        CliRun with = CliRun.of("check", SCENARIO, "--overlay", out.toString());
        assertThat(with.exitCode()).isZero();
        assertThat(with.outLines()).last().isEqualTo("1 passed, 0 failed");
        assertThat(with.err()).contains("overlay overlay replaces 1 installed rows");

        CliRun without = CliRun.of("check", SCENARIO);
        assertThat(without.exitCode()).isEqualTo(1);
        assertThat(without.out()).contains("fee: expected 40.00, actual unknown");
    }

    @Test
    void simulateComparesTheRatesWithAndWithoutTheOverlay(@TempDir Path dir) {
        Path out = imported(dir);
        CliRun run = CliRun.of("simulate", "--profession", "physiotherapy", "--kind", "courante", "--sessions", "2",
                "--from", "2026-03-02", "--prescription-date", "2026-02-20", "--compare-overlay", out.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).anySatisfy(l -> assertThat(l).matches("\\* +courante-1 +REIMBURSED +567011 +- +- "
                + "+6\\.25 +REIMBURSED +567011 +40\\.00 +33\\.75 +6\\.25"));
        assertThat(run.out()).contains("2 of 2 sessions differ", "courante-1: fee - -> 40.00; insurance - -> 33.75;");
    }

    @Test
    void aMalformedExport_isOneErrorLine_exit2(@TempDir Path dir) {
        CliRun run = CliRun.of("import-nomensoft", CliRun.resource("nomensoft/fixture-malformed.xml"), "--out",
                dir.resolve("x").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith("error: ")
                .contains("fixture-malformed.xml:6:25: not well-formed XML");
    }

    @Test
    void anOverlayFolderThatIsNotOne_isOneErrorLine(@TempDir Path dir) {
        CliRun run = CliRun.of("check", SCENARIO, "--overlay", dir.resolve("missing").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains("is not a folder of rate files");
    }
}
