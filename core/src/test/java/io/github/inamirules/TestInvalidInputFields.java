package io.github.inamirules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The structured fields of an input error: field, value excerpt, problem. */
class TestInvalidInputFields {

    @Test
    void madeWithOf_carriesFieldValueAndProblem_asInItsMessage() {
        InvalidInputException e = InvalidInputException.of("session.prescriptionId", "rx-9", "refers to no prescription");
        assertThat(e.field()).contains("session.prescriptionId");
        assertThat(e.value()).contains("rx-9");
        assertThat(e.problem()).contains("refers to no prescription");
        assertThat(e).hasMessage("session.prescriptionId = rx-9: refers to no prescription");
    }

    @Test
    void aLongOrMultiLineValue_isQuotedAsAShortOneLineExcerpt() {
        InvalidInputException e = InvalidInputException.of("episode.id", "a\nb" + "x".repeat(500), "is too long");
        assertThat(e.value()).get().asString().hasSize(102).startsWith("a\\nbx").endsWith("x…");
        assertThat(e.getMessage()).doesNotContain("\n").hasSizeLessThan(140);
    }

    @Test
    void madeFromAMessage_hasNoFields() {
        InvalidInputException e = new InvalidInputException("something is wrong");
        assertThat(e.field()).isEmpty();
        assertThat(e.value()).isEmpty();
        assertThat(e.problem()).isEmpty();
    }
}
