package io.github.inamirules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.model.Session;
import io.github.inamirules.physiotherapy.Physiotherapy;
import io.github.inamirules.physiotherapy.PhysiotherapyFacts;
import io.github.inamirules.physiotherapy.PhysiotherapyRuleSet;
import io.github.inamirules.physiotherapy.Place;
import io.github.inamirules.physiotherapy.Situation;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Profession words in scenario files: resolved through the vocabularies of the installed rule sets,
 * with format 1's physiotherapy words and the general ones read alike.
 */
class TestProfessionWords {
    private static final ScenarioReader READER = ScenarioReader.installed();

    private static String file(String episodes, String sessions) {
        return String.join("\n",
                "format: 1",
                "scenarios:",
                "  - name: words",
                "    practitioners: [{id: kine, conventioned: true}]",
                "    " + episodes,
                "    prescriptions: [{id: rx, episode: back, date: 2025-03-01}]",
                "    sessions:",
                sessions,
                "    expect:",
                "      - {totals: {refused: 0}}",
                "");
    }

    @Test
    void generalWords_readLikeFormatOnesPhysiotherapyWords() {
        ScenarioFile general = READER.read("g.yaml", file("episodes: [{id: back, kind: courante}]",
                "      - {date: 2025-03-10, episode: back}"));
        ScenarioFile format1 = READER.read("f.yaml", file("pathologies: [{id: back, situation: courante}]",
                "      - {date: 2025-03-10, pathology: back}"));
        assertThat(general.scenarios().get(0).history()).isEqualTo(format1.scenarios().get(0).history());
        assertThat(general.scenarios().get(0).history().episodes().get(0).kind()).isEqualTo(Situation.COURANTE);
    }

    @Test
    void bothWordsAtOnce_isAnError() {
        assertThatThrownBy(() -> READER.read("b.yaml", file("episodes: [{id: back, kind: courante, situation: fa}]",
                "      - {date: 2025-03-10}"))).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("give either 'kind' or 'situation', not both");
    }

    @Test
    void aSeriesGivesItsFactsToEverySession() {
        // Regression: the facts of a series were read with its first session only.
        ScenarioFile f = READER.read("s.yaml", file("episodes: [{id: back, kind: courante}]",
                "      - {repeat: 3, from: 2025-03-10, every: 2, place: home, minutes: 20}"));
        List<Session> sessions = f.scenarios().get(0).history().sessions();
        assertThat(sessions).hasSize(3).allSatisfy(s -> {
            assertThat(s.facts().get(PhysiotherapyFacts.PLACE)).contains(Place.HOME);
            assertThat(s.minutes()).contains(20);
        });
    }

    @Test
    void timeOfDay_isRead_andAWrongOneNamesTheField() {
        ScenarioFile f = READER.read("t.yaml", file("episodes: [{id: back, kind: courante}]",
                "      - {date: 2025-03-10, time: \"09:30\"}"));
        assertThat(f.scenarios().get(0).history().sessions().get(0).time()).contains(LocalTime.of(9, 30));
        assertThatThrownBy(() -> READER.read("t.yaml", file("episodes: [{id: back, kind: courante}]",
                "      - {date: 2025-03-10, time: \"25:00\"}"))).isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith("t.yaml:8:").hasMessageContaining("session.time: expected a time of day HH:MM");
    }

    @Test
    void aFactOnTheWrongKind_isReportedAtTheEpisode() {
        assertThatThrownBy(() -> READER.read("p.yaml", file("episodes: [{id: back, kind: courante, polytrauma: true}]",
                "      - {date: 2025-03-10}"))).isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith("p.yaml:5:").hasMessageContaining("polytrauma");
    }

    @Test
    void aReaderOfGivenVocabularies_knowsOnlyThem() {
        String content = file("episodes: [{id: back, kind: courante}]", "      - {date: 2025-03-10}");
        assertThatThrownBy(() -> ScenarioReader.of(List.of()).read("n.yaml", content))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("no installed rule set for profession 'physiotherapy'");
        assertThat(ScenarioReader.of(List.of(new PhysiotherapyRuleSet().vocabulary())).read("y.yaml", content)
                .scenarios().get(0).history().practitioners().get(0).profession()).isEqualTo(Physiotherapy.PROFESSION);
    }

    @Test
    void theWriter_writesWhatTheReaderReads() {
        ScenarioFile f = READER.read("w.yaml", file("episodes: [{id: back, kind: fa, polytrauma: true}]",
                "      - {date: 2025-03-10, time: \"08:15\", place: rest-home, minutes: 20}"));
        String written = ScenarioWriter.write(f);
        ScenarioFile again = READER.read("again.yaml", written);
        assertThat(again.scenarios().get(0).history()).isEqualTo(f.scenarios().get(0).history());
        assertThat(written).contains("kind: fa").contains("polytrauma: true").contains("place: rest-home")
                .contains("time: 08:15");
    }
}
