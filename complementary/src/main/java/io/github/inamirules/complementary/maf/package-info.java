/**
 * The maximum billing (maximum à facturer / maximumfactuur, MAF): per calendar year, the legal patient
 * shares that count towards a household's ceiling, per profession, and the distance to the ceiling of
 * the household's bracket ({@link io.github.inamirules.complementary.maf.MafRules}).
 *
 * <p>Decisions taken where the design left a choice:
 * <ul>
 *   <li>Whether a profession's shares count is data with provenance, by period
 *       ({@code counting.psv}), not code: where no source says, the row is an explicit unknown, and
 *       the year's total names the profession instead of guessing
 *       ({@link io.github.inamirules.complementary.maf.MafYear#unclassified()}).</li>
 *   <li>Only the legal patient share of a reimbursed session counts; supplements never; a refused
 *       session has no legal share. An unpriced or undecided session's share is counted as unknown.</li>
 *   <li>The year is the calendar year of the date of service. The user supplies the bracket (income of
 *       three years before, or the social MAF) and the other MAF-counting expenses: the library knows
 *       neither incomes nor the household's other care.</li>
 *   <li>Ceilings are one row per bracket and calendar year; a year without a sourced threshold answers
 *       an unknown ceiling saying so, never the nearest year's.</li>
 * </ul>
 */
@org.jspecify.annotations.NullMarked
package io.github.inamirules.complementary.maf;
