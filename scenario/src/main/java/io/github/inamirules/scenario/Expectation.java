package io.github.inamirules.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a scenario expects of one session, of several sessions, of the totals, or of one counter.
 * Expectations are partial: only the fields given are checked.
 *
 * @param kind what is checked
 * @param sessions the session ids, for {@link Kind#SESSIONS}; empty otherwise
 * @param counter the counter id, for {@link Kind#ENTITLEMENT}
 * @param episode the episode of the counter, if given
 * @param periodStart the first day of the counter's period, if given
 * @param values the expected field values
 * @param location where the expectation is written
 */
public record Expectation(Kind kind, List<String> sessions, Optional<String> counter, Optional<String> episode,
        Optional<LocalDate> periodStart, List<ExpectedValue> values, SourceLocation location) {

    /** What an expectation is about. */
    public enum Kind {
        /** One or more sessions: every field must hold for each. */
        SESSIONS,
        /** The totals of the assessment. */
        TOTALS,
        /** One counter (entitlement) after the last session. */
        ENTITLEMENT,
        /** The assessment fails with an error whose message contains the expected text. */
        ERROR
    }

    /** Fields of a session expectation, as written in files. */
    public static final List<String> SESSION_FIELDS = List.of("outcome", "band", "rank", "code", "fee", "insurance",
            "patient_share", "supplement", "patient_total", "reasons", "absent_reasons", "refusal", "used_up_by",
            "missing");
    /** Fields of a totals expectation. */
    public static final List<String> TOTALS_FIELDS = List.of("fee", "insurance", "patient_share", "supplement",
            "reimbursed", "refused", "insufficient_data", "unpriced");
    /** The field of an error expectation. */
    public static final String ERROR_FIELD = "error";
    /** Fields of an entitlement expectation. */
    public static final List<String> ENTITLEMENT_FIELDS = List.of("used", "limit", "remaining");

    /**
     * Validates and copies.
     *
     * @param kind the kind
     * @param sessions the session ids
     * @param counter the counter
     * @param episode the episode
     * @param periodStart the period start
     * @param values the values
     * @param location the location
     */
    public Expectation {
        Objects.requireNonNull(kind, "kind");
        sessions = List.copyOf(sessions);
        Objects.requireNonNull(counter, "counter");
        Objects.requireNonNull(episode, "episode");
        Objects.requireNonNull(periodStart, "periodStart");
        values = List.copyOf(values);
        Objects.requireNonNull(location, "location");
    }

    /**
     * Describes the target for people: {@code session back-3}, {@code totals}, {@code entitlement …}.
     *
     * @return the description
     */
    public String target() {
        switch (kind) {
            case SESSIONS:
                return sessions.size() == 1 ? "session " + sessions.get(0)
                        : "sessions " + sessions.get(0) + " .. " + sessions.get(sessions.size() - 1);
            case TOTALS:
                return "totals";
            case ERROR:
                return "assessment error";
            default:
                return "entitlement " + counter.orElse("?") + episode.map(p -> " of " + p).orElse("")
                        + periodStart.map(d -> " from " + d).orElse("");
        }
    }

    /**
     * One expected field value, as written in the file. Amounts are text ({@code "30.80"}); the word
     * {@code unknown} expects the value to be absent; a list (reason codes) is several texts.
     *
     * @param field the field name, e.g. {@code insurance}
     * @param expected the expected text, one element for a scalar
     * @param location where it is written
     */
    public record ExpectedValue(String field, List<String> expected, SourceLocation location) {

        /**
         * Validates and copies.
         *
         * @param field the field
         * @param expected the expected texts
         * @param location the location
         */
        public ExpectedValue {
            Objects.requireNonNull(field, "field");
            expected = List.copyOf(expected);
            Objects.requireNonNull(location, "location");
        }

        /**
         * Returns the expected text of a scalar field.
         *
         * @return the text; for a list, the items joined with {@code ", "}
         */
        public String text() {
            return String.join(", ", expected);
        }
    }
}
