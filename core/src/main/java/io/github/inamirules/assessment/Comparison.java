package io.github.inamirules.assessment;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import io.github.inamirules.model.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Two assessments of the same care history side by side, session by session: the answer to a what-if
 * question ("with direct access from July", "with a 3 % indexation") asked by assessing once with the
 * installed rates and once with an overlay.
 *
 * <p>For each session, the fields that differ — outcome, band, rank, code, fee, insurance, patient
 * share, supplement, refusal code — with both values as text. Immutable and thread-safe.
 */
public final class Comparison {
    /** The fields compared, in the order they are listed. */
    public static final List<String> FIELDS = List.of("outcome", "band", "rank", "code", "fee", "insurance",
            "patient_share", "supplement", "refusal");

    private final List<Row> rows;

    private Comparison(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /**
     * Compares two assessments of one history.
     *
     * @param before the assessment with the installed rates
     * @param after the assessment with the overlay
     * @return the comparison
     * @throws InvalidInputException if the two do not decide the same sessions in the same order
     */
    public static Comparison of(Assessment before, Assessment after) {
        if (before == null) {
            throw new NullValueException("before");
        }
        if (after == null) {
            throw new NullValueException("after");
        }
        if (before.decisions().size() != after.decisions().size()) {
            throw InvalidInputException.of("after", after.decisions().size() + " decisions",
                    "is not an assessment of the same history (" + before.decisions().size() + " decisions)");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < before.decisions().size(); i++) {
            Decision a = before.decisions().get(i);
            Decision b = after.decisions().get(i);
            if (!a.sessionId().equals(b.sessionId())) {
                throw InvalidInputException.of("after.decisions[" + i + "]", b.sessionId(),
                        "is not session " + a.sessionId() + ": not an assessment of the same history");
            }
            rows.add(new Row(a, b));
        }
        return new Comparison(rows);
    }

    /**
     * Returns one row per session, in input order.
     *
     * @return the rows
     */
    public List<Row> rows() {
        return rows;
    }

    /**
     * Returns the rows whose decisions differ.
     *
     * @return the differing rows
     */
    public List<Row> differences() {
        return rows.stream().filter(Row::differs).collect(java.util.stream.Collectors.toUnmodifiableList());
    }

    /**
     * One session's two decisions and what differs between them.
     */
    public static final class Row {
        private final Decision before;
        private final Decision after;
        private final Map<String, List<String>> changed;

        Row(Decision before, Decision after) {
            this.before = Objects.requireNonNull(before, "before");
            this.after = Objects.requireNonNull(after, "after");
            Map<String, List<String>> map = new LinkedHashMap<>();
            for (String field : FIELDS) {
                String x = value(before, field);
                String y = value(after, field);
                if (!x.equals(y)) {
                    map.put(field, List.of(x, y));
                }
            }
            this.changed = java.util.Collections.unmodifiableMap(map);
        }

        /**
         * Returns the session id.
         *
         * @return the id
         */
        public String sessionId() {
            return before.sessionId();
        }

        /**
         * Returns the decision with the installed rates.
         *
         * @return the first decision
         */
        public Decision before() {
            return before;
        }

        /**
         * Returns the decision with the overlay.
         *
         * @return the second decision
         */
        public Decision after() {
            return after;
        }

        /**
         * Returns the fields that differ, each with its value before and after as text ({@code -} for
         * an absent value).
         *
         * @return the changed fields, in {@link #FIELDS} order
         */
        public Map<String, List<String>> changed() {
            return changed;
        }

        /**
         * Tells whether the two decisions differ in a compared field.
         *
         * @return true if any field changed
         */
        public boolean differs() {
            return !changed.isEmpty();
        }

        /**
         * Returns a compared field's value as text.
         *
         * @param d a decision
         * @param field one of {@link #FIELDS}
         * @return the value, {@code -} if absent
         */
        static String value(Decision d, String field) {
            switch (field) {
                case "outcome":
                    return d.outcome().name();
                case "band":
                    return d.band().map(Band::id).orElse("-");
                case "rank":
                    return d.band().flatMap(Band::rank).map(String::valueOf).orElse("-");
                case "code":
                    return d.nomenclatureCode().orElse("-");
                case "fee":
                    return text(d.fee());
                case "insurance":
                    return text(d.insurance());
                case "patient_share":
                    return text(d.patientShare());
                case "supplement":
                    return d.supplement().toString();
                case "refusal":
                    return d.refusalCode().map(RefusalCode::code).orElse("-");
                default:
                    throw new IllegalArgumentException(field);
            }
        }

        private static String text(Optional<Money> amount) {
            return amount.map(Money::toString).orElse("-");
        }
    }
}
