package io.github.inamirules.assessment;

import io.github.inamirules.NullValueException;
import io.github.inamirules.model.Money;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A decision as one flat row, for tabular pipelines (a database table, Parquet, a Spark
 * {@code Dataset<Row>}): the columns of {@link Column}, with stable names and types, in that order.
 *
 * <p>Values are plain Java values of the column's {@link Type}: {@code String}, {@link java.time.LocalDate},
 * {@code Integer}, {@link BigDecimal} (scale 2, from {@link Money}), or an unmodifiable
 * {@code List<String>}; an absent value is {@code null} (a list column is empty instead). Texts for
 * people (messages, labels) are not columns: rows are for programs; the decision keeps them.
 *
 * <p>The row carries the patient id given to it, to join with the input tables; {@link #toString()}
 * never shows it. Immutable and thread-safe.
 */
public final class DecisionRow {

    /** The type of a column's values. */
    public enum Type {
        /** A {@code String}. */
        TEXT,
        /** A {@link java.time.LocalDate}. */
        DATE,
        /** An {@code Integer}. */
        INTEGER,
        /** A {@link BigDecimal} amount in euros with scale 2, at most 9 digits ({@code decimal(9,2)}). */
        AMOUNT,
        /** An unmodifiable {@code List<String>}, never null. */
        TEXT_LIST
    }

    /** The columns, in row order. Their names and types are part of the public contract. */
    public enum Column {
        /** The patient id given to {@link DecisionRow#of(String, Decision)}. */
        PATIENT_ID("patientId", Type.TEXT, true),
        /** {@link Decision#sessionId()}. */
        SESSION_ID("sessionId", Type.TEXT, true),
        /** {@link Decision#date()}. */
        DATE("date", Type.DATE, true),
        /** {@link Decision#profession()}, its id. */
        PROFESSION("profession", Type.TEXT, true),
        /** {@link Decision#episodeId()}. */
        EPISODE_ID("episodeId", Type.TEXT, true),
        /** {@link Decision#outcome()}, its name. */
        OUTCOME("outcome", Type.TEXT, true),
        /** The band's id, if any. */
        BAND("band", Type.TEXT, false),
        /** The rank of the session in its band, if any. */
        RANK("rank", Type.INTEGER, false),
        /** {@link Decision#nomenclatureCode()}. */
        NOMENCLATURE_CODE("nomenclatureCode", Type.TEXT, false),
        /** {@link Decision#fee()}. */
        FEE("fee", Type.AMOUNT, false),
        /** {@link Decision#insurance()}. */
        INSURANCE("insurance", Type.AMOUNT, false),
        /** {@link Decision#patientShare()}. */
        PATIENT_SHARE("patientShare", Type.AMOUNT, false),
        /** {@link Decision#supplement()}, zero when none. */
        SUPPLEMENT("supplement", Type.AMOUNT, true),
        /** The eTarif refusal code ({@code "002"}…), if refused. */
        REFUSAL_CODE("refusalCode", Type.TEXT, false),
        /** {@link Decision#usedUpBy()}. */
        USED_UP_BY("usedUpBy", Type.TEXT, false),
        /** The codes of {@link Decision#reasons()}, in order. */
        REASON_CODES("reasonCodes", Type.TEXT_LIST, true),
        /** The items of {@link Decision#missing()} ({@code TARIFF}, {@code NOMENCLATURE_CODE}…), in order. */
        MISSING("missing", Type.TEXT_LIST, true);

        private final String columnName;
        private final Type type;
        private final boolean required;

        Column(String columnName, Type type, boolean required) {
            this.columnName = columnName;
            this.type = type;
            this.required = required;
        }

        /**
         * Returns the stable column name, in lower camel case.
         *
         * @return the name
         */
        public String columnName() {
            return columnName;
        }

        /**
         * Returns the type of the column's values.
         *
         * @return the type
         */
        public Type type() {
            return type;
        }

        /**
         * Tells whether every row has a value (list columns are never null, possibly empty).
         *
         * @return true if the column is never null
         */
        public boolean isRequired() {
            return required;
        }
    }

    private final Map<Column, Object> values;

    private DecisionRow(Map<Column, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * Flattens a decision.
     *
     * @param patientId the id of the patient whose history the decision belongs to
     * @param decision the decision
     * @return the row
     */
    public static DecisionRow of(String patientId, Decision decision) {
        if (patientId == null) {
            throw new NullValueException("patientId");
        }
        if (decision == null) {
            throw new NullValueException("decision");
        }
        Map<Column, Object> v = new EnumMap<>(Column.class);
        v.put(Column.PATIENT_ID, patientId);
        v.put(Column.SESSION_ID, decision.sessionId());
        v.put(Column.DATE, decision.date());
        v.put(Column.PROFESSION, decision.profession().id());
        v.put(Column.EPISODE_ID, decision.episodeId());
        v.put(Column.OUTCOME, decision.outcome().name());
        v.put(Column.BAND, decision.band().map(Band::id).orElse(null));
        v.put(Column.RANK, decision.band().flatMap(Band::rank).orElse(null));
        v.put(Column.NOMENCLATURE_CODE, decision.nomenclatureCode().orElse(null));
        v.put(Column.FEE, decision.fee().map(Money::amount).orElse(null));
        v.put(Column.INSURANCE, decision.insurance().map(Money::amount).orElse(null));
        v.put(Column.PATIENT_SHARE, decision.patientShare().map(Money::amount).orElse(null));
        v.put(Column.SUPPLEMENT, decision.supplement().amount());
        v.put(Column.REFUSAL_CODE, decision.refusalCode().map(RefusalCode::code).orElse(null));
        v.put(Column.USED_UP_BY, decision.usedUpBy().orElse(null));
        v.put(Column.REASON_CODES, decision.reasons().stream().map(Reason::code)
                .collect(Collectors.toUnmodifiableList()));
        v.put(Column.MISSING, decision.missing().stream().map(Missing::item).collect(Collectors.toUnmodifiableList()));
        return new DecisionRow(v);
    }

    /**
     * Flattens every decision of an assessment, in its order.
     *
     * @param patientId the id of the patient whose history was assessed
     * @param assessment the assessment
     * @return one row per decision
     */
    public static List<DecisionRow> of(String patientId, Assessment assessment) {
        if (assessment == null) {
            throw new NullValueException("assessment");
        }
        return assessment.decisions().stream().map(d -> of(patientId, d)).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the columns, in row order.
     *
     * @return every column
     */
    public static List<Column> columns() {
        return List.of(Column.values());
    }

    /**
     * Returns the value of a column.
     *
     * @param column the column
     * @return the value, of the column's type; {@code null} if absent
     */
    public Object get(Column column) {
        if (column == null) {
            throw new NullValueException("column");
        }
        return values.get(column);
    }

    /**
     * Returns the values in row order ({@code null} where absent), e.g. for a Spark {@code Row}.
     *
     * @return the values, one per column
     */
    public List<Object> values() {
        return Collections.unmodifiableList(columns().stream().map(values::get).collect(Collectors.toList()));
    }

    /**
     * Returns the values by column name, in row order.
     *
     * @return the values by name
     */
    public Map<String, Object> asMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((c, v) -> out.put(c.columnName(), v));
        return Collections.unmodifiableMap(out);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof DecisionRow && ((DecisionRow) obj).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /**
     * Returns the row without its patient id.
     *
     * @return e.g. {@code DecisionRow{sessionId=s-1, date=2025-03-10, …}}
     */
    @Override
    public String toString() {
        Map<String, Object> shown = new LinkedHashMap<>(asMap());
        shown.remove(Column.PATIENT_ID.columnName());
        return "DecisionRow" + shown;
    }
}
