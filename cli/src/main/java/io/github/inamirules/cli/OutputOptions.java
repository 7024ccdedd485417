package io.github.inamirules.cli;

import io.github.inamirules.InamiRulesException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options of commands that print assessments ({@code assess}, {@code simulate}): the format and
 * the language. A picocli mixin.
 */
final class OutputOptions {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default), json, csv or html.")
    private OutputFormat format;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of the reasons and band labels: fr, nl or en (default).")
    private Language language;

    @Option(names = "--out", paramLabel = "DIR",
            description = "With --format html: the folder to write one page per scenario and year into "
                    + "(without it, the one page is printed).")
    private Path folder;

    /**
     * Returns the report that prints the chosen format, writing into the {@code --out} folder if one
     * is given.
     *
     * @throws InamiRulesException if a folder is given for another format than html
     */
    AssessmentReport report() {
        if (folder == null) {
            return format.report();
        }
        if (format != OutputFormat.HTML) {
            throw new InamiRulesException("--out DIR is for --format html; " + format.name().toLowerCase(Locale.ROOT)
                    + " is printed");
        }
        return new HtmlReport(Optional.of(folder));
    }

    /** Returns the chosen format. */
    OutputFormat format() {
        return format;
    }

    /** Returns the locale of the chosen language. */
    Locale locale() {
        return language.locale();
    }
}
