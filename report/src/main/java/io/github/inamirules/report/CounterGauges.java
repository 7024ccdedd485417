package io.github.inamirules.report;

import io.github.inamirules.assessment.Entitlement;
import io.github.inamirules.model.DateRange;
import java.util.List;
import java.util.Map;

/**
 * The counters of the assessment whose period meets the year, each as a half-circle gauge
 * ({@code <figure class="gauge">}): the arc filled in proportion of the sessions used to the limit, the
 * count in the middle, and under it the counter id (the profession's published constant), the episode
 * or "all episodes", the period and "used of limit, remaining". A counter without a limit shows its
 * count on an empty arc. Counters are as they stand after the last session assessed, as
 * {@link io.github.inamirules.assessment.Assessment#entitlements()} gives them.
 */
final class CounterGauges {
    private static final String ARC = "M 10 60 A 50 50 0 0 1 110 60";
    private static final int FULL = 100;
    private static final int HIGH = 75;

    private final List<Entitlement> counters;
    private final PageText text;

    CounterGauges(List<Entitlement> counters, int year, PageText text) {
        DateRange days = DateRange.ofYear(year);
        this.counters = counters.stream().filter(e -> e.period().overlaps(days)).toList();
        this.text = text;
    }

    /** Writes the gauges, or nothing when no counter meets the year. */
    void write(Markup m) {
        if (counters.isEmpty()) {
            return;
        }
        m.open("section", "class", "counters").element("h2", text.get("section.counters"))
                .element("p", text.get("counters.note"), "class", "note").open("div", "class", "gauges").newline();
        for (Entitlement e : counters) {
            gauge(m, e);
        }
        m.close("div").close("section").newline();
    }

    private void gauge(Markup m, Entitlement e) {
        String state = e.limit().map(l -> percent(e.used(), l) >= FULL ? "full" : percent(e.used(), l) >= HIGH
                ? "high" : "ok").orElse("unlimited");
        m.open("figure", "class", "gauge " + state, "data-counter", e.counter(),
                "data-used", Integer.toString(e.used()),
                "data-limit", e.limit().map(String::valueOf).orElse(""));
        m.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 120 68", "role", "img",
                "aria-label", usage(e));
        m.empty("path", "class", "track", "d", ARC, "pathLength", Integer.toString(FULL));
        e.limit().ifPresent(l -> m.empty("path", "class", "fill", "d", ARC, "pathLength", Integer.toString(FULL),
                "stroke-dasharray", percent(e.used(), l) + " " + FULL));
        m.element("text", e.used() + e.limit().map(l -> "/" + l).orElse(""), "class", "value", "x", "60", "y", "58",
                "text-anchor", "middle");
        m.close("svg");
        m.open("figcaption").element("strong", e.counter())
                .element("span", e.episodeId().map(id -> text.get("counter.episode", Map.of("episode", id)))
                        .orElse(text.get("counter.allEpisodes")), "class", "line")
                .element("span", period(e.period()), "class", "line").element("span", usage(e), "class", "line usage")
                .close("figcaption");
        m.close("figure").newline();
    }

    /** The share of the limit used, from 0 to 100; a limit of zero is full. */
    private static int percent(int used, int limit) {
        return limit <= 0 ? FULL : Math.min(FULL, used * FULL / limit);
    }

    private String usage(Entitlement e) {
        return e.limit().map(l -> text.get("counter.limited", Map.of("used", Integer.toString(e.used()),
                "limit", Integer.toString(l), "remaining", Integer.toString(e.remaining().orElseThrow()))))
                .orElse(text.get("counter.unlimited", Map.of("used", Integer.toString(e.used()))));
    }

    private String period(DateRange period) {
        return period.lastDay().map(last -> text.get("counter.period", Map.of("from", text.date(period.start()),
                "to", text.date(last)))).orElse(text.get("counter.periodOpen", Map.of("from",
                        text.date(period.start()))));
    }
}
