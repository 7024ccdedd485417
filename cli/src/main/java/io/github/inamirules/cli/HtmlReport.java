package io.github.inamirules.cli;

import io.github.inamirules.InamiRulesException;
import io.github.inamirules.report.YearPage;
import io.github.inamirules.report.YearReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Writes assessments as year pages of {@code inami-rules-report} ({@link YearReport}): one
 * self-contained HTML page per scenario and calendar year, titled with the scenario's name. Without a
 * folder, the one page is printed, so {@code assess year.yaml --format html > year.html} works; more
 * than one page needs {@code --out DIR}, where each is written as {@code <scenario>-<year>.html} (the
 * name in lower-case letters, digits and dashes; {@code -2}, {@code -3}… when two scenarios give the
 * same name) and its path printed on a line.
 */
final class HtmlReport implements AssessmentReport {
    private static final int LONGEST_NAME = 60;

    private final Optional<Path> folder;

    HtmlReport(Optional<Path> folder) {
        this.folder = folder;
    }

    @Override
    public void print(List<AssessedScenario> scenarios, Locale locale, PrintWriter out) {
        List<String> names = new ArrayList<>();
        List<YearPage> pages = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (AssessedScenario s : scenarios) {
            for (YearPage page : YearReport.of(s.assessment(), locale).withTitle(s.name()).pages()) {
                names.add(unique(fileName(s.name()) + "-" + page.year(), taken) + ".html");
                pages.add(page);
            }
        }
        if (folder.isEmpty()) {
            if (pages.size() != 1) {
                throw new InamiRulesException(pages.size() + " pages (one per scenario and year with sessions): "
                        + "write them to a folder with --out DIR, or choose one scenario with --scenario NAME");
            }
            out.print(pages.get(0).html());
        } else {
            write(names, pages, folder.get(), out);
        }
        out.flush();
    }

    private static void write(List<String> names, List<YearPage> pages, Path dir, PrintWriter out) {
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < pages.size(); i++) {
                Path file = dir.resolve(names.get(i));
                Files.writeString(file, pages.get(i).html(), StandardCharsets.UTF_8);
                out.println(SafeText.line(file.toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the pages to " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A scenario's name as a file name: lower-case ASCII letters, digits and dashes. */
    static String fileName(String scenario) {
        String ascii = Normalizer.normalize(scenario, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String name = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (name.length() > LONGEST_NAME) {
            name = name.substring(0, LONGEST_NAME).replaceAll("-$", "");
        }
        return name.isEmpty() ? "scenario" : name;
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = name + "-" + n;
        }
        return candidate;
    }
}
