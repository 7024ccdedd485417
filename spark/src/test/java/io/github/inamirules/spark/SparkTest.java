package io.github.inamirules.spark;

import org.apache.spark.sql.SparkSession;

/** The local Spark session of the tests and the example: two threads, no UI, loopback only. */
final class SparkTest {
    private SparkTest() {
    }

    static SparkSession session() {
        return SparkSession.builder().master("local[2]").appName("inami-rules-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }
}
