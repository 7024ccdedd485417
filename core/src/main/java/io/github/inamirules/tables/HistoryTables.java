package io.github.inamirules.tables;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Groups the rows of many patients, given table by table in any order, into one
 * {@link PatientHistory} per patient: the care history, or the exception naming the bad row.
 *
 * <pre>{@code
 * HistoryTables tables = HistoryTables.of(HistoryAssembler.of(engine));
 * for (Map<String, Object> row : sessionRows) {
 *     tables.add(InputTable.SESSIONS, row);        // numbered 1, 2, … in each table
 * }
 * …
 * for (PatientHistory p : tables.histories()) {
 *     p.history().ifPresent(h -> write(DecisionRow.of(p.patientId().get(), engine.assess(h))));
 * }
 * }</pre>
 *
 * <p>Rows are kept until {@link #histories()}: for tables larger than memory, group by patient
 * upstream (a sort, a database query, Spark) and call {@link HistoryAssembler} per patient. Not
 * thread-safe; the results are.
 */
public final class HistoryTables {
    private final HistoryAssembler assembler;
    private final Map<String, List<TableRow>> byPatient = new TreeMap<>();
    private final List<TableRow> withoutPatient = new ArrayList<>();
    private final Map<InputTable, Long> counts = new EnumMap<>(InputTable.class);

    private HistoryTables(HistoryAssembler assembler) {
        this.assembler = assembler;
    }

    /**
     * Returns an empty grouping.
     *
     * @param assembler the assembler of each patient's rows
     * @return the grouping
     */
    public static HistoryTables of(HistoryAssembler assembler) {
        if (assembler == null) {
            throw new NullValueException("assembler");
        }
        return new HistoryTables(assembler);
    }

    /**
     * Adds the next row of a table, numbered after the rows of that table added before (from 1).
     *
     * @param table the table
     * @param values the row's values by column name
     * @return this grouping
     */
    public HistoryTables add(InputTable table, Map<String, ? extends @Nullable Object> values) {
        if (table == null) {
            throw new NullValueException("table");
        }
        return add(TableRow.of(table, counts.getOrDefault(table, 0L) + 1, values));
    }

    /**
     * Adds a row with its own number.
     *
     * @param row the row
     * @return this grouping
     */
    public HistoryTables add(TableRow row) {
        if (row == null) {
            throw new NullValueException("row");
        }
        counts.merge(row.table(), 1L, Long::sum);
        Object id = row.get(InputTable.PATIENT_ID);
        if (id instanceof String && !((String) id).isBlank()) {
            byPatient.computeIfAbsent((String) id, k -> new ArrayList<>()).add(row);
        } else {
            withoutPatient.add(row);
        }
        return this;
    }

    /**
     * Assembles every patient's history.
     *
     * @return one result per patient, in the order of their ids, then one failed result per row
     *     without a patient id (a missing, blank or non-text {@value InputTable#PATIENT_ID})
     */
    public List<PatientHistory> histories() {
        List<PatientHistory> out = new ArrayList<>();
        byPatient.forEach((id, rows) -> {
            try {
                out.add(PatientHistory.assembled(id, assembler.assemble(id, rows)));
            } catch (InvalidInputException e) {
                out.add(PatientHistory.failed(id, e));
            }
        });
        for (TableRow r : withoutPatient) {
            out.add(PatientHistory.failed(null, new RowReader(r).error(InputTable.PATIENT_ID, null,
                    "is missing or not a text")));
        }
        return out;
    }
}
