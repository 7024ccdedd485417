package io.github.inamirules.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The options of commands that print assessments ({@code assess}, {@code simulate}): the format and
 * the language. A picocli mixin.
 */
final class OutputOptions {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default), json or csv.")
    private OutputFormat format;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of the reasons and band labels: fr, nl or en (default).")
    private Language language;

    /** Returns the chosen format. */
    OutputFormat format() {
        return format;
    }

    /** Returns the locale of the chosen language. */
    Locale locale() {
        return language.locale();
    }
}
