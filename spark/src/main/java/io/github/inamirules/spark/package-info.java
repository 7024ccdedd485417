/**
 * inami-rules on Apache Spark: {@link io.github.inamirules.spark.InamiSpark} assesses care histories given
 * as the flat input tables ({@link io.github.inamirules.tables.InputTable}) and gives one row per
 * decision ({@link io.github.inamirules.assessment.DecisionRow}), or per failed history.
 *
 * <p>Decisions taken where the design left a choice, and the traps a prototype met:
 * <ul>
 *   <li>Schemas are explicit {@code StructType}s built from the documented columns.
 *       {@code Encoders.bean(Decision.class)} silently gives an almost empty struct: the model's value
 *       types are immutable classes with accessors such as {@code fee()}, not bean getters.</li>
 *   <li>Only rows cross JVMs. Tasks carry the coverage policy, never an engine nor a model object:
 *       each executor JVM builds one engine on first use (a static lazy holder,
 *       {@code ReimbursementEngine.loadInstalled()}), so no engine is serialised and Kryo never meets
 *       the model's immutable collections ({@code List.of}, Immutables' lists), which it cannot
 *       rebuild without registered serialisers. Keep model objects out of Spark's caches for the same
 *       reason; cache the rows.</li>
 *   <li>A history is one group: every table is grouped by {@code patientId} ({@code collect_list}) and
 *       the groups are joined ({@code full_outer}), so a patient with rows in any table is never lost
 *       — a history that fails is an error row of its own, with the exception's class and, for the
 *       library's exceptions only, their message. Rows are numbered, for errors, by their position among
 *       the patient's rows of their table, ordered by id.</li>
 *   <li>This module depends on core only, with Spark {@code provided}: the scenario module and its
 *       Jackson stay off Spark's class path, where Spark brings its own Jackson.</li>
 *   <li>No {@code module-info}: Spark's jars are not modules (their file names give no valid automatic
 *       module name), so this jar is an automatic module named {@code io.github.inamirules.spark}, used on
 *       the class path as Spark applications are.</li>
 * </ul>
 */
@org.jspecify.annotations.NullMarked
package io.github.inamirules.spark;
