package io.github.inamirules.psychology;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.rules.Vocabulary;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text key of the vocabulary has a text in French, Dutch and English, and the texts are in their language. */
class TestPsychologyVocabulary {
    private static final Vocabulary VOCABULARY = new ClinicalPsychologyRuleSet().vocabulary();
    /** English words that must not appear in the French and Dutch texts. */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(the|session is|not|refused|fee|cap|network|first-line|support|treatment|group|with|and)\\b");

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl", "en"})
    void everyTextKey_hasAText(String language) {
        assertThat(VOCABULARY.keysWithoutText(Locale.forLanguageTag(language))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl"})
    void frenchAndDutchTexts_haveNoEnglishWords(String language) {
        Locale locale = Locale.forLanguageTag(language);
        for (String key : VOCABULARY.textKeys()) {
            String text = VOCABULARY.texts().text(key, locale).orElseThrow();
            String withoutPlaceholders = text.replaceAll("\\{[^}]*}", "");
            assertThat(ENGLISH.matcher(withoutPlaceholders).find()).as("%s %s: %s", language, key, text).isFalse();
        }
    }

    @Test
    void reasonCodes_areStable_PSY_codes() {
        assertThat(VOCABULARY.reasonCodes()).allSatisfy(c -> assertThat(c).matches("PSY_[A-Z0-9_]+"));
        assertThat(VOCABULARY.profession()).isEqualTo(ClinicalPsychology.PROFESSION);
        assertThat(VOCABULARY.profession().id()).isEqualTo("clinical-psychology");
        assertThat(VOCABULARY.codeTable().columnNames()).isEqualTo(List.of("band", "video"));
    }

    @Test
    void everyParameter_citesAPsyRuleId() {
        assertThat(VOCABULARY.parameters()).allSatisfy(p -> assertThat(p.ruleId()).matches("PSY-\\d\\d"));
    }

    @Test
    void theRuleSet_isFoundAsAService() {
        assertThat(java.util.ServiceLoader.load(io.github.inamirules.rules.RuleSet.class).stream()
                .map(java.util.ServiceLoader.Provider::type)).contains(ClinicalPsychologyRuleSet.class);
    }

    @Test
    void everyRule_citesItsSource() throws IllegalAccessException {
        java.util.List<io.github.inamirules.rules.RuleReference> rules = new java.util.ArrayList<>();
        for (java.lang.reflect.Field f : PsyRule.class.getFields()) {
            rules.add((io.github.inamirules.rules.RuleReference) f.get(null));
        }
        assertThat(rules).hasSize(26);
        for (io.github.inamirules.rules.RuleReference r : rules) {
            assertThat(r.source()).startsWith("http");
            assertThat(r.id()).matches("PSY-\\d\\d|T-RATE-PSY");
        }
    }
}
