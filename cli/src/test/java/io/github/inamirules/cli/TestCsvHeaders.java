package io.github.inamirules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CSV headers: labels in the {@code --lang} language, or the stable identifiers with {@code --machine}. */
class TestCsvHeaders {

    private static List<String> header(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).isZero();
        return TestAssessCommand.parseCsv(run.out()).get(0);
    }

    @ParameterizedTest
    @CsvSource({"fr, Fichier, Patient, Ticket modérateur", "nl, Bestand, Patiënt, Remgeld",
        "en, File, Patient, Patient share"})
    void headersFollowTheLanguage(String lang, String file, String patient, String patientShare) {
        List<String> header = header("assess", CliRun.exampleFile(), "--format", "csv", "--lang", lang);

        assertThat(header).hasSameSizeAs(CsvReport.columns());
        assertThat(header.get(0)).isEqualTo(file);
        assertThat(header.get(2)).isEqualTo(patient);
        assertThat(header.get(CsvReport.columns().indexOf("patientShare"))).isEqualTo(patientShare);
    }

    @ParameterizedTest
    @CsvSource({"fr", "nl", "en"})
    void machineHeadersAreTheIdentifiers_whateverTheLanguage(String lang) {
        assertThat(header("assess", CliRun.exampleFile(), "--format", "csv", "--machine", "--lang", lang))
                .isEqualTo(CsvReport.columns())
                .startsWith("file", "scenario", "patientId", "sessionId", "date")
                .endsWith("reasonCodes", "reasons", "missing", "tariffStatus");
    }

    @Test
    void everyColumnHasALabelInEveryLanguage_andNoTwoColumnsShareOne() {
        for (Locale locale : List.of(Locale.FRENCH, Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
            List<String> labels = CsvReport.columns().stream().map(c -> CliTexts.text("csv." + c, locale)).toList();
            assertThat(labels).doesNotHaveDuplicates().allSatisfy(l -> assertThat(l).isNotBlank());
        }
    }

    @Test
    void simulateCsv_hasThePatientColumnAndNoFile() {
        CliRun run = CliRun.of("simulate", "--profession", "physiotherapy", "--kind", "courante", "--sessions", "2",
                "--from", "2025-03-03", "--format", "csv", "--machine");
        List<List<String>> records = TestAssessCommand.parseCsv(run.out());

        assertThat(records).hasSize(3);
        assertThat(records.get(1).get(0)).isEmpty();
        assertThat(records.get(1).get(2)).isNotEmpty();
    }
}
