package io.github.inamirules.report;

import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.model.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The year's sessions as an inline SVG bar chart: one bar ({@code <g class="bar">}) per session in
 * the order of the assessment, insurance, patient share and supplement stacked from the bottom; a
 * refused session is a hatched marker, a reimbursed session whose amounts are not all known a dashed
 * marker holding what is known; behind the bars, the band of each run of sessions as a tinted
 * background ({@code <rect class="band-bg">}). Every bar has a {@code <title>}, shown on hover
 * without any script.
 *
 * <p>The scale's top is the largest fee plus supplement of the year rounded up to ten euros; markers
 * are drawn at a third of the height, whatever the amounts, since they stand for no amount.
 */
final class SessionChart {
    static final int WIDTH = 1000;
    static final int HEIGHT = 300;
    private static final int LEFT = 64;
    private static final int RIGHT = 8;
    private static final int TOP = 12;
    private static final int BOTTOM = 36;
    private static final BigDecimal PLOT_WIDTH = BigDecimal.valueOf(WIDTH - LEFT - RIGHT);
    private static final BigDecimal PLOT_HEIGHT = BigDecimal.valueOf(HEIGHT - TOP - BOTTOM);
    private static final BigDecimal BASE = BigDecimal.valueOf(HEIGHT - BOTTOM);
    private static final BigDecimal MARKER = PLOT_HEIGHT.divide(BigDecimal.valueOf(3), MathContext.DECIMAL64);
    private static final BigDecimal BAR_SHARE = new BigDecimal("0.7");
    private static final BigDecimal TEN = BigDecimal.TEN;

    private final List<Decision> sessions;
    private final BandPalette bands;
    private final PageText text;
    private final Money top;
    private final BigDecimal slot;

    SessionChart(List<Decision> sessions, BandPalette bands, PageText text) {
        this.sessions = sessions;
        this.bands = bands;
        this.text = text;
        this.top = scaleTop(sessions);
        this.slot = PLOT_WIDTH.divide(BigDecimal.valueOf(sessions.size()), MathContext.DECIMAL64);
    }

    /** The largest fee plus supplement of the priced sessions, rounded up to ten euros; at least ten. */
    private static Money scaleTop(List<Decision> sessions) {
        Money max = Money.ZERO;
        for (Decision d : sessions) {
            Money height = d.fee().orElse(d.patientShare().orElse(Money.ZERO)).plus(d.supplement());
            max = max.max(height);
        }
        BigDecimal tens = max.amount().divide(TEN, 0, RoundingMode.CEILING).max(BigDecimal.ONE);
        return Money.of(tens.multiply(TEN));
    }

