/**
 * inami-rules report: a year of an {@link io.github.inamirules.assessment.Assessment} as one
 * self-contained HTML page for people ({@link io.github.inamirules.report.YearReport}), needing only
 * core.
 */
module io.github.inamirules.report {
    requires transitive io.github.inamirules.core;

    exports io.github.inamirules.report;
}
