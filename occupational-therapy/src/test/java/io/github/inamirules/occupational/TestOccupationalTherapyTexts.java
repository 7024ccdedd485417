package io.github.inamirules.occupational;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Missing;
import io.github.inamirules.assessment.Reason;
import io.github.inamirules.rules.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The FR / NL / EN texts: complete for every key of the vocabulary, and French and Dutch without English. */
class TestOccupationalTherapyTexts {
    private static final Vocabulary VOCABULARY = new OccupationalTherapyRuleSet().vocabulary();
    /** English words that have no business in a French or Dutch message. */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(the|and|with|without|which|within|before|after|months|session|sessions|shop|workplace|home|not|no|"
                    + "only|is|of|for|fee|share|code)\\b", Pattern.CASE_INSENSITIVE);

    private static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = OccupationalTherapyRuleSet.class.getResourceAsStream("messages_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl", "en"})
    void everyVocabularyKeyHasAText(String language) {
        assertThat(VOCABULARY.keysWithoutText(Locale.forLanguageTag(language))).isEmpty();
    }

    @Test
    void theThreeBundlesHaveTheSameKeysAndNoKeyTheVocabularyDoesNotKnow() throws IOException {
        Set<String> en = bundle("en").stringPropertyNames();
        assertThat(bundle("fr").stringPropertyNames()).isEqualTo(en);
        assertThat(bundle("nl").stringPropertyNames()).isEqualTo(en);
        assertThat(en).isEqualTo(VOCABULARY.textKeys());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl"})
    void frenchAndDutchHaveNoEnglishWords(String language) throws IOException {
        Properties p = bundle(language);
        for (String key : p.stringPropertyNames()) {
            String text = p.getProperty(key).replaceAll("\\{=?[A-Za-z_]+(:[a-z]+)?\\}", "");
            // "is" and "of" are Dutch words too, and "code" is French and Dutch.
            String checked = language.equals("nl") ? text.replaceAll("\\b(is|of|code)\\b", "")
                    : text.replaceAll("\\bcode\\b", "");
            assertThat(ENGLISH.matcher(checked).find()).as(language + " " + key + ": " + text).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl", "en"})
    void everyReasonAndMissingItemOfABroadAssessmentIsFullyFilled(String language) {
        LocalDate end = LocalDate.of(2025, 3, 1);
        Assessment a = OtCase.programmeEnding(end).fullPackage(end.plusDays(7))
                .session("ex-8", end.plusDays(100), OccupationalTherapy.at(Service.EXERCISE_SESSION, Place.HOME))
                .session("late", end.plusMonths(8), OccupationalTherapy.at(Service.EXERCISE_SESSION, Place.PRACTICE))
                .session("early", end, OccupationalTherapy.at(Service.EXERCISE_SESSION, Place.HOME))
                .session("rest", end.plusDays(9), OccupationalTherapy.at(Service.EXERCISE_SESSION, Place.HOME,
                        Residence.REST_HOME))
                .assess(OtCase.SHIPPED);
        Locale locale = Locale.forLanguageTag(language);
        List<Decision> decisions = a.decisions();
        assertThat(decisions.stream().flatMap(d -> d.reasons().stream()).map(Reason::code).distinct().count())
                .isGreaterThan(5);
        for (Decision d : decisions) {
            for (Reason r : d.reasons()) {
                assertThat(r.message(locale)).as(r.code()).doesNotContain("{").isNotBlank();
            }
            for (Missing m : d.missing()) {
                assertThat(m.message(locale)).as(m.item()).doesNotContain("{");
            }
        }
    }
}
