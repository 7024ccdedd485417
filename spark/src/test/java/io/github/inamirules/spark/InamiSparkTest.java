package io.github.inamirules.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.DecisionRow;
import io.github.inamirules.engine.BatchResult;
import io.github.inamirules.engine.HistoryResult;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.Session;
import io.github.inamirules.tables.InputTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spark in local mode (one session for the class) against the plain Java batch API, on a generated
 * year of sessions of the three professions with failing histories among them.
 */
class InamiSparkTest {
    private static final ReimbursementEngine ENGINE = ReimbursementEngine.loadInstalled();
    private static SparkSession spark;

    private static String unavailable;

    @BeforeAll
    static void startSpark() {
        try {
            spark = SparkTest.session();
        } catch (UnsupportedOperationException e) {
            if (!String.valueOf(e.getMessage()).contains("getSubject")) {
                throw e;
            }
            // JDK 24+ only: Hadoop's UserGroupInformation calls Subject.getSubject when Spark starts
            unavailable = "Spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION() + " cannot start on Java "
                    + Runtime.version().feature() + ": Hadoop calls Subject.getSubject, unsupported from Java 24"
                    + " on; the Spark tests run on Java 17 to 21";
        }
    }

    /** Skips a test that needs Spark on a JDK where Spark cannot start, saying why. */
    private static void needsSpark() {
        Assumptions.assumeTrue(unavailable == null, unavailable);
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** A history whose last session is dated in a year no installed rate module covers. */
    private static CareHistory uncovered(CareHistory h) {
        Session last = h.sessions().get(h.sessions().size() - 1);
        return CareHistory.builder().from(h).addSessions(Session.builder().from(last).id("late")
                .date(LocalDate.of(2031, 3, 3)).build()).build();
    }

    private static List<List<Object>> sorted(List<List<Object>> rows) {
        List<List<Object>> out = new ArrayList<>(rows);
        out.sort(Comparator.comparing((List<Object> r) -> Objects.toString(r.get(0), ""))
                .thenComparing(r -> Objects.toString(r.get(1), "")));
        return out;
    }

    private static List<Object> values(Row r) {
        List<Object> v = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            Object x = r.get(i);
            if (x instanceof java.sql.Date) {
                x = ((java.sql.Date) x).toLocalDate();
            } else if (x instanceof scala.collection.Seq) {
                x = new ArrayList<>(r.getList(i));
            }
            v.add(x);
        }
        return v;
    }

    private static List<Object> expectedError(HistoryResult r) {
        List<Object> v = new ArrayList<>();
        RuntimeException e = r.error().orElseThrow();
        for (DecisionRow.Column c : DecisionRow.columns()) {
            v.add(c == DecisionRow.Column.PATIENT_ID ? r.history().orElseThrow().patient().id()
                    : c == DecisionRow.Column.SESSION_ID ? ((io.github.inamirules.InamiRulesException) e).sessionId()
                            .orElse(null)
                    : c.type() == DecisionRow.Type.TEXT_LIST ? List.of() : null);
        }
        v.add(e.getClass().getSimpleName());
        v.add(e.getMessage());
        return v;
    }

