package io.github.inamirules.spark;

import io.github.inamirules.InamiRulesException;
import io.github.inamirules.InvalidInputException;
import io.github.inamirules.assessment.DecisionRow;
import io.github.inamirules.engine.CoveragePolicy;
import io.github.inamirules.engine.HistoryResult;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.tables.InputTable;
import io.github.inamirules.tables.TableRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;

/**
 * Runs on the executors: one grouped row (a patient id and, per table, the list of the patient's rows)
 * in, the patient's decision rows out, or one error row. Serialised with the task: it holds only the
 * coverage policy and a flag, never an engine ({@link ExecutorEngine}). Package-private.
 */
final class PatientAssessor implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private static final int COLUMNS = DecisionRow.columns().size() + 2;

    private final CoveragePolicy policy;
    private final boolean javaTimeDates;

    /**
     * @param policy the coverage policy of the executors' engine
     * @param javaTimeDates whether the session gives dates as {@code java.time.LocalDate}
     *     ({@code spark.sql.datetime.java8API.enabled}) rather than {@code java.sql.Date}
     */
    PatientAssessor(CoveragePolicy policy, boolean javaTimeDates) {
        this.policy = policy;
        this.javaTimeDates = javaTimeDates;
    }

    @Override
    public Iterator<Row> call(Row grouped) {
        String patientId = grouped.getString(grouped.fieldIndex(InputTable.PATIENT_ID));
        if (patientId == null) {
            return withoutPatient(grouped).iterator();
        }
        ExecutorEngine executor = ExecutorEngine.of(policy);
        CareHistory history;
        try {
            history = executor.assembler().assemble(patientId, rows(grouped));
        } catch (InvalidInputException e) {
            return List.of(error(patientId, e)).iterator();
        }
        List<Row> out = new ArrayList<>(history.sessions().size());
        executor.engine().assessEach(List.of(history), result -> out.addAll(rowsOf(patientId, result)));
        return out.iterator();
    }

    private List<Row> rowsOf(String patientId, HistoryResult result) {
        if (!result.isAssessed()) {
            return List.of(error(patientId, result.error().orElseThrow()));
        }
        List<Row> out = new ArrayList<>();
        for (DecisionRow d : DecisionRow.of(patientId, result.assessment().orElseThrow())) {
            Object[] values = new Object[COLUMNS];
            List<Object> v = d.values();
            for (int i = 0; i < v.size(); i++) {
                values[i] = toSpark(v.get(i));
            }
            out.add(RowFactory.create(values));
        }
        return out;
    }

    /** The patient's rows, table by table; numbered by their position among the patient's rows by id. */
    private List<TableRow> rows(Row grouped) {
        String patientId = grouped.getString(grouped.fieldIndex(InputTable.PATIENT_ID));
        List<TableRow> rows = new ArrayList<>();
        for (InputTable table : InputTable.values()) {
            List<Row> given = list(grouped, table);
            given.sort(Comparator.comparing((Row r) -> r.get(0) == null ? "" : r.get(0).toString())
                    .thenComparing(Row::toString));
            long number = 0;
            for (Row r : given) {
                Map<String, Object> values = new HashMap<>();
                values.put(InputTable.PATIENT_ID, patientId);
                StructField[] fields = r.schema().fields();
                for (int i = 0; i < fields.length; i++) {
                    values.put(fields[i].name(), toJava(r.get(i)));
                }
                rows.add(TableRow.of(table, ++number, values));
            }
        }
        return rows;
    }

    private static List<Row> list(Row grouped, InputTable table) {
        int i = grouped.fieldIndex(table.tableName());
        return grouped.isNullAt(i) ? new ArrayList<>() : new ArrayList<>(grouped.getList(i));
    }

    /** Rows without patient id: one error row per table that has some, without patient id. */
    private List<Row> withoutPatient(Row grouped) {
        List<Row> out = new ArrayList<>();
        for (InputTable table : InputTable.values()) {
            int n = list(grouped, table).size();
            if (n > 0) {
                out.add(error(null, new InvalidInputException(table.tableName() + "." + InputTable.PATIENT_ID
                        + ": is missing (" + n + (n == 1 ? " row)" : " rows)"))));
            }
        }
        return out;
    }

    private static Row error(String patientId, RuntimeException e) {
        Object[] values = new Object[COLUMNS];
        values[DecisionRow.Column.PATIENT_ID.ordinal()] = patientId;
        if (e instanceof InamiRulesException) {
            values[DecisionRow.Column.SESSION_ID.ordinal()] = ((InamiRulesException) e).sessionId().orElse(null);
            values[COLUMNS - 1] = e.getMessage();
        }
        values[DecisionRow.Column.REASON_CODES.ordinal()] = new String[0];
        values[DecisionRow.Column.MISSING.ordinal()] = new String[0];
        values[COLUMNS - 2] = e.getClass().getSimpleName();
        return RowFactory.create(values);
    }

    private Object toSpark(Object value) {
        if (value instanceof LocalDate && !javaTimeDates) {
            return java.sql.Date.valueOf((LocalDate) value);
        }
        if (value instanceof List) {
            return ((List<?>) value).toArray(new String[0]);
        }
        return value;
    }

    private static Object toJava(Object value) {
        if (value instanceof java.sql.Date) {
            return ((java.sql.Date) value).toLocalDate();
        }
        return value;
    }
}
