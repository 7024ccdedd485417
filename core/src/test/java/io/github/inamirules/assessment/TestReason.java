package io.github.inamirules.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.InvalidInputException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TestReason {
    private static final String ENGLISH_OVER_18 = "Session 19, beyond the 18 courante sessions of the year: "
            + "dépassement session at reduced reimbursement (3 this year).";

    private static Reason over18() {
        return Reason.builder().code("PHYSIO_COURANTE_OVER_18").severity(Severity.INFO).ruleId("P-21")
                .source("https://www.cm.be/").putValues("rank", "19").putValues("max", "18")
                .putValues("depassementOfYear", "3").build();
    }

    @Test
    void message_english_fillsThePlaceholders() {
        assertThat(over18().message(Locale.ENGLISH)).isEqualTo(ENGLISH_OVER_18);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "de-DE", "it", "en-GB", "und"})
    void message_anyOtherLanguage_isEnglish(String tag) {
        assertThat(over18().message(Locale.forLanguageTag(tag))).isEqualTo(ENGLISH_OVER_18);
    }

    @Test
    void message_german_isEnglish_evenIfTheDefaultLocaleIsFrench() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);

            assertThat(over18().message(Locale.GERMAN)).isEqualTo(ENGLISH_OVER_18);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void message_frenchAndDutch_areDecodedAsUtf8_andFilled() {
        assertThat(over18().message(Locale.FRENCH))
                .isEqualTo("Séance 19, au-delà des 18 séances courantes de l'année : séance de dépassement à "
                        + "remboursement réduit (3 cette année).");
        assertThat(over18().message(Locale.forLanguageTag("fr-BE"))).isEqualTo(over18().message(Locale.FRENCH));
        assertThat(over18().message(Locale.forLanguageTag("nl-BE")))
                .isEqualTo("Zitting 19, voorbij de 18 courante zittingen van het jaar: overschrijdingszitting met "
                        + "verlaagde terugbetaling (3 dit jaar).");
    }

    @Test
    void message_ofAnUnknownCode_isTheCodeAndTheValues() {
        Reason reason = Reason.builder().code("ACME_RULE").severity(Severity.WARNING).ruleId("X-1")
                .source("https://example.org").putValues("a", "1").build();

        assertThat(reason.message(Locale.FRENCH)).isEqualTo("ACME_RULE {a=1}");
    }

    @Test
    void isRefusal_onlyForRefusals() {
        assertThat(over18().isRefusal()).isFalse();
        assertThat(Reason.builder().from(over18()).severity(Severity.REFUSAL).build().isRefusal()).isTrue();
    }

    @Test
    void missingAttributes_areInvalidInput() {
        assertThatThrownBy(() -> Reason.builder().code("X").build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageContaining("severity")
                .hasMessageContaining("ruleId")
                .hasMessageContaining("source");
    }
}
