package io.github.inamirules.tables;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import io.github.inamirules.assessment.DecisionRow;
import java.util.List;
import java.util.Optional;

/**
 * The input tables of the flat row form: a care history spread over seven tables, every row keyed by
 * the patient's id, with the stable column names and types of {@link #columns()}. The format, with an
 * example, is {@code docs/tables-format.md}.
 *
 * <p>Column types are those of the output row, {@link DecisionRow.Type}: text, date, integer and amount
 * ({@code decimal(9,2)}). A time of day and a list of periods are text in a documented form, so that
 * every table is made of plain scalar columns a CSV file, a database or Parquet holds alike.
 */
public enum InputTable {
    /** One row per patient: the patient's birth date and preferential (BIM) periods. */
    PATIENTS("patients",
            col("birthDate", false, DecisionRow.Type.DATE),
            col("preferentialPeriods", false, DecisionRow.Type.TEXT)),
    /** One row per practitioner of the patient's sessions, with the convention periods. */
    PRACTITIONERS("practitioners",
            col("practitionerId", true, DecisionRow.Type.TEXT),
            col("profession", true, DecisionRow.Type.TEXT),
            col("inamiNumber", false, DecisionRow.Type.TEXT),
            col("conventionPeriods", false, DecisionRow.Type.TEXT)),
    /** One row per episode of care, its profession and its kind. */
    EPISODES("episodes",
            col("episodeId", true, DecisionRow.Type.TEXT),
            col("profession", true, DecisionRow.Type.TEXT),
            col("kind", true, DecisionRow.Type.TEXT)),
    /** One row per prescription. */
    PRESCRIPTIONS("prescriptions",
            col("prescriptionId", true, DecisionRow.Type.TEXT),
            col("episodeId", true, DecisionRow.Type.TEXT),
            col("date", true, DecisionRow.Type.DATE),
            col("prescriber", false, DecisionRow.Type.TEXT),
            col("startDate", false, DecisionRow.Type.DATE),
            col("numberOfSessions", false, DecisionRow.Type.INTEGER)),
    /** One row per médecin-conseil notification or accord, valid over {@code [start, end)}. */
    APPROVALS("approvals",
            col("approvalId", true, DecisionRow.Type.TEXT),
            col("episodeId", true, DecisionRow.Type.TEXT),
            col("kind", true, DecisionRow.Type.TEXT),
            col("start", true, DecisionRow.Type.DATE),
            col("end", false, DecisionRow.Type.DATE)),
    /** One row per session. */
    SESSIONS("sessions",
            col("sessionId", true, DecisionRow.Type.TEXT),
            col("date", true, DecisionRow.Type.DATE),
            col("time", false, DecisionRow.Type.TEXT),
            col("practitionerId", true, DecisionRow.Type.TEXT),
            col("episodeId", true, DecisionRow.Type.TEXT),
            col("prescriptionId", false, DecisionRow.Type.TEXT),
            col("minutes", false, DecisionRow.Type.INTEGER),
            col("feeAsked", false, DecisionRow.Type.AMOUNT)),
    /**
     * One row per profession fact of a practitioner, an episode, a prescription or a session: the long
     * form, so that every profession's facts fit without a column of their own.
     */
    FACTS("facts",
            col("target", true, DecisionRow.Type.TEXT),
            col("ownerId", true, DecisionRow.Type.TEXT),
            col("name", true, DecisionRow.Type.TEXT),
            col("value", true, DecisionRow.Type.TEXT));

    /** The name of the column every table has: the patient's id. */
    public static final String PATIENT_ID = "patientId";

    private final String tableName;
    private final List<Column> columns;

    InputTable(String tableName, Column... own) {
        this.tableName = tableName;
        Column[] all = new Column[own.length + 1];
        all[0] = new Column(PATIENT_ID, true, DecisionRow.Type.TEXT);
        System.arraycopy(own, 0, all, 1, own.length);
        this.columns = List.of(all);
    }

    private static Column col(String name, boolean required, DecisionRow.Type type) {
        return new Column(name, required, type);
    }

    /**
     * Returns the stable table name, in lower case.
     *
     * @return e.g. {@code "sessions"}
     */
    public String tableName() {
        return tableName;
    }

    /**
     * Returns the columns, {@value #PATIENT_ID} first. Their names and types are part of the public
     * contract.
     *
     * @return the columns, in order
     */
    public List<Column> columns() {
        return columns;
    }

    /**
     * Returns a column by name.
     *
     * @param name the column name, e.g. {@code "sessionId"}
     * @return the column, if the table has it
     */
    public Optional<Column> column(String name) {
        if (name == null) {
            throw new NullValueException("name");
        }
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * Returns a table by its name.
     *
     * @param name the table name, e.g. {@code "sessions"}
     * @return the table
     * @throws InvalidInputException if no table has that name
     */
    public static InputTable named(String name) {
        if (name == null) {
            throw new NullValueException("table");
        }
        for (InputTable t : values()) {
            if (t.tableName.equals(name)) {
                return t;
            }
        }
        throw InvalidInputException.of("table", "'" + name + "'", "is not an input table");
    }

    /**
     * One column of an input table: its stable name, whether every row must have a value, and its type.
     * Immutable and thread-safe.
     */
    public static final class Column {
        private final String name;
        private final boolean required;
        private final DecisionRow.Type type;

        Column(String name, boolean required, DecisionRow.Type type) {
            this.name = name;
            this.required = required;
            this.type = type;
        }

        /**
         * Returns the stable column name, in lower camel case.
         *
         * @return the name
         */
        public String name() {
            return name;
        }

        /**
         * Tells whether every row must have a value in this column.
         *
         * @return true if the column is required
         */
        public boolean isRequired() {
            return required;
        }

        /**
         * Returns the type of the column's values: a {@code String}, a {@link java.time.LocalDate}, an
         * {@code Integer} or a {@link java.math.BigDecimal} of scale 2 at most.
         *
         * @return the type
         */
        public DecisionRow.Type type() {
            return type;
        }

        @Override
        public String toString() {
            return name + " " + type + (required ? " required" : "");
        }
    }
}
