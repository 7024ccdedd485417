package io.github.inamirules.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import io.github.inamirules.assessment.DecisionRow;
import io.github.inamirules.engine.CoveragePolicy;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.tables.HistoryRows;
import io.github.inamirules.tables.InputTable;
import io.github.inamirules.tables.TableRow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Assesses care histories given as the flat {@linkplain InputTable input tables} on Apache Spark:
 * {@code Dataset<Row>}s in, one {@code Dataset<Row>} of decisions out.
 *
 * <pre>{@code
 * Map<InputTable, Dataset<Row>> tables = InamiSpark.readParquet(spark, "in/");   // in/sessions, in/facts, …
 * Dataset<Row> decisions = InamiSpark.assess(tables);
 * decisions.write().parquet("out/decisions");
 * }</pre>
 *
 * <p>The decisions have the columns of {@link DecisionRow} (money as {@code decimal(9,2)}, reason codes
 * and missing items as {@code array<string>}), then {@code errorType} and {@code errorMessage}: a
 * patient whose history fails — bad rows, a date no rate module covers, a rule-set defect — is one row
 * of its own with its patient id, the exception's simple class name and, for the library's exceptions
 * only, its message (never personal data); never a lost patient. Rows without patient id are one error
 * row per table, without patient id.
 *
 * <p>Each executor JVM builds one engine, from the rule sets and rate modules on its class path
 * ({@link io.github.inamirules.engine.ReimbursementEngine#loadInstalled()}), the first time a task needs
 * it; no engine and no model object is serialised, only rows.
 */
public final class InamiSpark {
    private InamiSpark() {
    }

    /**
     * Returns the Spark schema of an input table, with the documented column names and types.
     *
     * @param table the table
     * @return its schema; required columns are not nullable
     */
    public static StructType schema(InputTable table) {
        if (table == null) {
            throw new NullValueException("table");
        }
        return SparkSchemas.input(table);
    }

    /**
     * Returns the schema of the decisions {@link #assess(Map)} gives.
     *
     * @return the columns of {@link DecisionRow}, then {@code errorType} and {@code errorMessage}
     */
    public static StructType decisionSchema() {
        return SparkSchemas.decisions();
    }

    /**
     * Assesses every patient of the tables, strictly: a session no rate module covers fails its history.
     *
     * @param tables the input tables; {@code patients} and {@code sessions} required, the others optional
     * @return one row per decision, and one row per failed history
     * @throws InvalidInputException if a table misses a required column or has a column of another type
     */
    public static Dataset<Row> assess(Map<InputTable, Dataset<Row>> tables) {
        return assess(tables, CoveragePolicy.STRICT);
    }

    /**
     * Assesses every patient of the tables.
     *
     * @param tables the input tables; {@code patients} and {@code sessions} required, the others optional
     * @param policy what a session no rate module covers gives ({@link CoveragePolicy#LENIENT}: a
     *     decision {@code INSUFFICIENT_DATA} of its own)
     * @return one row per decision, and one row per failed history
     * @throws InvalidInputException if a table misses a required column or has a column of another type
     */
    public static Dataset<Row> assess(Map<InputTable, Dataset<Row>> tables, CoveragePolicy policy) {
        if (tables == null) {
            throw new NullValueException("tables");
        }
        if (policy == null) {
            throw new NullValueException("policy");
        }
        for (InputTable required : List.of(InputTable.PATIENTS, InputTable.SESSIONS)) {
            if (tables.get(required) == null) {
                throw InvalidInputException.of("tables", required.tableName(), "is missing");
            }
        }
        SparkSession spark = tables.get(InputTable.SESSIONS).sparkSession();
        Dataset<Row> grouped = null;
        for (InputTable table : InputTable.values()) {
            Dataset<Row> given = tables.get(table);
            Dataset<Row> one = grouped(table, given != null ? given
                    : spark.createDataFrame(List.<Row>of(), SparkSchemas.input(table)));
            grouped = grouped == null ? one : grouped.join(one, new String[] {InputTable.PATIENT_ID}, "full_outer");
        }
        boolean javaTimeDates = Boolean.parseBoolean(spark.conf().get("spark.sql.datetime.java8API.enabled", "false"));
        return grouped.flatMap(new PatientAssessor(policy, javaTimeDates), Encoders.row(SparkSchemas.decisions()));
    }

    /** One row per patient: the patient id and the list of the patient's rows of the table. */
    private static Dataset<Row> grouped(InputTable table, Dataset<Row> given) {
        Set<String> present = Set.of(given.columns());
        Map<String, StructField> fields = new java.util.HashMap<>();
        for (StructField f : given.schema().fields()) {
            fields.put(f.name(), f);
        }
        List<Column> own = new ArrayList<>();
        for (InputTable.Column c : table.columns()) {
            if (present.contains(c.name())) {
                SparkSchemas.check(table, c, fields.get(c.name()).dataType());
                own.add(col(c.name()));
            } else if (c.isRequired()) {
                throw InvalidInputException.of(table.tableName() + "." + c.name(), "(no column)",
                        "is a required column");
            } else {
                own.add(lit(null).cast(SparkSchemas.typeOf(c.type())).as(c.name()));
            }
        }
        Column[] rowColumns = table.columns().stream().skip(1).map(c -> col(c.name())).toArray(Column[]::new);
        return given.select(own.toArray(new Column[0])).groupBy(col(InputTable.PATIENT_ID))
                .agg(collect_list(struct(rowColumns)).as(table.tableName()));
    }

    /**
     * Writes care histories as input tables, e.g. to write them to Parquet or to test a pipeline.
     *
     * @param spark the session
     * @param histories the histories, each with a patient id of its own
     * @return the seven tables
     */
    public static Map<InputTable, Dataset<Row>> tables(SparkSession spark, Collection<CareHistory> histories) {
        if (spark == null) {
            throw new NullValueException("spark");
        }
        if (histories == null) {
            throw new NullValueException("histories");
        }
        Map<InputTable, List<Row>> rows = new EnumMap<>(InputTable.class);
        for (InputTable t : InputTable.values()) {
            rows.put(t, new ArrayList<>());
        }
        for (CareHistory h : histories) {
            for (TableRow r : HistoryRows.of(h)) {
                rows.get(r.table()).add(toRow(r));
            }
        }
        Map<InputTable, Dataset<Row>> out = new EnumMap<>(InputTable.class);
        rows.forEach((t, list) -> out.put(t, spark.createDataFrame(list, SparkSchemas.input(t))));
        return out;
    }

    private static Row toRow(TableRow r) {
        List<InputTable.Column> columns = r.table().columns();
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            Object v = r.get(columns.get(i).name());
            values[i] = v instanceof java.time.LocalDate ? java.sql.Date.valueOf((java.time.LocalDate) v) : v;
        }
        return RowFactory.create(values);
    }

    /**
     * Reads the input tables from Parquet: one folder per table under {@code dir}, named as the table
     * ({@code dir/sessions}); a folder that does not exist is an empty table.
     *
     * @param spark the session
     * @param dir the folder of the tables (a path or URI Spark reads)
     * @return the tables found
     */
    public static Map<InputTable, Dataset<Row>> readParquet(SparkSession spark, String dir) {
        if (spark == null) {
            throw new NullValueException("spark");
        }
        if (dir == null) {
            throw new NullValueException("dir");
        }
        Map<InputTable, Dataset<Row>> out = new EnumMap<>(InputTable.class);
        for (InputTable t : InputTable.values()) {
            String path = dir + "/" + t.tableName();
            if (exists(spark, path)) {
                out.put(t, spark.read().parquet(path));
            }
        }
        return out;
    }

    private static boolean exists(SparkSession spark, String path) {
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
            return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Writes input tables to Parquet, one folder per table under {@code dir}, replacing what was there.
     *
     * @param tables the tables
     * @param dir the folder
     */
    public static void writeParquet(Map<InputTable, Dataset<Row>> tables, String dir) {
        if (tables == null) {
            throw new NullValueException("tables");
        }
        if (dir == null) {
            throw new NullValueException("dir");
        }
        tables.forEach((t, ds) -> ds.write().mode("overwrite").parquet(dir + "/" + t.tableName()));
    }
}