    @Test
    void aGeneratedYear_givesRowForRowTheDecisionsOfTheBatchApi() {
        needsSpark();
        List<CareHistory> histories = new ArrayList<>(YearOfSessions.generate(ENGINE, 300, 2025));
        histories.set(17, uncovered(histories.get(17)));
        histories.set(42, uncovered(histories.get(42)));

        BatchResult batch = ENGINE.assessAll(histories);
        List<List<Object>> expected = new ArrayList<>();
        for (HistoryResult r : batch.results()) {
            if (r.isAssessed()) {
                String id = r.history().orElseThrow().patient().id();
                for (DecisionRow d : DecisionRow.of(id, r.assessment().orElseThrow())) {
                    List<Object> v = new ArrayList<>(d.values());
                    v.add(null);
                    v.add(null);
                    expected.add(v);
                }
            } else {
                expected.add(expectedError(r));
            }
        }
        assertThat(batch.failures()).hasSize(2);
        assertThat(expected.size()).as("a year of sessions").isGreaterThan(3000);

        Map<InputTable, Dataset<Row>> tables = new EnumMap<>(InamiSpark.tables(spark, histories));
        // rows of no history: a session referring to no practitioner, and a fact without patient id
        tables.put(InputTable.PATIENTS, tables.get(InputTable.PATIENTS).union(spark.createDataFrame(
                List.of(RowFactory.create("bad-rows", null, null)), InamiSpark.schema(InputTable.PATIENTS))));
        tables.put(InputTable.SESSIONS, tables.get(InputTable.SESSIONS).union(spark.createDataFrame(
                List.of(RowFactory.create("bad-rows", "s-1", java.sql.Date.valueOf("2025-03-03"), null, "kine-9",
                        "knee", null, null, null)), InamiSpark.schema(InputTable.SESSIONS))));
        StructType nullablePatient = InamiSpark.schema(InputTable.FACTS);
        nullablePatient = DataTypes.createStructType(java.util.Arrays.stream(nullablePatient.fields())
                .map(f -> DataTypes.createStructField(f.name(), f.dataType(), true)).toArray(
                        org.apache.spark.sql.types.StructField[]::new));
        tables.put(InputTable.FACTS, tables.get(InputTable.FACTS).union(spark.createDataFrame(
                List.of(RowFactory.create(null, "session", "s-1", "place", "home")), nullablePatient)));

        List<List<Object>> actual = InamiSpark.assess(tables).collectAsList().stream().map(InamiSparkTest::values)
                .collect(Collectors.toList());

        List<List<Object>> badRows = actual.stream().filter(r -> "bad-rows".equals(r.get(0)) || r.get(0) == null)
                .collect(Collectors.toList());
        assertThat(badRows).hasSize(2);
        assertThat(badRows).anySatisfy(r -> assertThat(r.get(r.size() - 1)).isEqualTo(
                "sessions.practitionerId = 'kine-9': refers to no row of table practitioners (sessions row 1)"));
        assertThat(badRows).anySatisfy(r -> assertThat(r.get(r.size() - 1))
                .isEqualTo("facts.patientId: is missing (1 row)"));
        actual.removeAll(badRows);
        assertThat(sorted(actual)).hasSameSizeAs(expected).containsExactlyElementsOf(sorted(expected));
    }

    @Test
    void aTableWithoutARequiredColumnOrOfAnotherType_isRefusedBeforeAnyJob() {
        needsSpark();
        Map<InputTable, Dataset<Row>> tables = new EnumMap<>(InamiSpark.tables(spark, List.of()));
        tables.put(InputTable.SESSIONS, tables.get(InputTable.SESSIONS).drop("date"));
        assertThatThrownBy(() -> InamiSpark.assess(tables)).isInstanceOf(InvalidInputException.class)
                .hasMessage("sessions.date = (no column): is a required column");
        tables.put(InputTable.SESSIONS, InamiSpark.tables(spark, List.of()).get(InputTable.SESSIONS)
                .withColumn("minutes", org.apache.spark.sql.functions.lit("30")));
        assertThatThrownBy(() -> InamiSpark.assess(tables)).isInstanceOf(InvalidInputException.class)
                .hasMessage("sessions.minutes = string: expected a column of type int");
    }

    @Test
    void theDecisions_haveTheDecisionRowColumnsWithDecimalMoney() {
        StructType schema = InamiSpark.decisionSchema();
        assertThat(schema.fieldNames()).startsWith(DecisionRow.columns().stream()
                .map(DecisionRow.Column::columnName).toArray(String[]::new)).endsWith("errorType", "errorMessage");
        assertThat(schema.apply("fee").dataType()).isEqualTo(DataTypes.createDecimalType(9, 2));
        assertThat(schema.apply("date").dataType()).isEqualTo(DataTypes.DateType);
        assertThat(schema.apply("reasonCodes").dataType()).isEqualTo(DataTypes.createArrayType(DataTypes.StringType,
                false));
    }

    /** The trap the explicit schemas avoid: a bean encoder sees no properties in the model's value types. */
    @Test
    void aBeanEncoderOfDecision_wouldBeAlmostEmpty() {
        assertThat(Encoders.bean(Decision.class).schema().fields().length).isLessThan(3);
    }
}
