package io.github.inamirules.cli;

import java.util.Optional;

/**
 * The output formats of {@code assess} and {@code simulate}: {@code --format table|json|csv|html}.
 */
enum OutputFormat {
    /** Aligned columns with the reasons under each session, then counters and totals: for people. */
    TABLE(new TableReport()),
    /** One JSON array of scenarios with every field of every decision: for programs. */
    JSON(new JsonReport()),
    /** One row per session with a header row (RFC 4180): for spreadsheets. */
    CSV(new CsvReport()),
    /** One self-contained HTML page per scenario and year (printed, or written with {@code --out}): for people. */
    HTML(new HtmlReport(Optional.empty()));

    private final AssessmentReport report;

    OutputFormat(AssessmentReport report) {
        this.report = report;
    }

    /** Returns the report that prints this format. */
    AssessmentReport report() {
        return report;
    }
}
