package io.github.inamirules.report;

import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Entitlement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes one year's page: the document head (UTF-8, a Content-Security-Policy that allows no script
 * and no fetch, the inlined style sheet), the title, the chart, the counters, the totals and the
 * session table.
 */
final class HtmlPage {
    /**
     * Nothing is loaded and nothing runs: styles are inline, the only images are inline SVG. Even a
     * text that slipped past escaping could not run a script or call a server.
     */
    private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "base-uri 'none'; form-action 'none'";
    private static final String STYLE = styleSheet();

    private HtmlPage() {
    }

    /**
     * Writes the page of a year.
     *
     * @param title the page's title, if the caller gave one
     * @param year the year
     * @param sessions the year's decisions by date, at least one
     * @param counters the assessment's counters
     * @param text the page's language
     * @return the page
     */
    static String write(Optional<String> title, int year, List<Decision> sessions, List<Entitlement> counters,
            PageText text) {
        String yearText = text.get("page.year", Map.of("year", Integer.toString(year)));
        Markup m = new Markup();
        m.constant("<!DOCTYPE html>\n").open("html", "lang", text.language().getLanguage()).newline();
        m.open("head").newline().empty("meta", "charset", "utf-8").newline()
                .empty("meta", "http-equiv", "Content-Security-Policy", "content", POLICY).newline()
                .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline()
                .empty("meta", "name", "generator", "content", "inami-rules").newline()
                .element("title", title.map(t -> t + " \u2013 " + yearText).orElse(yearText)).newline()
                .open("style").constant(STYLE).close("style").newline().close("head").newline();
        m.open("body").newline().open("header");
        if (title.isPresent()) {
            m.element("h1", title.get()).element("h2", yearText);
        } else {
            m.element("h1", yearText);
        }
        m.element("p", text.get("page.note"), "class", "note").close("header").newline();
        BandPalette bands = new BandPalette(sessions, text);
        m.open("section", "class", "year").element("h2", text.get("section.chart")).newline();
        new SessionChart(sessions, bands, text).write(m);
        m.close("section").newline();
        new CounterGauges(counters, year, text).write(m);
        new YearTotals(sessions, text).write(m);
        new SessionTable(sessions, text).write(m);
        m.close("body").newline().close("html").newline();
        return m.toString();
    }

    private static String styleSheet() {
        try (InputStream in = HtmlPage.class.getResourceAsStream("page.css")) {
            if (in == null) {
                throw new IllegalStateException("page.css is missing from inami-rules-report");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read page.css of inami-rules-report", e);
        }
    }
}
