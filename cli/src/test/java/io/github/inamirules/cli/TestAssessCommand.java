package io.github.inamirules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TestAssessCommand {
    /** Sessions of the example file: 21 low-back sessions and 3 knee sessions. */
    private static final int EXAMPLE_SESSIONS = 24;
    private static final String FIRST_SCENARIO = "Courante low-back pain, conventioned then non-conventioned practitioner";

    @Test
    void tablePrintsEverySessionWithBandCodeAndAmounts() {
        CliRun run = CliRun.of("assess", CliRun.exampleFile());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line)
                .matches("back-3 +2025-03-10 +courante, sessions 1-9 \\(3\\) +567011 +30\\.80 +24\\.55 +6\\.25 +0\\.00 "
                        + "+REIMBURSED"));
        assertThat(run.outLines()).anySatisfy(line -> assertThat(line)
                .startsWith("back-19 ").contains("courante, dépassement (19)", "560055"));
        assertThat(run.out()).contains("PHYSIO_COURANTE_OVER_18 (P-21): Session 19",
                "missing: nomenclature code", "Fa knee after surgery without a published fee",
                "sessions: 21; 21 reimbursed, 0 refused, 0 insufficient data",
                "sessions: 3; 3 reimbursed, 0 refused, 0 insufficient data; 3 reimbursed but unpriced");
        assertThat(run.outLines().stream().filter(l -> l.matches("(back|knee)-\\d+ .*"))).hasSize(EXAMPLE_SESSIONS);
    }

    @Test
    void tableReasonsInFrench() {
        CliRun run = CliRun.of("assess", CliRun.exampleFile(), "--lang", "fr");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("courante, séances 1-9 (3)", "au-delà des 18 séances courantes de l'année");
    }

    @Test
    void jsonIsADocumentOfScenariosWithEveryDecision() throws Exception {
        CliRun run = CliRun.of("assess", CliRun.exampleFile(), "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode document = new ObjectMapper().readTree(run.out());
        assertThat(document.get("schema").asText()).isEqualTo(JsonReport.SCHEMA);
        JsonNode root = document.get("scenarios");
        assertThat(root).hasSize(2);
        JsonNode first = root.get(0);
        assertThat(first.get("scenario").asText()).isEqualTo(FIRST_SCENARIO);
        assertThat(first.get("file").asText()).isEqualTo("physiotherapy-2025.yaml");
        assertThat(first.get("patientId").asText()).isEqualTo("patient");
        assertThat(first.get("decisions")).hasSize(21);
        JsonNode third = first.get("decisions").get(2);
        assertThat(third.get("sessionId").asText()).isEqualTo("back-3");
        assertThat(third.get("outcome").asText()).isEqualTo("REIMBURSED");
        assertThat(third.get("band").asText()).isEqualTo("PHYSIO_COURANTE_1_9");
        assertThat(third.get("rank").asInt()).isEqualTo(3);
        assertThat(third.get("nomenclatureCode").asText()).isEqualTo("567011");
        assertThat(third.get("fee").isTextual()).isTrue();
        assertThat(third.get("fee").asText()).isEqualTo("30.80");
        assertThat(third.get("insurance").asText()).isEqualTo("24.55");
        assertThat(third.get("patientShare").asText()).isEqualTo("6.25");
        assertThat(third.get("refusalCode").isNull()).isTrue();
        JsonNode reason = first.get("decisions").get(18).get("reasons").get(0);
        assertThat(reason.get("code").asText()).isEqualTo("PHYSIO_COURANTE_OVER_18");
        assertThat(reason.get("ruleId").asText()).isEqualTo("P-21");
        assertThat(reason.get("source").asText()).startsWith("http");
        assertThat(reason.get("message").asText()).startsWith("Session 19");
        assertThat(first.get("totals").get("reimbursed").asInt()).isEqualTo(21);
        assertThat(root.get(1).get("decisions").get(0).get("fee").isNull()).isTrue();
    }

    @Test
    void csvHasAHeaderAndOneRowPerSession() {
        CliRun run = CliRun.of("assess", CliRun.exampleFile(), "--format", "csv", "--machine");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).endsWith("\r\n");
        List<List<String>> records = parseCsv(run.out());
        List<String> header = records.get(0);
        assertThat(header).startsWith("file", "scenario", "patientId", "sessionId", "date");
        assertThat(records).hasSize(1 + EXAMPLE_SESSIONS).allSatisfy(r -> assertThat(r).hasSameSizeAs(header));
        List<String> third = records.get(3);
        assertThat(third.get(header.indexOf("file"))).isEqualTo("physiotherapy-2025.yaml");
        assertThat(third.get(header.indexOf("patientId"))).isEqualTo("patient");
        assertThat(third.get(header.indexOf("scenario"))).isEqualTo(FIRST_SCENARIO);
        assertThat(third.get(header.indexOf("sessionId"))).isEqualTo("back-3");
        assertThat(third.get(header.indexOf("bandLabel"))).isEqualTo("courante, sessions 1-9");
        assertThat(third.get(header.indexOf("fee"))).isEqualTo("30.80");
        assertThat(third.get(header.indexOf("insurance"))).isEqualTo("24.55");
        assertThat(third.get(header.indexOf("patientShare"))).isEqualTo("6.25");
    }

    @Test
    void lenient_decidesASessionNoModuleCoversAsInsufficientDataInsteadOfFailing() {
        String file = CliRun.resource("scenarios/outside-rates.yaml");
        assertThat(CliRun.of("assess", file, "--format", "csv").exitCode()).isNotZero();

        CliRun run = CliRun.of("assess", file, "--format", "csv", "--lenient", "--machine");

        assertThat(run.exitCode()).isZero();
        List<List<String>> records = parseCsv(run.out());
        List<String> header = records.get(0);
        assertThat(records).hasSize(2);
        assertThat(records.get(1).get(header.indexOf("outcome"))).isEqualTo("INSUFFICIENT_DATA");
        assertThat(records.get(1).get(header.indexOf("missing"))).contains("rates for profession physiotherapy on date 2027-03-01");
    }

    @Test
    void csvQuotesCommasAndQuotes_andNeutralisesLineBreaksAndFormulas() {
        assertThat(CsvReport.record(List.of("plain", "a, b", "say \"hi\"", "two\nlines", "")))
                .isEqualTo("plain,\"a, b\",\"say \"\"hi\"\"\",two lines,\r\n");
        // Regression (hostile input, item 6): spreadsheet formula injection through an id.
        assertThat(CsvReport.record(List.of("=HYPERLINK(\"x\")", "@SUM(A1)", "+1", "-3.65", "-x")))
                .isEqualTo("\"'=HYPERLINK(\"\"x\"\")\",'@SUM(A1),'+1,-3.65,'-x\r\n");
    }

    @Test
    void scenarioOptionChoosesOneScenario() {
        CliRun run = CliRun.of("assess", CliRun.exampleFile(), "--scenario",
                "Fa knee after surgery without a published fee", "--format", "csv");

        assertThat(run.exitCode()).isZero();
        assertThat(parseCsv(run.out())).hasSize(1 + 3);
    }

    @Test
    void unknownScenarioNameIsOneErrorLine() {
        CliRun run = CliRun.of("assess", CliRun.exampleFile(), "--scenario", "nope");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith("error: ")
                .contains("no scenario named 'nope'", "'" + FIRST_SCENARIO + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bad-date.yaml", "unknown-situation.yaml", "missing-prescription.yaml", "yaml-bomb.yaml"})
    void malformedFileIsOneErrorLineWithItsLocation(String name) {
        CliRun run = CliRun.of("assess", CliRun.resource("malformed/" + name));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith("error: ")
                .containsPattern(name.replace(".", "\\.") + ":\\d+:\\d+: ");
    }

    @Test
    void missingFileIsOneErrorLine() {
        CliRun run = CliRun.of("assess", "no/such/file.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith("error: ").contains("no such file");
    }

    @Test
    void unknownFormatIsAUsageError() {
        CliRun run = CliRun.of("assess", CliRun.exampleFile(), "--format", "xml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith("error: ")
                .contains("expected one of table, json, etarif, csv, html, found 'xml'");
    }

    /** A minimal RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return records;
    }
}
