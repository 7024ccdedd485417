package io.github.inamirules.cli;

import io.github.inamirules.InamiRulesException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options of commands that print assessments ({@code assess}, {@code simulate}): the format, the
 * language and, for CSV, the header set. A picocli mixin.
 */
final class OutputOptions {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default), json, etarif (the MyCareNet eTarif view, JSON), csv or html.")
    private OutputFormat format;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of the reasons, band labels and CSV headers: fr, nl or en (default).")
    private Language language;

    @Option(names = "--machine",
            description = "CSV: a header row of stable identifiers (the JSON keys: file, scenario, patientId, "
                    + "sessionId…) whatever --lang, for programs.")
    private boolean machine;

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
            return format == OutputFormat.CSV && machine ? CsvReport.MACHINE : format.report();
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

    /** Prints the scenarios in the chosen format and language. */
    void print(List<AssessedScenario> scenarios, PrintWriter out) {
        report().print(scenarios, locale(), out);
    }
}
