/**
 * The flat row form of the input, for tabular pipelines (a database export, CSV, Parquet, Spark):
 * seven {@linkplain io.github.inamirules.tables.InputTable input tables} keyed by the patient's id, read
 * back into care histories by {@link io.github.inamirules.tables.HistoryAssembler} (one patient) or
 * {@link io.github.inamirules.tables.HistoryTables} (many, rows in any order), and written by
 * {@link io.github.inamirules.tables.HistoryRows}. The output row is
 * {@link io.github.inamirules.assessment.DecisionRow}. The format is {@code docs/tables-format.md}.
 *
 * <p>Decisions taken where the design left a choice:
 * <ul>
 *   <li>Profession facts are a long table of their own ({@code facts}: target, owner id, name, value
 *       as text), not columns nor a {@code key=value} column: every profession's facts fit, a new
 *       profession changes no schema, and a free-text value (a network id, a centre) needs no
 *       escaping. Names and values are those of scenario files ({@link io.github.inamirules.model.Fact#parse}).</li>
 *   <li>Lists of periods (preferential status, convention) are one text column of half-open periods
 *       {@code start/end} separated by commas, so the patients and practitioners tables keep one row
 *       per entity; a time of day is text {@code HH:mm}, which Spark and CSV hold alike.</li>
 *   <li>Every table carries the patient id, practitioners included: a history is the patient's, and
 *       grouping by one key is what makes a distributed run possible.</li>
 *   <li>Columns other than the documented ones are ignored, so tables may carry the caller's own; a
 *       blank text in an optional column is absent, as CSV files write it.</li>
 *   <li>Errors name table, column and row ({@code sessions.date = …: expected a date (sessions row
 *       12)}); values of the patients table and patient ids are never shown.</li>
 * </ul>
 */
@org.jspecify.annotations.NullMarked
package io.github.inamirules.tables;
