package io.github.inamirules.assessment;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Looks up texts for people in the library's three languages. Package-private.
 *
 * <p>The requested locale is reduced to French, Dutch or English (any other language gets English),
 * and each language has its own bundle file, so the JVM's default locale never leaks into a message.
 */
final class Messages {
    private static final String BUNDLE = "io.github.inamirules.assessment.messages";

    private Messages() {
    }

    static Optional<String> text(String key, Locale locale) {
        String language = locale.getLanguage();
        Locale chosen = "fr".equals(language) || "nl".equals(language) ? Locale.forLanguageTag(language) : Locale.ENGLISH;
        try {
            return Optional.of(ResourceBundle.getBundle(BUNDLE, chosen, Messages.class.getModule()).getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
