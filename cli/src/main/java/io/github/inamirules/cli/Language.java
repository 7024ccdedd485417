package io.github.inamirules.cli;

import java.util.Locale;

/**
 * The language of the reasons and band labels: {@code --lang fr|nl|en}. English by default, whatever
 * the platform's locale, so the same command prints the same text everywhere.
 */
enum Language {
    /** French: the reasons as a Walloon or Brussels practitioner reads them. */
    FR(Locale.FRENCH),
    /** Dutch: the reasons as a Flemish or Brussels practitioner reads them. */
    NL(Locale.forLanguageTag("nl")),
    /** English, the default. */
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** Returns the locale to ask the library's messages in. */
    Locale locale() {
        return locale;
    }
}
