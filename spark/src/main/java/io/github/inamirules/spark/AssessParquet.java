package io.github.inamirules.spark;

import io.github.inamirules.engine.CoveragePolicy;
import io.github.inamirules.tables.InputTable;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The spark-submit entry point of the shaded jar: reads the input tables from Parquet, assesses them and
 * writes the decisions to Parquet.
 *
 * <pre>
 * spark-submit --class io.github.inamirules.spark.AssessParquet inami-rules-spark-all.jar IN OUT [--lenient]
 * </pre>
 *
 * <p>{@code IN} holds one folder per table ({@code IN/patients}, {@code IN/sessions}, …); {@code OUT} gets
 * the decisions, replaced if it exists.
 */
public final class AssessParquet {
    private AssessParquet() {
    }

    /**
     * Runs the job.
     *
     * @param args {@code IN OUT [--lenient]}
     * @throws IllegalArgumentException if the arguments are not {@code IN OUT [--lenient]}
     */
    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3 || args.length == 3 && !args[2].equals("--lenient")) {
            // spark-submit shows the exception and fails the job: the library writes nothing to the console
            throw new IllegalArgumentException("usage: AssessParquet IN OUT [--lenient]");
        }
        SparkSession spark = SparkSession.builder().appName("inami-rules").getOrCreate();
        try {
            run(spark, args[0], args[1], args.length == 3 ? CoveragePolicy.LENIENT : CoveragePolicy.STRICT);
        } finally {
            spark.stop();
        }
    }

    /**
     * Reads, assesses and writes.
     *
     * @param spark the session
     * @param in the folder of the input tables
     * @param out the folder of the decisions
     * @param policy the coverage policy
     */
    public static void run(SparkSession spark, String in, String out, CoveragePolicy policy) {
        Map<InputTable, Dataset<Row>> tables = InamiSpark.readParquet(spark, in);
        InamiSpark.assess(tables, policy).write().mode("overwrite").parquet(out);
    }
}
