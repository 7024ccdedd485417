package io.github.inamirules.spark;

import io.github.inamirules.engine.CoveragePolicy;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.tables.InputTable;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The runnable example: generates a year of sessions, writes the input tables to Parquet, assesses
 * them with Spark ({@link AssessParquet}, as spark-submit runs it) and writes the decisions to Parquet,
 * then shows the outcomes.
 *
 * <pre>
 * ./mvnw -q -pl spark -am -DskipTests test-compile exec:exec@example
 * </pre>
 */
public final class SparkExample {
    private SparkExample() {
    }

    /**
     * Runs the example.
     *
     * @param args the working folder (default {@code target/example}): {@code in/} and {@code out/} go there
     */
    public static void main(String[] args) {
        String dir = args.length > 0 ? args[0] : "target/example";
        List<CareHistory> histories = YearOfSessions.generate(ReimbursementEngine.loadInstalled(), 1000, 2025);
        SparkSession spark = SparkTest.session();
        try {
            InamiSpark.writeParquet(InamiSpark.tables(spark, histories), dir + "/in");
            AssessParquet.run(spark, dir + "/in", dir + "/out", CoveragePolicy.STRICT);
            Dataset<Row> decisions = spark.read().parquet(dir + "/out");
            System.out.println(histories.size() + " patients, " + decisions.count() + " decision rows in "
                    + dir + "/out");
            decisions.groupBy("profession", "outcome").count().orderBy("profession", "outcome").show(false);
            Map<InputTable, Dataset<Row>> in = InamiSpark.readParquet(spark, dir + "/in");
            System.out.println("input tables: " + in.keySet());
        } finally {
            spark.stop();
        }
    }
}
