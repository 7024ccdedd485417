package io.github.inamirules.cli;

import static io.github.inamirules.cli.TestAssessCommand.parseCsv;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TestSimulateCommand {
    /** The issue's example: 30 courante sessions from Monday 3 March 2025. */
    private static final String[] ISSUE_EXAMPLE = {"simulate", "--profession", "physiotherapy", "--situation",
        "courante", "--sessions", "30", "--from", "2025-03-03"};

    @Test
    void issueExampleShowsTheThreeBandsWithTheirAmounts() {
        CliRun run = CliRun.of(ISSUE_EXAMPLE);

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).anySatisfy(l -> assertThat(l)
                .matches("courante-1 +2025-03-03 +courante, sessions 1-9 \\(1\\) +567011 +30\\.80 +24\\.55 +6\\.25 .*"));
        assertThat(run.outLines()).anySatisfy(l -> assertThat(l)
                .matches("courante-10 +2025-04-03 +courante, sessions 10-18 \\(10\\) +560011 +30\\.80 +24\\.55 +6\\.25 .*"));
        assertThat(run.outLines()).anySatisfy(l -> assertThat(l)
                .matches("courante-19 +2025-05-05 +courante, dépassement \\(19\\) +560055 +30\\.80 +\\d+\\.\\d\\d .*"));
    }

    @Test
    void issueExampleBandsAndAmountsSessionBySession() {
        List<List<String>> csv = csv(ISSUE_EXAMPLE);

        assertThat(csv).hasSize(30);
        for (List<String> row : csv.subList(0, 9)) {
            assertThat(row).containsExactly("PHYSIO_COURANTE_1_9", "30.80", "24.55", "6.25", "REIMBURSED");
        }
        for (List<String> row : csv.subList(9, 18)) {
            assertThat(row).containsExactly("PHYSIO_COURANTE_10_18", "30.80", "24.55", "6.25", "REIMBURSED");
        }
        for (List<String> row : csv.subList(18, 30)) {
            assertThat(row.get(0)).isEqualTo("PHYSIO_DEPASSEMENT");
            assertThat(row.get(1)).isEqualTo("30.80");
            assertThat(new BigDecimal(row.get(2)).add(new BigDecimal(row.get(3)))).isEqualByComparingTo("30.80");
            assertThat(row.get(4)).isEqualTo("REIMBURSED");
        }
    }

    @Test
    void langFrGivesFrenchReasons() {
        CliRun run = CliRun.of(concat(ISSUE_EXAMPLE, "--lang", "fr"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("courante, séances 10-18 (10)",
                "PHYSIO_COURANTE_OVER_18 (P-21): Séance 19, au-delà des 18 séances courantes de l'année");
    }

    @Test
    void jsonParses() throws Exception {
        CliRun run = CliRun.of(concat(ISSUE_EXAMPLE, "--format", "json"));

        JsonNode root = new ObjectMapper().readTree(run.out()).get("scenarios");
        assertThat(root).hasSize(1);
        assertThat(root.get(0).get("file").isNull()).isTrue();
        assertThat(root.get(0).get("decisions")).hasSize(30);
        assertThat(root.get(0).get("totals").get("reimbursed").asInt()).isEqualTo(30);
    }

    static Stream<Arguments> rhythms() {
        return Stream.of(
                Arguments.of(new String[] {}, List.of("2025-03-03", "2025-03-06", "2025-03-10", "2025-03-13")),
                Arguments.of(new String[] {"--on", "tuesday,friday"},
                        List.of("2025-03-04", "2025-03-07", "2025-03-11", "2025-03-14")),
                Arguments.of(new String[] {"--on", "wednesday"},
                        List.of("2025-03-05", "2025-03-12", "2025-03-19", "2025-03-26")),
                Arguments.of(new String[] {"--every", "3"},
                        List.of("2025-03-03", "2025-03-06", "2025-03-09", "2025-03-12")));
    }

    @ParameterizedTest
    @MethodSource("rhythms")
    void sessionDatesFollowTheRhythm(String[] rhythm, List<String> dates) {
        String[] args = concat(new String[] {"simulate", "--profession", "physiotherapy", "--situation", "courante",
            "--sessions", "4", "--from", "2025-03-03", "--format", "csv", "--machine"}, rhythm);
        CliRun run = CliRun.of(args);

        List<List<String>> records = parseCsv(run.out());
        int date = records.get(0).indexOf("date");
        assertThat(records.subList(1, records.size()).stream().map(r -> r.get(date))).containsExactlyElementsOf(dates);
    }

    @Test
    void situationGetsTheApprovalItNeeds() {
        assertThat(column(csvOf("fa"), "band")).containsOnly("PHYSIO_FA_1_20");
        assertThat(column(csvOf("fb"), "band")).containsOnly("PHYSIO_FB_1_60");
        assertThat(column(csvOf("e"), "band")).containsOnly("PHYSIO_E");
        assertThat(column(csvOf("fa"), "refusalCode")).containsOnly("");
    }

    @Test
    void palliativeSessionsAreAtHome() {
        List<List<String>> records = csvOf("palliative-home");

        assertThat(column(records, "band")).containsOnly("PHYSIO_PALLIATIVE");
        assertThat(column(records, "nomenclatureCode")).containsOnly("564211");
    }

    @Test
    void nonConventionedPractitionerAskingMoreHasASupplement() {
        CliRun run = CliRun.of("simulate", "--profession", "physiotherapy", "--situation", "courante", "--sessions", "1",
                "--from", "2025-05-05", "--conventioned=false", "--fee-asked", "40.00", "--format", "csv", "--machine");

        List<List<String>> records = parseCsv(run.out());
        assertThat(column(records, "supplement")).containsExactly("9.20");
        assertThat(column(records, "reasonCodes").get(0)).contains("PHYSIO_NON_CONVENTIONED_REDUCTION");
    }

    @Test
    void unknownProfessionIsOneErrorLine() {
        CliRun run = CliRun.of("simulate", "--profession", "speech-therapy", "--situation", "courante", "--sessions",
                "3", "--from", "2025-03-03");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("error: --profession: no installed rule set for 'speech-therapy'; installed: ");
    }

    static Stream<Arguments> usageErrors() {
        return Stream.of(
                Arguments.of(new String[] {"--situation", "chronic"}, "expected one of courante, fa, fb, e, perinatal"),
                Arguments.of(new String[] {"--sessions", "0"}, "--sessions: expected a whole number from 1 to 1000"),
                Arguments.of(new String[] {"--from", "2025-02-30"}, "expected a date YYYY-MM-DD, found '2025-02-30'"),
                Arguments.of(new String[] {"--fee-asked", "40.005"}, "expected an amount in euros"),
                Arguments.of(new String[] {"--place", "garden"}, "expected one of practice, practice-in-hospital"),
                Arguments.of(new String[] {"--on", "funday"}, "expected one of monday"),
                Arguments.of(new String[] {"--on", "monday", "--every", "3"}, "mutually exclusive"),
                Arguments.of(new String[] {"--every", "0"}, "--every: expected a whole number from 1 to 366"));
    }

    @ParameterizedTest
    @MethodSource("usageErrors")
    void wrongOptionIsOneErrorLine(String[] override, String message) {
        List<String> args = new ArrayList<>(List.of("simulate", "--profession", "physiotherapy"));
        List<String> defaults = List.of("--situation", "courante", "--sessions", "3", "--from", "2025-03-03");
        for (int i = 0; i < defaults.size(); i += 2) {
            if (!List.of(override).contains(defaults.get(i))) {
                args.addAll(defaults.subList(i, i + 2));
            }
        }
        args.addAll(List.of(override));

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith("error: ").contains(message);
    }

    @Test
    void missingRequiredOptionIsOneErrorLine() {
        CliRun run = CliRun.of("simulate", "--profession", "physiotherapy", "--situation", "courante");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith("error: Missing required options");
    }

    @Test
    void psychologyIn2022_withABirthDate_isDecided_andTheBirthDateNeverPrinted() {
        String[] args = {"simulate", "--profession", "clinical-psychology", "--kind", "care-path", "--sessions", "2",
            "--from", "2022-03-07", "--function", "first-line", "--session-type", "individual", "--network", "net-1",
            "--network-type", "adults"};
        assertThat(CliRun.of(args).out()).contains("INSUFFICIENT_DATA").contains("birth date");

        CliRun run = CliRun.of(concat(args, "--birth-date", "1980-01-01"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("REIMBURSED").doesNotContain("INSUFFICIENT_DATA").doesNotContain("1980")
                .contains("birth date given");
    }

    @Test
    void occupationalTherapy_withTheProgrammePrescriptionAndInamiNumber_isCoveredAndUnpriced() {
        String[] args = {"simulate", "--profession", "occupational-therapy", "--kind", "rehabilitation-follow-up",
            "--sessions", "2", "--from", "2025-03-03", "--centre", "CRF Bruxelles", "--convention", "771",
            "--programme-end", "2025-02-14", "--prescriber-role", "rehabilitation-physician", "--service",
            "exercise-session", "--place", "home", "--prescription-date", "2025-02-10"};
        assertThat(CliRun.of(args).out()).contains("OT_PRACTITIONER_WITHOUT_INAMI_NUMBER");

        CliRun run = CliRun.of(concat(args, "--inami-number", "5-12345-67-890"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("784313").contains("REIMBURSED").contains("OT_TARIFF_UNKNOWN")
                .contains("used 2 of 7").doesNotContain("REFUSED");
    }

    @Test
    void dateNoRateModuleCoversIsOneErrorLine() {
        CliRun run = CliRun.of("simulate", "--profession", "physiotherapy", "--situation", "courante", "--sessions",
                "3", "--from", "2027-03-01");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith("error: ").contains("2027-03-01");
    }

    /** Band, fee, insurance, patient share and outcome of each session. */
    private static List<List<String>> csv(String... args) {
        List<List<String>> records = parseCsv(CliRun.of(concat(args, "--format", "csv", "--machine")).out());
        List<String> header = records.get(0);
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            rows.add(Stream.of("band", "fee", "insurance", "patientShare", "outcome").map(c -> r.get(header.indexOf(c)))
                    .toList());
        }
        return rows;
    }

    private static List<List<String>> csvOf(String situation) {
        return parseCsv(CliRun.of("simulate", "--profession", "physiotherapy", "--situation", situation, "--sessions",
                "3", "--from", "2025-03-03", "--format", "csv", "--machine").out());
    }

    private static List<String> column(List<List<String>> records, String name) {
        int i = records.get(0).indexOf(name);
        return records.subList(1, records.size()).stream().map(r -> r.get(i)).toList();
    }

    private static String[] concat(String[] first, String... more) {
        return Stream.concat(Stream.of(first), Stream.of(more)).toArray(String[]::new);
    }
}
