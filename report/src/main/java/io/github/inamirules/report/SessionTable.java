package io.github.inamirules.report;

import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Missing;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.Reason;
import io.github.inamirules.model.Money;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The year's sessions as a table, one row ({@code <tr class="session">}) per session: id, date, band
 * with rank, code, fee, insurance, patient share, supplement, outcome, refusal code; the last cell
 * holds the reasons, the session that used the entitlement up and what is missing, folded in a
 * {@code <details>} element that opens on a click, without any script. A reason shows its code, rule
 * id, message in the page's language and a link to its source when the source is a web address.
 */
final class SessionTable {
    private static final List<String> COLUMNS = List.of("col.session", "col.date", "col.band", "col.code", "col.fee",
            "col.insurance", "col.patientShare", "col.supplement", "col.outcome", "col.refusal", "col.why");

    private final List<Decision> sessions;
    private final PageText text;

    SessionTable(List<Decision> sessions, PageText text) {
        this.sessions = sessions;
        this.text = text;
    }

    void write(Markup m) {
        m.open("section", "class", "sessions").element("h2", text.get("section.sessions"));
        m.open("table", "class", "sessions").open("thead").open("tr");
        for (String column : COLUMNS) {
            m.element("th", text.get(column), "scope", "col");
        }
        m.close("tr").close("thead").newline().open("tbody").newline();
        for (Decision d : sessions) {
            row(m, d);
        }
        m.close("tbody").close("table").close("section").newline();
    }

    private void row(Markup m, Decision d) {
        m.open("tr", "class", "session " + Marking.of(d).css(), "data-session", d.sessionId());
        m.element("td", d.sessionId());
        m.element("td", text.date(d.date()));
        m.element("td", d.band().map(b -> b.label(text.language()) + b.rank().map(r -> " (" + r + ")").orElse(""))
                .orElse(text.get("amount.none")));
        m.element("td", d.nomenclatureCode().orElse(text.get("amount.none")));
        amount(m, d, d.fee());
        amount(m, d, d.insurance());
        amount(m, d, d.patientShare());
        amount(m, d, Optional.of(d.supplement()));
        m.element("td", text.outcome(d.outcome()));
        m.element("td", d.refusalCode().map(text::refusal).orElse(""));
        m.open("td");
        why(m, d);
        m.close("td").close("tr").newline();
    }

    /** An amount, {@code –} for a refused session (no official amount), {@code ?} for an unknown one. */
    private void amount(Markup m, Decision d, Optional<Money> amount) {
        String absent = d.outcome() == Outcome.REFUSED ? text.get("amount.none") : text.get("amount.unknown");
        m.element("td", amount.map(text::money).orElse(absent), "class", "amount");
    }

    private void why(Markup m, Decision d) {
        int count = d.reasons().size() + d.missing().size() + (d.usedUpBy().isPresent() ? 1 : 0);
        if (count == 0) {
            return;
        }
        m.open("details").element("summary", text.get("why.summary", Map.of("count", Integer.toString(count))));
        m.open("ul");
        for (Reason r : d.reasons()) {
            reason(m, r);
        }
        d.usedUpBy().ifPresent(id -> m.element("li", text.get("why.usedUpBy", Map.of("session", id)), "class",
                "used-up-by"));
        for (Missing x : d.missing()) {
            m.element("li", text.get("why.missing", Map.of("item", x.message(text.language()))), "class", "missing");
        }
        m.close("ul").close("details");
    }

    private void reason(Markup m, Reason r) {
        m.open("li", "class", "reason " + r.severity().name().toLowerCase(java.util.Locale.ROOT),
                "data-code", r.code());
        m.element("code", r.code()).text(" (" + r.ruleId() + "): " + r.message(text.language()));
        if (isWebAddress(r.source())) {
            m.text(" ").element("a", text.get("why.source"), "href", r.source(), "rel", "noreferrer");
        }
        m.close("li");
    }

    /** Only an http or https address becomes a link: never {@code javascript:} or {@code data:}. */
    static boolean isWebAddress(String source) {
        return source.matches("(?i)https?://[^\\s\"'<>]+");
    }
}