    /** Writes the chart and its legend. */
    void write(Markup m) {
        m.open("figure", "class", "chart").newline();
        m.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + WIDTH + " " + HEIGHT,
                "role", "img", "aria-label", text.get("chart.label")).newline();
        m.open("defs").open("pattern", "id", "hatch", "width", "6", "height", "6", "patternUnits", "userSpaceOnUse",
                "patternTransform", "rotate(45)").empty("rect", "width", "6", "height", "6", "class", "hatch-bg")
                .empty("line", "x1", "0", "y1", "0", "x2", "0", "y2", "6", "class", "hatch-line")
                .close("pattern").close("defs").newline();
        bandBackgrounds(m);
        axis(m);
        m.open("g", "class", "bars").newline();
        for (int i = 0; i < sessions.size(); i++) {
            bar(m, i, sessions.get(i));
        }
        m.close("g").newline();
        months(m);
        m.close("svg").newline();
        legend(m);
        m.close("figure").newline();
    }

    private BigDecimal x(int index) {
        return BigDecimal.valueOf(LEFT).add(slot.multiply(BigDecimal.valueOf(index)));
    }

    /** One tinted rectangle per run of consecutive sessions in the same band. */
    private void bandBackgrounds(Markup m) {
        m.open("g", "class", "bands");
        int start = 0;
        for (int i = 1; i <= sessions.size(); i++) {
            if (i == sessions.size() || !bands.key(sessions.get(i)).equals(bands.key(sessions.get(start)))) {
                Decision first = sessions.get(start);
                m.open("rect", "class", "band-bg " + bands.cssClass(first), "data-band", bands.key(first),
                        "x", Geometry.units(x(start)), "y", Geometry.units(TOP),
                        "width", Geometry.units(slot.multiply(BigDecimal.valueOf(i - start))),
                        "height", Geometry.units(PLOT_HEIGHT))
                        .element("title", bands.label(first)).close("rect");
                start = i;
            }
        }
        m.close("g").newline();
    }

    /** The amount scale: zero, half and the top, with grid lines. */
    private void axis(Markup m) {
        m.open("g", "class", "axis");
        Money half = Money.of(top.amount().divide(BigDecimal.valueOf(2)));
        for (Money tick : List.of(Money.ZERO, half, top)) {
            String y = Geometry.units(BASE.subtract(Geometry.length(tick, top, PLOT_HEIGHT)));
            m.empty("line", "x1", Geometry.units(LEFT), "x2", Geometry.units(WIDTH - RIGHT), "y1", y, "y2", y);
            m.element("text", text.money(tick), "x", Geometry.units(LEFT - 6), "y", y, "dy", "4",
                    "text-anchor", "end");
        }
        m.close("g").newline();
    }

    private void bar(Markup m, int index, Decision d) {
        Marking kind = Marking.of(d);
        m.open("g", "class", "bar " + kind.css(), "data-session", d.sessionId(), "data-outcome", d.outcome().name());
        m.element("title", title(d));
        BigDecimal width = slot.multiply(BAR_SHARE);
        BigDecimal x = x(index).add(slot.subtract(width).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64));
        if (kind != Marking.REFUSED) {
            BigDecimal y = BASE;
            y = segment(m, "insurance", d.insurance(), x, width, y);
            y = segment(m, "patient-share", d.patientShare(), x, width, y);
            segment(m, "supplement", Optional.of(d.supplement()), x, width, y);
        }
        if (kind != Marking.PRICED) {
            m.empty("rect", "class", "marker " + kind.css(), "x", Geometry.units(x),
                    "y", Geometry.units(BASE.subtract(MARKER)),
                    "width", Geometry.units(width), "height", Geometry.units(MARKER));
        }
        m.close("g").newline();
    }

    /** Draws one stacked amount if it is known and not zero; returns the top of the stack. */
    private BigDecimal segment(Markup m, String kind, Optional<Money> amount, BigDecimal x, BigDecimal width,
            BigDecimal base) {
        if (amount.isEmpty() || amount.get().isZero()) {
            return base;
        }
        BigDecimal height = Geometry.length(amount.get(), top, PLOT_HEIGHT);
        BigDecimal y = base.subtract(height);
        m.empty("rect", "class", kind, "x", Geometry.units(x), "y", Geometry.units(y), "width", Geometry.units(width),
                "height", Geometry.units(height));
        return y;
    }

    private String title(Decision d) {
        String outcome = text.outcome(d.outcome()) + d.refusalCode().map(c -> " " + text.refusal(c)).orElse("");
        String head = text.get("bar.title", Map.of("session", d.sessionId(), "date", text.date(d.date()),
                "outcome", outcome));
        if (d.outcome() == Outcome.REFUSED) {
            return head;
        }
        return head + " \u2013 " + text.get("bar.amounts", Map.of("insurance", amount(d.insurance()),
                "patientShare", amount(d.patientShare()), "supplement", text.money(d.supplement())));
    }

    private String amount(Optional<Money> amount) {
        return amount.map(text::money).orElse(text.get("amount.unknown"));
    }

    /** The short month name under the first session of each month. */
    private void months(Markup m) {
        m.open("g", "class", "months");
        LocalDate previous = null;
        for (int i = 0; i < sessions.size(); i++) {
            LocalDate date = sessions.get(i).date();
            if (previous == null || date.getMonthValue() != previous.getMonthValue()) {
                String x = Geometry.units(x(i));
                m.empty("line", "x1", x, "x2", x, "y1", Geometry.units(BASE), "y2", Geometry.units(BASE.add(TEN)));
                m.element("text", text.month(date), "x", x, "y", Geometry.units(HEIGHT - 12), "dx", "2");
            }
            previous = date;
        }
        m.close("g").newline();
    }

    private void legend(Markup m) {
        m.open("figcaption", "class", "legend").newline();
        item(m, "insurance", text.get("legend.insurance"));
        item(m, "patient-share", text.get("legend.patientShare"));
        item(m, "supplement", text.get("legend.supplement"));
        item(m, "refused", text.get("legend.refused"));
        item(m, "unpriced", text.get("legend.unpriced"));
        for (Decision d : bands.firstOfEach(sessions)) {
            item(m, "band " + bands.cssClass(d), bands.label(d));
        }
        m.close("figcaption").newline();
    }

    private static void item(Markup m, String swatch, String label) {
        m.open("span", "class", "item").open("span", "class", "swatch " + swatch).close("span").text(label)
                .close("span").newline();
    }
}
