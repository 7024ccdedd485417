package io.github.inamirules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.InamiRulesException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Regression tests of the hostile-input issue (items 1, 2, 3, 8, 9, 10, 11) in the scenario reader:
 * each input gives one located line, quickly, quoting at most an excerpt and never personal data.
 */
class TestHostileScenarios {
    private static final ScenarioReader READER = ScenarioReader.installed();

    private static String file(String session, String patient) {
        return String.join("\n",
                "format: 1",
                "scenarios:",
                "  - name: hostile",
                patient.isEmpty() ? "    description: none" : "    patient: " + patient,
                "    practitioners: [{id: kine, conventioned: true}]",
                "    pathologies: [{id: back, situation: courante}]",
                "    prescriptions: [{id: rx, pathology: back, date: 2025-03-01}]",
                "    sessions:",
                "      - " + session,
                "    expect:",
                "      - {totals: {refused: 0}}",
                "");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "huge exponent | {date: 2025-03-10, fee_asked: 1e300000000} | t.yaml:9: | session.fee_asked: expected an amount",
        "beyond a million | {date: 2025-03-10, fee_asked: 1000000.01} | t.yaml:9: | from 0 to 1000000.00",
        "far date | {repeat: 1, from: +999999999-12-31} | t.yaml:9: | session.from: expected a date YYYY-MM-DD",
        "year 3000 | {date: 3000-01-01} | t.yaml:9: | expected a date from 1900-01-01 to 2999-12-31",
        "empty weekdays | {repeat: 3, from: 2025-03-10, on: []} | t.yaml:9: | session.on: expected at least one weekday",
        "leading zero | {repeat: 010, from: 2025-03-10} | t.yaml:9: | without leading zeros",
        "anchor on a value | {date: &d 2025-03-10} | t.yaml:9: | anchors and aliases",
        "601 minutes | {date: 2025-03-10, minutes: 601} | t.yaml:9: | session.minutes",
        "24:00 | {date: 2025-03-10, time: '24:00'} | t.yaml:9: | session.time: expected a time of day",
    })
    void hostileSessions_giveOneLocatedLine_quickly(String name, String session, String where, String what) {
        long start = System.nanoTime();
        assertThatThrownBy(() -> READER.read("t.yaml", file(session, ""))).isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith(where).hasMessageContaining(what)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").hasSizeLessThan(600));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aHugeValue_isRefused_andNeverEchoedWhole() {
        String huge = "x".repeat(1_000_000);
        assertThatThrownBy(() -> READER.read("t.yaml", file("{date: 2025-03-10}", "").replace("name: hostile",
                "name: " + huge))).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("longer than 10000 characters").satisfies(e -> assertThat(e.getMessage())
                        .hasSizeLessThan(600));
        String long9 = "9".repeat(5000);
        assertThatThrownBy(() -> READER.read("t.yaml", file("{date: 2025-03-10, practitioner: " + long9 + "}", "")))
                .isInstanceOf(ScenarioException.class).satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(600));
    }

    @Test
    void errorsUnderThePatient_nameTheFieldButNeverTheValue() {
        assertThatThrownBy(() -> READER.read("t.yaml", file("{date: 2025-03-10}", "85073003328")))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("patient")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("85073003328"));
        assertThatThrownBy(() -> READER.read("t.yaml", file("{date: 2025-03-10}", "{id: p, birth_date: 1985-07-3O}")))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("patient.birth_date")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("1985-07-3O"));
        assertThatThrownBy(() -> READER.read("t.yaml", file("{date: 2025-03-10}", "{id: 85073003328, birth_date: 2026-01-01}")))
                .isInstanceOf(ScenarioException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("85073003328").doesNotContain("2026-01-01"));
    }

    @Test
    void aStreamThatIsNotUtf8_isAnErrorWithItsBytePosition() {
        byte[] latin1 = file("{date: 2025-03-10}", "").replace("hostile", "caf\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> READER.read("latin1.yaml", new ByteArrayInputStream(latin1)))
                .isInstanceOf(ScenarioException.class).hasMessageStartingWith("latin1.yaml:3:1: not UTF-8")
                .hasMessageContaining("0xe9");
    }

    @Test
    void aPrescriptionNamedNone_cannotBeWritten_soWhatIsWrittenReadsBackTheSame() {
        ScenarioFile f = READER.read("t.yaml", file("{date: 2025-03-10}", "").replace("{id: rx,", "{id: none,"));
        assertThatThrownBy(() -> ScenarioWriter.write(f)).isInstanceOf(InamiRulesException.class)
                .hasMessageContaining("reserves it");
    }

    @Test
    void anEmojiAcrossTheParsersBufferEnd_isReadAsWritten() {
        // regression: SnakeYAML 2.3 failed with IndexOutOfBoundsException when a 1024-character read
        // ended on the first half of a surrogate pair (index 1023, 2047...)
        String head = file("{date: 2025-03-10}", "").replace("name: hostile", "name: hostile \uD83D\uDE00");
        for (int k = 1; k <= 3; k++) {
            int index = head.indexOf('\uD83D');
            String padded = "#" + "x".repeat(1024 * k - 1 - index - 2) + "\n" + head;
            assertThat(padded.indexOf('\uD83D')).isEqualTo(1024 * k - 1);
            assertThat(READER.read("t.yaml", padded).scenarios()).singleElement()
                    .satisfies(sc -> assertThat(sc.name()).isEqualTo("hostile \uD83D\uDE00"));
        }
    }

    @Test
    void aSmallFileOfSeries_cannotMakeMoreThan100000Sessions() {
        StringBuilder b = new StringBuilder("format: 1\nscenarios:\n");
        for (int i = 0; i < 12; i++) {
            b.append("  - name: s").append(i).append("\n")
                    .append("    practitioners: [{id: kine, conventioned: true}]\n")
                    .append("    pathologies: [{id: back, situation: courante}]\n")
                    .append("    sessions:\n");
            for (int j = 0; j < 10; j++) {
                b.append("      - {repeat: 1000, from: 2025-01-01}\n");
            }
            b.append("    expect: [{totals: {refused: 0}}]\n");
        }
        assertThatThrownBy(() -> READER.read("t.yaml", b.toString())).isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith("t.yaml:").hasMessageContaining("more than 100000 sessions in one file");
    }
}
