package io.github.inamirules.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The options of commands that print assessments ({@code assess}, {@code simulate}): the format, the
 * language and, for CSV, the header set. A picocli mixin.
 */
final class OutputOptions {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default), json, etarif (the MyCareNet eTarif view, JSON) or csv.")
    private OutputFormat format;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of the reasons, band labels and CSV headers: fr, nl or en (default).")
    private Language language;

    @Option(names = "--machine",
            description = "CSV: a header row of stable identifiers (the JSON keys: file, scenario, patientId, "
                    + "sessionId…) whatever --lang, for programs.")
    private boolean machine;

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
        AssessmentReport report = format == OutputFormat.CSV && machine ? CsvReport.MACHINE : format.report();
        report.print(scenarios, locale(), out);
    }
}
