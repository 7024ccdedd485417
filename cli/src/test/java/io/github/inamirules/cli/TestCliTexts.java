package io.github.inamirules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The command line's own words: the same keys in French, Dutch and English, none left empty. */
class TestCliTexts {

    private static Set<String> keys(String language) {
        ResourceBundle b = ResourceBundle.getBundle("io.github.inamirules.cli.messages", Locale.forLanguageTag(language),
                CliTexts.class.getModule());
        assertThat(b.getLocale().getLanguage()).isEqualTo(language);
        return new TreeSet<>(Collections.list(b.getKeys()));
    }

    @Test
    void theThreeBundles_haveTheSameKeys_eachWithAText() {
        Set<String> english = keys("en");

        assertThat(keys("fr")).isEqualTo(english);
        assertThat(keys("nl")).isEqualTo(english);
        for (String language : new String[] {"fr", "nl", "en"}) {
            assertThat(english).allSatisfy(k -> assertThat(CliTexts.text(k, Locale.forLanguageTag(language)))
                    .as("%s in %s", k, language).isNotBlank());
        }
        assertThat(english).contains("csv.patientShare", "totals.amounts", "sim.head");
    }

    @Test
    void aTextIsFilled_inTheLanguage() {
        assertThat(CliTexts.text("counters.usedOf", Locale.FRENCH, "used", 17, "limit", 18, "remaining", 1))
                .isEqualTo("17 utilisées sur 18, 1 restantes");
        assertThat(CliTexts.text("csv.patientShare", Locale.forLanguageTag("nl"))).isEqualTo("Remgeld");
    }
}
