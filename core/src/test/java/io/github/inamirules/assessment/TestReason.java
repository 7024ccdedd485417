package io.github.inamirules.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.testprofession.DieteticsFiction;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TestReason {
    private static final String ENGLISH = "Session 2 of 3 this year, at the patient's home.";

    private static Reason counted() {
        return Reason.builder().code("DIET_SESSION_COUNTED").severity(Severity.INFO).ruleId("D-03")
                .source("https://example.org/dietetics-fiction/D-03").values(ReasonValues.ofPairs("rank", "2", "max", "3", "place", "home"))
                .texts(DieteticsFiction.TEXTS).build();
    }

    @Test
    void message_english_fillsThePlaceholders_andShowsAValueByItsLabel() {
        assertThat(counted().message(Locale.ENGLISH)).isEqualTo(ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "de-DE", "it", "en-GB", "und"})
    void message_anyOtherLanguage_isEnglish(String tag) {
        assertThat(counted().message(Locale.forLanguageTag(tag))).isEqualTo(ENGLISH);
    }

    @Test
    void message_german_isEnglish_evenIfTheDefaultLocaleIsFrench() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);

            assertThat(counted().message(Locale.GERMAN)).isEqualTo(ENGLISH);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void message_frenchAndDutch_areDecodedAsUtf8_andFilled() {
        assertThat(counted().message(Locale.FRENCH)).isEqualTo("Séance 2 sur 3 cette année, au domicile du patient.");
        assertThat(counted().message(Locale.forLanguageTag("fr-BE"))).isEqualTo(counted().message(Locale.FRENCH));
        assertThat(counted().message(Locale.forLanguageTag("nl-BE")))
                .isEqualTo("Zitting 2 van 3 dit jaar, bij de patiënt thuis.");
    }

    @Test
    void message_aValueWithoutLabel_isShownAsItIs() {
        Reason r = Reason.builder().from(counted()).values(ReasonValues.ofPairs("rank", "2", "max", "3", "place", "garden"))
                .build();

        assertThat(r.message(Locale.ENGLISH)).isEqualTo("Session 2 of 3 this year, garden.");
    }

    @Test
    void message_ofACodeWithoutText_isTheCodeAndTheValues() {
        Reason reason = Reason.builder().code("DIET_NO_SUCH_RULE").severity(Severity.WARNING).ruleId("X-1")
                .source("https://example.org").values(ReasonValues.ofPairs("a", "1")).texts(DieteticsFiction.TEXTS).build();

        assertThat(reason.message(Locale.FRENCH)).isEqualTo("DIET_NO_SUCH_RULE {a=1}");
    }

    @Test
    void message_withoutTexts_isTheCodeAndTheValues() {
        Reason bare = Reason.builder().from(counted()).texts(Texts.none()).build();

        assertThat(bare.message(Locale.ENGLISH)).isEqualTo("DIET_SESSION_COUNTED {rank=2, max=3, place=home}");
    }

    @Test
    void equality_ignoresTheTexts() {
        Reason bare = Reason.builder().from(counted()).texts(Texts.none()).build();

        assertThat(bare).isEqualTo(counted()).hasSameHashCodeAs(counted());
    }

    @Test
    void isRefusal_onlyForRefusals() {
        assertThat(counted().isRefusal()).isFalse();
        assertThat(Reason.builder().from(counted()).severity(Severity.REFUSAL).build().isRefusal()).isTrue();
    }

    @Test
    void missingAttributes_areInvalidInput() {
        assertThatThrownBy(() -> Reason.builder().code("X").build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageContaining("severity")
                .hasMessageContaining("ruleId")
                .hasMessageContaining("source");
    }

    @Test
    void of_isTheBuilderWithoutABuilder_andRefusesNulls() {
        Reason built = counted();

        assertThat(Reason.of(built.code(), built.severity(), built.ruleId(), built.source(), built.values(),
                built.texts())).isEqualTo(built).hasSameHashCodeAs(built);
        assertThatThrownBy(() -> Reason.of("X", null, "X-1", "s", ReasonValues.empty(), Texts.none()))
                .isInstanceOf(io.github.inamirules.NullValueException.class).hasMessageContaining("severity");
    }
}
