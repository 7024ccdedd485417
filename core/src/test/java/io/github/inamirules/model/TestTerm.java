package io.github.inamirules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TestTerm {
    private static final Profession DIETETICS = Profession.of("dietetics-fiction");
    private static final Profession SPEECH = Profession.of("speech-fiction");

    @Test
    void episodeKind_ofProfessionAndId() {
        EpisodeKind standard = EpisodeKind.of(DIETETICS, "standard");

        assertThat(standard.profession()).isEqualTo(DIETETICS);
        assertThat(standard.id()).isEqualTo("standard");
        assertThat(standard).hasToString("dietetics-fiction/standard");
    }

    @Test
    void equality_isClassProfessionAndId() {
        EpisodeKind standard = EpisodeKind.of(DIETETICS, "standard");

        assertThat(EpisodeKind.of(DIETETICS, "standard")).isEqualTo(standard).hasSameHashCodeAs(standard);
        assertThat(EpisodeKind.of(SPEECH, "standard")).isNotEqualTo(standard);
        assertThat(EpisodeKind.of(DIETETICS, "intensive")).isNotEqualTo(standard);
        assertThat((Object) ApprovalKind.of(DIETETICS, "standard")).isNotEqualTo(standard);
        assertThat(standard).isNotEqualTo(null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "standard", "intensive-accord", "fa-1", "e2-x3"})
    void wellFormedIds_areAccepted(String id) {
        assertThat(ApprovalKind.of(DIETETICS, id).id()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Standard", "intensive_accord", "intensive--accord", "-a", "a-", "2nd", "with space"})
    void malformedIds_areInvalidInput_namingTheTerm(String id) {
        assertThatThrownBy(() -> EpisodeKind.of(DIETETICS, id))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("episodeKind.id = '" + id + "'")
                .hasMessageContaining("is not a term id");
        assertThatThrownBy(() -> ApprovalKind.of(DIETETICS, id))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("approvalKind.id = '" + id + "'");
    }

    @Test
    void aLongMalformedId_isShortenedInTheMessage() {
        String id = "X".repeat(100);

        assertThatThrownBy(() -> EpisodeKind.of(DIETETICS, id))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("episodeKind.id = '" + "X".repeat(40) + "…'");
    }

    @Test
    void nulls_areNullValue() {
        assertThatThrownBy(() -> EpisodeKind.of(null, "standard"))
                .isExactlyInstanceOf(NullValueException.class).hasMessage("episodeKind.profession must not be null");
        assertThatThrownBy(() -> ApprovalKind.of(DIETETICS, null))
                .isExactlyInstanceOf(NullValueException.class).hasMessage("approvalKind.id must not be null");
    }
}
