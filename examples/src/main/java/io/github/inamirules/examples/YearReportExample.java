package io.github.inamirules.examples;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.report.YearPage;
import io.github.inamirules.report.YearReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes the worked year of {@link PhysiotherapyYear} as HTML pages, one per calendar year, in French:
 * {@code ./mvnw -q -pl examples -am -DskipTests package exec:java
 * -Dexec.mainClass=io.github.inamirules.examples.YearReportExample -Dexec.args=target/year-report}.
 */
public final class YearReportExample {
    private YearReportExample() {
    }

    /**
     * Runs the example.
     *
     * @param args the folder to write into; {@code target/year-report} by default
     * @throws IOException if a page cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/year-report");
        Assessment assessment = ReimbursementEngine.loadInstalled().assess(PhysiotherapyYear.history());

        YearReport report = YearReport.of(assessment, Locale.FRENCH).withTitle("Lombalgie et genou");
        Files.createDirectories(dir);
        for (YearPage page : report.pages()) {
            Files.writeString(dir.resolve("year-" + page.year() + ".html"), page.html());
        }
        System.out.println(report.years().size() + " page(s) in " + dir);
    }
}
