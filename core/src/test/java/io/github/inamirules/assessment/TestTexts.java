package io.github.inamirules.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.testprofession.DieteticsFiction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestTexts {

    /** A bundle holding one key, whose value names the language it was loaded for. */
    private static ResourceBundle bundleFor(Locale language) {
        return new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"hello", "hello in " + language.toLanguageTag()}};
            }
        };
    }

    @ParameterizedTest
    @CsvSource({"fr, fr", "fr-BE, fr", "nl, nl", "nl-BE, nl", "en, en", "en-GB, en", "de, en", "it-IT, en", "und, en"})
    void language_isFrenchDutchOrEnglish(String asked, String expected) {
        assertThat(Texts.language(Locale.forLanguageTag(asked))).isEqualTo(Locale.forLanguageTag(expected));
    }

    @Test
    void ofBundles_callsTheLoaderWithExactlyFrNlOrEn() {
        List<Locale> asked = new ArrayList<>();
        Texts texts = Texts.ofBundles(language -> {
            asked.add(language);
            return bundleFor(language);
        });

        assertThat(texts.text("hello", Locale.forLanguageTag("fr-BE"))).contains("hello in fr");
        assertThat(texts.text("hello", Locale.forLanguageTag("nl-NL"))).contains("hello in nl");
        assertThat(texts.text("hello", Locale.GERMAN)).contains("hello in en");
        assertThat(texts.text("hello", Locale.ROOT)).contains("hello in en");
        assertThat(asked).containsExactly(Locale.forLanguageTag("fr"), Locale.forLanguageTag("nl"), Locale.ENGLISH,
                Locale.ENGLISH);
    }

    @Test
    void ofBundles_aMissingKey_isEmpty() {
        Texts texts = Texts.ofBundles(TestTexts::bundleFor);

        assertThat(texts.text("goodbye", Locale.FRENCH)).isEmpty();
    }

    @Test
    void ofBundles_ignoresTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("nl-BE"));

            assertThat(DieteticsFiction.TEXTS.text("band.DIET_STANDARD", Locale.GERMAN)).contains("Standard dietetics");
            assertThat(DieteticsFiction.TEXTS.text("band.DIET_STANDARD", Locale.ENGLISH)).contains("Standard dietetics");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void none_hasNoKey() {
        assertThat(Texts.none().text("band.DIET_STANDARD", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void fill_replacesPlaceholders_showingALabelledValueByItsLabel() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("rank", "2");
        values.put("max", "3");
        values.put("place", "home");

        assertThat(DieteticsFiction.TEXTS.fill("{rank}/{max} {place}", values, Locale.ENGLISH))
                .isEqualTo("2/3 at the patient's home");
        assertThat(DieteticsFiction.TEXTS.fill("{rank}/{max} {place}", values, Locale.FRENCH))
                .isEqualTo("2/3 au domicile du patient");
        assertThat(DieteticsFiction.TEXTS.fill("{place} {place}", Map.of("place", "cabinet"), Locale.forLanguageTag("nl")))
                .isEqualTo("in de praktijk in de praktijk");
    }

    @Test
    void fill_leavesUnknownPlaceholders_andIgnoresUnusedValues() {
        assertThat(Texts.none().fill("{a} and {b}", Map.of("a", "1", "c", "3"), Locale.ENGLISH))
                .isEqualTo("1 and {b}");
    }

    @Test
    void fill_aBandValue_isShownByTheBandsLabel() {
        assertThat(DieteticsFiction.TEXTS.fill("{band}", Map.of("band", "DIET_INTENSIVE"), Locale.FRENCH))
                .isEqualTo("Diététique intensive");
    }

    @Test
    void orElse_looksHereFirst_thenInTheFallback() {
        Texts first = (key, locale) -> key.equals("a") ? Optional.of("first a") : Optional.empty();
        Texts second = (key, locale) -> Optional.of("second " + key);

        Texts both = first.orElse(second);

        assertThat(both.text("a", Locale.ENGLISH)).contains("first a");
        assertThat(both.text("b", Locale.ENGLISH)).contains("second b");
        assertThat(Texts.none().orElse(Texts.none()).text("a", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void fill_anEqualsPlaceholder_showsTheValueAsItIs_evenWithALabel() {
        assertThat(DieteticsFiction.TEXTS.fill("{place} / {=place}", Map.of("place", "home"), Locale.FRENCH))
                .isEqualTo("au domicile du patient / home");
        assertThat(Texts.none().fill("{=code} {=date}", Map.of("code", "D202"), Locale.ENGLISH))
                .isEqualTo("D202 {=date}");
    }
}
