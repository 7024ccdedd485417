package io.github.inamirules.cli;

import java.util.Optional;

/**
 * The output formats of {@code assess} and {@code simulate}: {@code --format table|json|etarif|csv|html}.
 */
enum OutputFormat {
    /** Aligned columns with the reasons under each session, then counters and totals: for people. */
    TABLE(new TableReport()),
    /** One JSON document of scenarios with every field of every decision: for programs. */
    JSON(new JsonReport()),
    /** One JSON document with the MyCareNet eTarif view of every session: to compare with an insurer's. */
    ETARIF(new ETarifReport()),
    /** One row per session with a header row (RFC 4180): for spreadsheets. */
    CSV(CsvReport.LOCALISED),
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
