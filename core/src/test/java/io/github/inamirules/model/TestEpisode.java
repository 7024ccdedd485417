package io.github.inamirules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import org.junit.jupiter.api.Test;

class TestEpisode {
    private static final Profession DIETETICS = Profession.of("dietetics-fiction");
    private static final Profession SPEECH = Profession.of("speech-fiction");
    private static final EpisodeKind STANDARD = EpisodeKind.of(DIETETICS, "standard");
    private static final Fact<Boolean> DIABETIC = Fact.flag(DIETETICS, FactTarget.EPISODE, "diabetic", "diabetic");

    @Test
    void build_professionIsTheKinds_andFactsAreEmptyByDefault() {
        Episode menu = Episode.builder().id("menu").kind(STANDARD).build();

        assertThat(menu.id()).isEqualTo("menu");
        assertThat(menu.kind()).isEqualTo(STANDARD);
        assertThat(menu.profession()).isEqualTo(DIETETICS);
        assertThat(menu.facts()).isEqualTo(Facts.empty());
    }

    @Test
    void facts_ofTheEpisodesProfession_areKept() {
        Episode menu = Episode.builder().id("menu").kind(STANDARD).facts(Facts.of(DIABETIC, true)).build();

        assertThat(menu.facts().get(DIABETIC)).contains(true);
    }

    @Test
    void factOfAnotherTarget_isInvalidInput() {
        Fact<Boolean> video = Fact.flag(DIETETICS, FactTarget.SESSION, "video", "by video");

        assertThatThrownBy(() -> Episode.builder().id("menu").kind(STANDARD).facts(Facts.of(video, true)).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("episode[menu].facts.video = dietetics-fiction.session.video: is a fact of a session, "
                        + "not of a episode");
    }

    @Test
    void factOfAnotherProfession_isInvalidInput() {
        Fact<Boolean> stutter = Fact.flag(SPEECH, FactTarget.EPISODE, "stutter", "stutter");

        assertThatThrownBy(() -> Episode.builder().id("menu").kind(STANDARD).facts(Facts.of(stutter, true)).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("episode[menu].facts.stutter = speech-fiction.episode.stutter: is a fact of "
                        + "speech-fiction, not of dietetics-fiction");
    }

    @Test
    void missingKind_isInvalidInput_namingIt() {
        assertThatThrownBy(() -> Episode.builder().id("menu").build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Episode")
                .hasMessageContaining("[kind]");
    }

    @Test
    void nulls_areNullValue() {
        assertThatThrownBy(() -> Episode.builder().kind(null))
                .isExactlyInstanceOf(NullValueException.class).hasMessage("kind must not be null");
        assertThatThrownBy(() -> Episode.builder().facts(null))
                .isExactlyInstanceOf(NullValueException.class).hasMessage("facts must not be null");
    }

    @Test
    void blankId_isInvalidInput() {
        assertThatThrownBy(() -> Episode.builder().id(" ").kind(STANDARD).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("episode.id = ' ': must not be blank");
    }
}
