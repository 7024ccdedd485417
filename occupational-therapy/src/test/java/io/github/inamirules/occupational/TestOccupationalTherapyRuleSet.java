package io.github.inamirules.occupational;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.model.FactTarget;
import io.github.inamirules.rules.RuleSet;
import io.github.inamirules.rules.Vocabulary;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The plug-in's declarations: found by ServiceLoader, and a vocabulary that speaks its facts by the names files use. */
class TestOccupationalTherapyRuleSet {

    @Test
    void theRuleSetIsFoundByServiceLoader() {
        assertThat(StreamSupport.stream(ServiceLoader.load(RuleSet.class).spliterator(), false)
                .map(r -> r.getClass().getName()).collect(Collectors.toList()))
                .contains(OccupationalTherapyRuleSet.class.getName());
    }

    @Test
    void theVocabularyDeclaresTheProfessionsWords() {
        Vocabulary v = new OccupationalTherapyRuleSet().vocabulary();
        assertThat(v.profession().id()).isEqualTo("occupational-therapy");
        assertThat(v.episodeKind("rehabilitation-follow-up")).contains(OccupationalTherapy.FOLLOW_UP);
        assertThat(v.factNames(FactTarget.EPISODE)).containsExactly("centre", "convention", "setting", "programme_end",
                "programme_end_expected");
        assertThat(v.factNames(FactTarget.PRESCRIPTION)).containsExactly("prescriber_role", "centre");
        assertThat(v.factNames(FactTarget.SESSION)).containsExactly("service", "place", "also_at", "residence");
        assertThat(v.codeTable().columnNames()).containsExactly("service");
        assertThat(v.reasonCodes()).allMatch(c -> c.startsWith("OT_"));
        assertThat(OccupationalTherapyFacts.CONVENTION.choices().keySet()).containsExactly("771", "950", "951",
                "r30-r60", "772", "k30-k60", "other", "none");
        assertThat(v.parameters()).extracting(p -> p.ruleId()).allMatch(id -> id.startsWith("ERGO-"));
    }

    @Test
    void theSimulatorNeedsNoApprovalAndGivesExerciseSessionsAtHome() {
        RuleSet r = new OccupationalTherapyRuleSet();
        var episode = OccupationalTherapy.programme("e", "C", Convention.C771, java.time.LocalDate.of(2025, 2, 1));
        assertThat(r.simulator().approvalsFor(null, episode, null, null, null)).isEmpty();
        assertThat(r.simulator().defaultSessionFacts(episode).get(OccupationalTherapyFacts.SERVICE))
                .contains(Service.EXERCISE_SESSION);
    }
}
