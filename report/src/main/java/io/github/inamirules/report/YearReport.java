package io.github.inamirules.report;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * An assessment as pages for people, one per calendar year of its sessions: each page is one
 * self-contained HTML document with a bar per session (insurance, patient share and supplement
 * stacked, refused sessions and sessions of unknown amount marked, the band as background), the
 * counters as gauges, the year's totals and the table of sessions with their reasons folded under
 * each, in French, Dutch or English. Sessions are shown by date; sessions of one day in the order of
 * the assessment.
 *
 * <pre>{@code
 * YearReport report = YearReport.of(engine.assess(history), Locale.FRENCH).withTitle("Lombalgie 2025");
 * for (YearPage page : report.pages()) {
 *     Files.writeString(dir.resolve("year-" + page.year() + ".html"), page.html());
 * }
 * }</pre>
 *
 * <p>A page loads nothing and runs nothing: the style sheet is inline, the drawings are inline SVG,
 * there is no script, and its Content-Security-Policy forbids scripts and fetches. Every text from the
 * assessment (session ids, reasons, the title) is escaped. The page shows what the assessment holds —
 * session and episode ids, dates, codes, amounts, reasons — and no patient id: an
 * {@code Assessment} has none, and a title is the caller's to choose. The same assessment, language and
 * title always give the same bytes: nothing depends on the clock or on the JVM's locale.
 *
 * <p>Immutable and thread-safe.
 */
public final class YearReport {
    private final Assessment assessment;
    private final PageText text;
    private final Optional<String> title;

    private YearReport(Assessment assessment, PageText text, Optional<String> title) {
        this.assessment = assessment;
        this.text = text;
        this.title = title;
    }

    /**
     * Obtains the report of an assessment in a language.
     *
     * @param assessment the assessment, of any professions
     * @param locale the language of the page: French, Dutch, or English for any other
     * @return the report, without a title
     * @throws NullValueException if an argument is null
     */
    public static YearReport of(Assessment assessment, Locale locale) {
        if (assessment == null) {
            throw new NullValueException("assessment");
        }
        if (locale == null) {
            throw new NullValueException("locale");
        }
        return new YearReport(assessment, new PageText(locale), Optional.empty());
    }

    /**
     * Returns the same report with a title over each page, such as the name of a scenario.
     *
     * @param title the title, shown as written (escaped)
     * @return the titled report
     * @throws NullValueException if the title is null
     */
    public YearReport withTitle(String title) {
        if (title == null) {
            throw new NullValueException("title");
        }
        return new YearReport(assessment, text, Optional.of(title));
    }

    /**
     * Returns the calendar years that have at least one session, in order: one page each.
     *
     * @return the years, empty for an assessment without sessions
     */
    public List<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>();
        assessment.decisions().forEach(d -> years.add(d.date().getYear()));
        return List.copyOf(years);
    }

    /**
     * Returns the page of one year.
     *
     * @param year a year of {@link #years()}
     * @return the page's HTML document
     * @throws InvalidInputException if no session falls in that year
     */
    public String html(int year) {
        List<Decision> sessions = assessment.decisions().stream().filter(d -> d.date().getYear() == year)
                .sorted(Comparator.comparing(Decision::date)).toList();
        if (sessions.isEmpty()) {
            throw InvalidInputException.of("year", year, "has no session; years with sessions: " + years());
        }
        return HtmlPage.write(title, year, sessions, assessment.entitlements(), text);
    }

    /**
     * Returns every page, one per year of {@link #years()}, in order.
     *
     * @return the pages
     */
    public List<YearPage> pages() {
        return years().stream().map(y -> new YearPage(y, html(y))).toList();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof YearReport other && assessment.equals(other.assessment)
                && text.language().equals(other.text.language()) && title.equals(other.title);
    }

    @Override
    public int hashCode() {
        return Objects.hash(assessment, text.language(), title);
    }

    @Override
    public String toString() {
        return "YearReport[" + years() + ", " + text.language() + "]";
    }
}
