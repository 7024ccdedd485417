package io.github.inamirules.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.model.Fact;
import io.github.inamirules.model.FactTarget;
import io.github.inamirules.rules.Vocabulary;
import io.github.inamirules.testprofession.DieteticsFiction;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The three bundles of the test profession against each other and against its vocabulary: the checks a
 * profession module runs on its own texts.
 */
class TestMessages {
    private static final Vocabulary VOCABULARY = DieteticsFiction.VOCABULARY;
    private static final List<String> LANGUAGES = List.of("en", "fr", "nl");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)(?::\\w+)?}");

    private static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = DieteticsFiction.class.getResourceAsStream("messages_" + language + ".properties")) {
            assertThat(in).as("bundle %s", language).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> placeholders(String template) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void theThreeBundles_haveExactlyTheSameKeys() throws IOException {
        Set<String> english = bundle("en").stringPropertyNames();

        assertThat(english).isNotEmpty();
        assertThat(bundle("fr").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english);
        assertThat(bundle("nl").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "nl"})
    void everyReasonCodeOfTheVocabulary_hasAMessage(String language) {
        Locale locale = Locale.forLanguageTag(language);

        assertThat(VOCABULARY.reasonCodes()).hasSize(9).allSatisfy(code -> assertThat(
                VOCABULARY.texts().text(code, locale)).as("%s in %s", code, language).get().asString().isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "nl"})
    void everyBand_hasALabel(String language) {
        Locale locale = Locale.forLanguageTag(language);

        assertThat(VOCABULARY.bands()).isNotEmpty().allSatisfy(band -> assertThat(
                VOCABULARY.texts().text("band." + band, locale)).as("band.%s in %s", band, language).isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "nl"})
    void everyValueOfEveryChoiceFact_hasALabel(String language) {
        Locale locale = Locale.forLanguageTag(language);
        Fact<?> place = VOCABULARY.fact(FactTarget.SESSION, "place").orElseThrow();

        assertThat(place.choices().keySet()).containsExactly("cabinet", "home").allSatisfy(value -> assertThat(
                VOCABULARY.texts().text("place." + value, locale)).as("place.%s in %s", value, language).isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "nl"})
    void everyMissingItem_hasAMessage(String language) {
        Locale locale = Locale.forLanguageTag(language);

        assertThat(DieteticsFiction.MISSING_ITEMS).allSatisfy(item -> assertThat(
                VOCABULARY.texts().text("missing." + item, locale)).as("missing.%s in %s", item, language).isPresent());
    }

    @Test
    void everyMessage_isForAReasonCode_aBand_aValue_orAMissingItem() throws IOException {
        assertThat(bundle("en").stringPropertyNames()).allSatisfy(key -> assertThat(
                VOCABULARY.reasonCodes().contains(key) || key.startsWith("band.") || key.startsWith("place.")
                        || key.startsWith("missing.")).as("%s is used by nothing", key).isTrue());
    }

    /**
     * The same placeholders in the three languages, except the values that are English data (what was
     * searched, a derivation): French and Dutch texts leave them to the machine fields, so that a
     * French message contains no English sentence.
     */
    @Test
    void placeholders_areTheSameInTheThreeLanguages_butEnglishDataStaysOutOfFrenchAndDutch() throws IOException {
        Properties english = bundle("en");
        for (String language : List.of("fr", "nl")) {
            Properties other = bundle(language);
            assertThat(english.stringPropertyNames()).allSatisfy(key -> {
                java.util.Set<String> expected = new java.util.TreeSet<>(placeholders(english.getProperty(key)));
                expected.removeAll(ENGLISH_DATA);
                assertThat(placeholders(other.getProperty(key, ""))).as("%s in %s", key, language)
                        .containsExactlyInAnyOrderElementsOf(expected);
            });
        }
    }

    private static final List<String> ENGLISH_DATA = List.of("searched", "derivation");

    @Test
    void noMessage_hasAnEncodingAccident() throws IOException {
        for (String language : LANGUAGES) {
            Properties bundle = bundle(language);
            assertThat(bundle.stringPropertyNames()).allSatisfy(key -> assertThat(bundle.getProperty(key))
                    .as("%s in %s", key, language).doesNotContain("Ã", "\uFFFD").isNotBlank());
        }
    }

    @Test
    void theBundles_areReadAsUtf8_throughTexts() {
        assertThat(DieteticsFiction.TEXTS.text("band.DIET_STANDARD", Locale.FRENCH)).contains("Diététique standard");
        assertThat(DieteticsFiction.TEXTS.text("place.home", Locale.forLanguageTag("nl"))).contains("bij de patiënt thuis");
    }
}
