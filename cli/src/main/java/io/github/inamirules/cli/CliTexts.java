package io.github.inamirules.cli;

import io.github.inamirules.assessment.Texts;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The command line's own words in French, Dutch and English (table headers, outcomes, totals, CSV
 * column labels, the simulation's title), from its bundles {@code io.github.inamirules.cli.messages};
 * the reasons, bands and missing items come from the professions' texts.
 */
final class CliTexts {
    private static final Texts TEXTS = Texts.ofBundles(language -> ResourceBundle.getBundle(
            "io.github.inamirules.cli.messages", language, CliTexts.class.getModule()));

    private CliTexts() {
    }

    /**
     * Returns a text in the language, its placeholders filled from name / value pairs.
     *
     * @throws IllegalStateException if the bundles have no such key (a key added without its texts)
     */
    static String text(String key, Locale locale, Object... values) {
        String template = TEXTS.text(key, locale).orElseThrow(() -> new IllegalStateException("no text " + key));
        if (values.length == 0) {
            return template;
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < values.length; i += 2) {
            map.put(String.valueOf(values[i]), String.valueOf(values[i + 1]));
        }
        return TEXTS.fill(template, map, locale);
    }
}
