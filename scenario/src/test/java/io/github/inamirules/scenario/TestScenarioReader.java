package io.github.inamirules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.model.Money;
import io.github.inamirules.physiotherapy.PhysiotherapyFacts;
import io.github.inamirules.physiotherapy.Place;
import io.github.inamirules.model.Session;
import io.github.inamirules.physiotherapy.Situation;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestScenarioReader {
    /** The README's complete example: the build checks that the documented file reads and passes. */
    static final java.nio.file.Path EXAMPLE = java.nio.file.Path.of("../docs/examples/physiotherapy-2025.yaml");

    static ScenarioFile example() {
        return ScenarioReader.installed().read(EXAMPLE);
    }

    @Test
    void readsFromAStream_underTheGivenName() throws java.io.IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(EXAMPLE)) {
            assertThat(ScenarioReader.installed().read("stream.yaml", in).name()).isEqualTo("stream.yaml");
        }
    }

    private static final String MINIMAL = String.join("\n",
            "format: 1",
            "scenarios:",
            "  - name: one session",
            "    practitioners: [{id: kine, conventioned: true}]",
            "    pathologies: [{id: back, situation: courante}]",
            "    prescriptions: [{id: rx, pathology: back, date: 2025-03-01}]",
            "    sessions:",
            "      - {date: 2025-03-10%s}",
            "    expect:",
            "      - {session: back-1, outcome: reimbursed%s}",
            "");

    private static String minimal(String sessionExtra, String expectExtra) {
        return String.format(MINIMAL, sessionExtra, expectExtra);
    }

    @Test
    void readsTheExample_seriesOnWeekdays_defaultsAndIds() {
        ScenarioFile file = example();
        assertThat(file.format()).isEqualTo(1);
        assertThat(file.scenarios()).hasSize(2);
        Scenario first = file.scenarios().get(0);
        assertThat(first.history().sessions()).hasSize(21);
        assertThat(first.history().sessions().subList(0, 20)).allSatisfy(s -> {
            assertThat(s.date().getDayOfWeek()).isIn(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
            assertThat(s.prescriptionId()).contains("rx-back");
            assertThat(s.practitionerId()).isEqualTo("kine");
        });
        assertThat(first.history().sessions()).extracting(Session::id).startsWith("back-1", "back-2")
                .endsWith("back-21");
        assertThat(first.history().sessions().get(0).date()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(first.history().sessions().get(20).feeAsked()).contains(Money.parse("40.00"));
        assertThat(first.history().episodes().get(0).kind()).isEqualTo(Situation.COURANTE);
        assertThat(first.expectations().get(1).sessions()).hasSize(9).startsWith("back-10").endsWith("back-18");
        assertThat(first.description()).get().asString().contains("WE-01");
        Scenario second = file.scenarios().get(1);
        assertThat(second.history().sessions()).extracting(Session::date)
                .containsExactly(LocalDate.of(2025, 9, 29), LocalDate.of(2025, 10, 6), LocalDate.of(2025, 10, 13));
        assertThat(second.history().patient().isPreferentialOn(LocalDate.of(2025, 10, 1))).isTrue();
        assertThat(second.history().practitioners().get(0).isConventionedOn(LocalDate.of(2025, 10, 1))).isTrue();
    }

    @Test
    void readsPlacesMinutesAndExplicitNoPrescription() {
        ScenarioFile f = ScenarioReader.installed().read("t.yaml",
                minimal(", place: rest-home, minutes: 20, prescription: none", ""));
        Session s = f.scenarios().get(0).history().sessions().get(0);
        assertThat(s.facts().get(PhysiotherapyFacts.PLACE)).contains(Place.REST_HOME);
        assertThat(s.minutes()).contains(20);
        assertThat(s.prescriptionId()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown place | , place: garden | | t.yaml:8:| expected one of practice, practice-in-hospital, home",
        "unknown key | , plaec: home | | t.yaml:8:| unknown key 'plaec'",
        "missing prescription | , prescription: rx-9 | | t.yaml:8:| 'rx-9' is not declared under prescriptions",
        "bad amount | , fee_asked: 12.345 | | t.yaml:8:| at most two decimals",
        "bad expectation | | , insurance: lots | t.yaml:10:| expected an amount in euros",
        "misspelled field | | , insurace: 24.55 | t.yaml:10:| unknown key 'insurace'",
    })
    void mistakes_areOneLineWithFileLineColumn(String name, String sessionExtra, String expectExtra,
            String where, String what) {
        String yaml = minimal(sessionExtra == null ? "" : sessionExtra, expectExtra == null ? "" : expectExtra);
        assertThatThrownBy(() -> ScenarioReader.installed().read("t.yaml", yaml)).isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith(where).hasMessageContaining(what)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bad date | date: 2025-03-10 | date: 2025-13-01 | t.yaml:8:16: session.date: expected a date YYYY-MM-DD, found '2025-13-01'",
        "bad outcome | outcome: reimbursed | outcome: paid | t.yaml:10:36: outcome: expected one of reimbursed, refused, insufficient-data, found 'paid'",
        "unknown session | session: back-1 | sessions: back-1 .. back-9 | t.yaml:10:20: session: 'back-9' is not a session of this scenario; sessions: [back-1]",
        "reversed range | session: back-1 | sessions: back-1 .. back-1 | ",
    })
    void mistakesInValues(String name, String from, String to, String message) {
        String yaml = minimal("", "").replace(from, to);
        if (message == null) {
            assertThat(ScenarioReader.installed().read("t.yaml", yaml).scenarios().get(0).expectations().get(0).sessions())
                    .containsExactly("back-1");
            return;
        }
        assertThatThrownBy(() -> ScenarioReader.installed().read("t.yaml", yaml)).isInstanceOf(ScenarioException.class)
                .hasMessage(message);
    }

    @Test
    void unknownSituation_namesTheAllowedValues() {
        String yaml = minimal("", "").replace("situation: courante", "situation: acute");
        assertThatThrownBy(() -> ScenarioReader.installed().read("t.yaml", yaml)).isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith("t.yaml:5:").hasMessageContaining("found 'acute'")
                .hasMessageContaining("courante, fa, fb, e, perinatal, palliative-home");
    }

    @Test
    void unsupportedFormat_isRefused() {
        String yaml = minimal("", "").replace("format: 1", "format: 2");
        assertThatThrownBy(() -> ScenarioReader.installed().read("t.yaml", yaml))
                .hasMessage("t.yaml:1:9: format: this library reads format 1, found 2");
    }

    @Test
    void yamlBomb_withAnchorsAndAliases_isRefused() {
        String bomb = String.join("\n",
                "format: 1",
                "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]",
                "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]",
                "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
                "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
                "scenarios: [*d]", "");
        assertThatThrownBy(() -> ScenarioReader.installed().read("bomb.yaml", bomb)).isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith("bomb.yaml:2:").hasMessageContaining("anchors and aliases");
    }

    @Test
    void deepNesting_andHugeFiles_areRefused() {
        String deep = "format: 1\nscenarios: " + "[".repeat(200) + "]".repeat(200) + "\n";
        assertThatThrownBy(() -> ScenarioReader.installed().read("deep.yaml", deep)).isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith("deep.yaml:");
        String huge = "format: 1\n#" + "x".repeat(YamlTreeReader.MAX_CHARS) + "\n";
        assertThatThrownBy(() -> ScenarioReader.installed().read("huge.yaml", huge)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("file too large");
    }

    @Test
    void notYaml_andDuplicateKeys_andEmptyFiles() {
        assertThatThrownBy(() -> ScenarioReader.installed().read("x.yaml", "format: 1\nscenarios: [\n  - :")).isInstanceOf(
                ScenarioException.class).hasMessageStartingWith("x.yaml:").hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> ScenarioReader.installed().read("d.yaml", "format: 1\nformat: 1\n"))
                .isInstanceOf(ScenarioException.class).hasMessageStartingWith("d.yaml:2:");
        assertThatThrownBy(() -> ScenarioReader.installed().read("e.yaml", "")).hasMessage("e.yaml:1:1: the file is empty");
    }

    @Test
    void duplicateSessionIds_andScenarioNames_areRefused() {
        String yaml = minimal("", "").replace("      - {date: 2025-03-10}",
                "      - {id: s, date: 2025-03-10}\n      - {id: s, date: 2025-03-11}")
                .replace("session: back-1", "session: s");
        assertThatThrownBy(() -> ScenarioReader.installed().read("t.yaml", yaml)).hasMessageContaining("'s' is already used at t.yaml:8:");
    }

    @Test
    void coreValidation_isReportedAtTheItem() {
        String yaml = minimal("", "").replace("{id: back, situation: courante}",
                "{id: back, situation: courante, polytrauma: true}");
        assertThatThrownBy(() -> ScenarioReader.installed().read("t.yaml", yaml)).isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith("t.yaml:5:").hasMessageContaining("polytrauma");
    }
}
