package io.github.inamirules.rules;

import static org.assertj.core.api.Assertions.assertThatCode;
import io.github.inamirules.model.Facts;
import io.github.inamirules.model.Episode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import io.github.inamirules.assessment.Texts;
import io.github.inamirules.model.ApprovalKind;
import io.github.inamirules.model.EpisodeKind;
import io.github.inamirules.model.Fact;
import io.github.inamirules.model.FactTarget;
import io.github.inamirules.model.Profession;
import io.github.inamirules.rates.ParameterSpec;
import io.github.inamirules.rates.ParameterType;
import io.github.inamirules.testprofession.DieteticsFiction;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TestVocabulary {
    private static final Profession SPEECH = Profession.of("speech-fiction");
    private static final Vocabulary DIET = DieteticsFiction.VOCABULARY;

    private static Vocabulary.Builder dietBuilder() {
        return Vocabulary.builder(DieteticsFiction.PROFESSION).codeTable(DieteticsFiction.CODE_TABLE);
    }

    @Test
    void theFictionsVocabulary_isWhatItDeclares() {
        assertThat(DIET.profession()).isEqualTo(DieteticsFiction.PROFESSION);
        assertThat(DIET.episodeKinds()).containsExactlyInAnyOrder(DieteticsFiction.STANDARD, DieteticsFiction.INTENSIVE);
        assertThat(DIET.episodeKind("intensive")).contains(DieteticsFiction.INTENSIVE);
        assertThat(DIET.episodeKind("courante")).isEmpty();
        assertThat(DIET.approvalKinds()).containsExactly(DieteticsFiction.INTENSIVE_ACCORD);
        assertThat(DIET.approvalKind("intensive-accord")).contains(DieteticsFiction.INTENSIVE_ACCORD);
        assertThat(DIET.approvalKind("fa-notification")).isEmpty();
        assertThat(DIET.facts(FactTarget.SESSION)).containsExactly(DieteticsFiction.PLACE);
        assertThat(DIET.facts(FactTarget.EPISODE)).containsExactly(DieteticsFiction.DIABETIC);
        assertThat(DIET.facts(FactTarget.PRACTITIONER)).isEmpty();
        assertThat(DIET.fact(FactTarget.SESSION, "place")).contains(DieteticsFiction.PLACE);
        assertThat(DIET.fact(FactTarget.EPISODE, "place")).isEmpty();
        assertThat(DIET.factNames(FactTarget.EPISODE)).containsExactly("diabetic");
        assertThat(DIET.bands()).containsExactlyInAnyOrder("DIET_STANDARD", "DIET_INTENSIVE");
        assertThat(DIET.counters()).containsExactly("DIET_SESSIONS");
        assertThat(DIET.reasonCodes()).containsExactlyInAnyOrderElementsOf(DieteticsFiction.REASON_CODES);
        assertThat(DIET.parameters()).containsExactlyElementsOf(DieteticsFiction.PARAMETERS);
        assertThat(DIET.codeTable().columnNames()).containsExactly("band", "place");
        assertThat(DIET.texts().text("band.DIET_STANDARD", Locale.ENGLISH)).contains("Standard dietetics");
    }

    @Test
    void theRuleSetsProfession_isItsVocabularys() {
        RuleSet ruleSet = new io.github.inamirules.testprofession.DieteticsRuleSet();

        assertThat(ruleSet.profession()).isEqualTo(DieteticsFiction.PROFESSION);
        assertThat(ruleSet.vocabulary()).isSameAs(DIET);
    }

    @Test
    void texts_areNoneByDefault() {
        assertThat(dietBuilder().build().texts().text("band.DIET_STANDARD", Locale.ENGLISH)).isEmpty();
        assertThat(dietBuilder().texts(Texts.none()).build().episodeKinds()).isEmpty();
    }

    @Test
    void aCodeTable_isRequired() {
        assertThatThrownBy(() -> Vocabulary.builder(DieteticsFiction.PROFESSION).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("vocabulary of dietetics-fiction: a code table is required");
    }

    @Test
    void aNullProfession_isNullValue() {
        assertThatThrownBy(() -> Vocabulary.builder(null))
                .isExactlyInstanceOf(NullValueException.class).hasMessage("profession must not be null");
    }

    @Test
    void termsAndFactsOfAnotherProfession_areInvalidInput() {
        assertThatThrownBy(() -> dietBuilder().episodeKinds(EpisodeKind.of(SPEECH, "stutter")))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("vocabulary[dietetics-fiction] = speech-fiction/stutter: belongs to speech-fiction");
        assertThatThrownBy(() -> dietBuilder().approvalKinds(ApprovalKind.of(SPEECH, "accord")))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageContaining("belongs to speech-fiction");
        assertThatThrownBy(() -> dietBuilder().facts(Fact.flag(SPEECH, FactTarget.SESSION, "video", "d")))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("vocabulary[dietetics-fiction] = speech-fiction.session.video: belongs to speech-fiction");
    }

    @Test
    void aFactDeclaredTwiceOnOneTarget_isInvalidInput_butOneNameOnTwoTargetsIsFine() {
        Fact<Boolean> sessionVideo = Fact.flag(DieteticsFiction.PROFESSION, FactTarget.SESSION, "video", "d");
        Fact<Boolean> episodeVideo = Fact.flag(DieteticsFiction.PROFESSION, FactTarget.EPISODE, "video", "d");

        assertThatThrownBy(() -> dietBuilder().facts(sessionVideo, sessionVideo))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("vocabulary[dietetics-fiction].facts = dietetics-fiction.session.video: is declared twice");
        assertThat(dietBuilder().facts(sessionVideo, episodeVideo).build().fact(FactTarget.EPISODE, "video"))
                .contains(episodeVideo);
    }

    @Test
    void aParameterDeclaredTwice_isInvalidInput() {
        ParameterSpec again = ParameterSpec.of("sessions_max", ParameterType.DECIMAL, "", "d", "D-9");

        assertThatThrownBy(() -> dietBuilder().parameters(List.of(DieteticsFiction.SESSIONS_MAX, again)))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("vocabulary[dietetics-fiction].parameters = sessions_max: is declared twice");
    }

    @Test
    void theVocabulary_isACopyOfTheBuilder() {
        Vocabulary.Builder builder = dietBuilder().bands(List.of("DIET_STANDARD"));
        Vocabulary built = builder.build();
        builder.bands(List.of("DIET_INTENSIVE")).episodeKinds(DieteticsFiction.STANDARD);

        assertThat(built.bands()).containsExactly("DIET_STANDARD");
        assertThat(built.episodeKinds()).isEmpty();
        assertThatThrownBy(() -> built.bands().add("X")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void allows_anEpisodeFactDeclaredForSomeKinds_onThoseOnly() {
        assertThat(DIET.allows(DieteticsFiction.DIABETIC, DieteticsFiction.STANDARD)).isTrue();
        assertThat(DIET.allows(DieteticsFiction.DIABETIC, DieteticsFiction.INTENSIVE)).isFalse();
        assertThat(DIET.allows(DieteticsFiction.PLACE, DieteticsFiction.INTENSIVE)).isTrue();
    }

    @Test
    void checkEpisode_acceptsADeclaredKindWithAllowedFacts() {
        Episode diabetes = Episode.builder().id("diabetes").kind(DieteticsFiction.STANDARD)
                .facts(Facts.of(DieteticsFiction.DIABETIC, true)).build();

        assertThatCode(() -> DIET.checkEpisode(diabetes)).doesNotThrowAnyException();
        assertThatCode(() -> DIET.checkEpisode(Episode.builder().id("clinic").kind(DieteticsFiction.INTENSIVE).build()))
                .doesNotThrowAnyException();
    }

    @Test
    void checkEpisode_anUndeclaredKind_isInvalidInput_listingTheKinds() {
        Episode acute = Episode.builder().id("x").kind(EpisodeKind.of(DieteticsFiction.PROFESSION, "acute")).build();

        assertThatThrownBy(() -> DIET.checkEpisode(acute))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("episode[x].kind = dietetics-fiction/acute: is not a kind of dietetics-fiction; "
                        + "kinds: [standard, intensive]");
    }

    @Test
    void checkEpisode_anUndeclaredFact_isInvalidInput() {
        Fact<Boolean> obese = Fact.flag(DieteticsFiction.PROFESSION, FactTarget.EPISODE, "obese", "obese");
        Episode menu = Episode.builder().id("menu").kind(DieteticsFiction.STANDARD).facts(Facts.of(obese, true)).build();

        assertThatThrownBy(() -> DIET.checkEpisode(menu))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("episode[menu].facts.obese = dietetics-fiction.episode.obese: is not a fact of "
                        + "dietetics-fiction");
    }

    @Test
    void checkEpisode_aFactOfOtherKindsOnly_isInvalidInput_namingTheKinds() {
        Episode clinic = Episode.builder().id("clinic").kind(DieteticsFiction.INTENSIVE)
                .facts(Facts.of(DieteticsFiction.DIABETIC, true)).build();

        assertThatThrownBy(() -> DIET.checkEpisode(clinic))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("episode[clinic].facts.diabetic = true: is a fact of [standard] episodes only, not of "
                        + "intensive");
    }

    @Test
    void factOnlyFor_aFactOfAnotherProfession_isInvalidInput() {
        Fact<Boolean> stutter = Fact.flag(SPEECH, FactTarget.EPISODE, "stutter", "d");

        assertThatThrownBy(() -> dietBuilder().factOnlyFor(stutter, DieteticsFiction.STANDARD))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageContaining("belongs to speech-fiction");
    }

    @Test
    void kinds_keepTheirDeclaredOrder() {
        assertThat(DIET.episodeKinds()).containsExactly(DieteticsFiction.STANDARD, DieteticsFiction.INTENSIVE);
    }
}
