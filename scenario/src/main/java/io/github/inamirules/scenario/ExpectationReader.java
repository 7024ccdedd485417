package io.github.inamirules.scenario;

import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.scenario.Expectation.ExpectedValue;
import io.github.inamirules.scenario.Expectation.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads the {@code expect} list of a scenario and validates every expected value's type where it is
 * written, so a typo in an expectation is a read error, not a mysterious mismatch. Package-private.
 */
final class ExpectationReader {
    static final String UNKNOWN = "unknown";
    static final String NONE = "none";
    private static final List<String> AMOUNTS = List.of("fee", "insurance", "patient_share", "supplement",
            "patient_total");

    private final List<String> sessionIds;

    ExpectationReader(List<String> sessionIds) {
        this.sessionIds = sessionIds;
    }

    List<Expectation> read(List<YamlNode> items) {
        List<Expectation> out = new ArrayList<>();
        for (YamlNode item : items) {
            out.add(one(MapReader.of(item, "expectation")));
        }
        return out;
    }

    private Expectation one(MapReader m) {
        if (m.has("session") || m.has("sessions")) {
            List<String> ids = m.has("session") ? List.of(session(m.node("session"), m.text("session")))
                    : sessions(m.node("sessions"));
            return finish(m, Kind.SESSIONS, ids, Optional.empty(), Expectation.SESSION_FIELDS);
        }
        if (m.has("totals")) {
            MapReader totals = MapReader.of(m.node("totals"), "totals");
            m.done();
            return finish(totals, Kind.TOTALS, List.of(), Optional.empty(), Expectation.TOTALS_FIELDS);
        }
        if (m.has(Expectation.ERROR_FIELD)) {
            ExpectedValue text = new ExpectedValue(Expectation.ERROR_FIELD, List.of(m.text(Expectation.ERROR_FIELD)),
                    m.node(Expectation.ERROR_FIELD).location);
            m.done();
            return new Expectation(Kind.ERROR, List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                    List.of(text), m.location());
        }
        if (m.has("entitlement")) {
            return finish(m, Kind.ENTITLEMENT, List.of(), Optional.of(m.text("entitlement")),
                    Expectation.ENTITLEMENT_FIELDS);
        }
        throw new ScenarioException(m.location(),
                "expectation: expected one of the keys session, sessions, totals, entitlement or error");
    }

    private Expectation finish(MapReader m, Kind kind, List<String> ids, Optional<String> counter,
            List<String> fields) {
        Optional<String> episode = kind == Kind.ENTITLEMENT ? m.optionalText(m.synonym("episode", "pathology"))
                : Optional.empty();
        Optional<LocalDate> periodStart = kind == Kind.ENTITLEMENT ? m.optionalDate("from") : Optional.empty();
        List<ExpectedValue> values = new ArrayList<>();
        for (String field : fields) {
            if (m.has(field)) {
                values.add(value(m.node(field), field));
            }
        }
        m.done();
        if (values.isEmpty()) {
            throw new ScenarioException(m.location(), "expectation: give at least one of " + fields);
        }
        return new Expectation(kind, ids, counter, episode, periodStart, values, m.location());
    }

    private String session(YamlNode node, String id) {
        if (!sessionIds.contains(id)) {
            throw node.error("session: '" + id + "' is not a session of this scenario"
                    + (sessionIds.size() <= 12 ? "; sessions: " + sessionIds : ""));
        }
        return id;
    }

    /** {@code a .. b} (inclusive, in input order) or a list of ids. */
    private List<String> sessions(YamlNode node) {
        if (node instanceof YamlNode.ListNode) {
            List<String> ids = new ArrayList<>();
            for (YamlNode n : ((YamlNode.ListNode) node).items) {
                ids.add(session(n, MapReader.scalar(n, "sessions", "a session id").text));
            }
            return ids;
        }
        String text = MapReader.scalar(node, "sessions", "a range 'first .. last' or a list of ids").text;
        String[] ends = text.split("\\.\\.");
        if (ends.length != 2) {
            throw node.error("sessions: expected a range 'first .. last' or a list of ids, found '" + text + "'");
        }
        int from = sessionIds.indexOf(session(node, ends[0].trim()));
        int to = sessionIds.indexOf(session(node, ends[1].trim()));
        if (to < from) {
            throw node.error("sessions: '" + ends[1].trim() + "' comes before '" + ends[0].trim() + "'");
        }
        return sessionIds.subList(from, to + 1);
    }

    private static ExpectedValue value(YamlNode node, String field) {
        if (field.equals("reasons") || field.equals("absent_reasons") || field.equals("missing")) {
            List<String> texts = new ArrayList<>();
            List<YamlNode> items = node instanceof YamlNode.ListNode ? ((YamlNode.ListNode) node).items : List.of(node);
            for (YamlNode n : items) {
                texts.add(MapReader.scalar(n, field, "a text").text);
            }
            return new ExpectedValue(field, texts, node.location);
        }
        return new ExpectedValue(field, List.of(normalised(node, field)), node.location);
    }

    private static String normalised(YamlNode node, String field) {
        String text = MapReader.scalar(node, field, "a value").text.trim();
        if (AMOUNTS.contains(field)) {
            return text.equals(UNKNOWN) ? UNKNOWN : MapReader.money(node, field).toString();
        }
        switch (field) {
            case "outcome":
                return MapReader.name(MapReader.enumValue(node, field, Outcome.class));
            case "refusal":
                if (text.equals(NONE) || Arrays.stream(RefusalCode.values()).anyMatch(c -> c.code().equals(text))) {
                    return text;
                }
                throw node.error("refusal: expected an eTarif code (001, 002, 005, 008, 009, 010) or none, found '"
                        + text + "'");
            case "rank":
                return text.equals(UNKNOWN) ? UNKNOWN : String.valueOf(MapReader.integer(node, field, 1, 100_000));
            case "reimbursed":
            case "refused":
            case "insufficient_data":
            case "used":
            case "limit":
            case "remaining":
                return String.valueOf(MapReader.integer(node, field, 0, 1_000_000));
            default:
                return text;
        }
    }
}
