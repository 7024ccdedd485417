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

    @Test
    void aSessionField_namesTheSession() {
        assertThat(InvalidInputException.of("session[back-3].minutes", 0, "must be from 1 to 600").sessionId())
                .contains("back-3");
        assertThat(InvalidInputException.of("session[a]b].feeAsked", "-1", "must not be negative").sessionId())
                .contains("a]b");
        assertThat(InvalidInputException.of("session[x].facts[video]", "maybe", "is not a yes / no").sessionId())
                .contains("x");
        assertThat(InvalidInputException.of("episode.id", "e", "is wrong").sessionId()).isEmpty();
        assertThat(InvalidInputException.of("session[unclosed", "e", "is wrong").sessionId()).isEmpty();
        assertThat(new InvalidInputException("something is wrong").sessionId()).isEmpty();
    }

    @Test
    void coverageAndRuleSetErrors_forASession_nameIt() {
        assertThat(RateCoverageException.forSession("back-1", "session[back-1] on 2024-03-10: not covered").sessionId())
                .contains("back-1");
        assertThat(MissingRuleSetException.forSession("s-9", "session[s-9]: no rule set")).hasMessage(
                "session[s-9]: no rule set").satisfies(e -> assertThat(e.sessionId()).contains("s-9"));
        assertThat(new RateCoverageException("not covered").sessionId()).isEmpty();
    }
}
