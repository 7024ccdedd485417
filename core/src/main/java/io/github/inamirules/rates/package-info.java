/**
 * Rate data: the {@link io.github.inamirules.rates.RateModule} SPI, the plain-text format read by
 * {@link io.github.inamirules.rates.DataFileRateModule} (documented, with a complete example, in
 * {@code docs/rates-format.md}), and the {@link io.github.inamirules.rates.RateCatalog} that answers
 * which rates are in force on a day.
 *
 * <p>Rule sets are code; rates are data. Every figure the law may change (a fee, a patient share, a
 * cap, a window, a reduction factor, a switch, a nomenclature code) is a row with a half-open period
 * and a {@link io.github.inamirules.rates.Provenance}: its sources and its status — official,
 * reported, derived (with the derivation), carried (with the text it rests on), or unknown (with
 * what was searched). An unknown figure is an explicit row, so "unknown" is never confused with
 * "forgotten", and a decision that needs it reports it as missing.
 *
 * <p>Decisions taken where the design left a choice:
 * <ul>
 *   <li>Files are pipe-separated ({@code .psv}), one row per value and period, with a fixed header,
 *       so a reviewer reads and diffs them without tools; one folder per profession.</li>
 *   <li>Sources are declared once per module ({@code sources.psv}) and named in each row.</li>
 *   <li>A profession's code table is keyed on the columns its vocabulary declares
 *       ({@link io.github.inamirules.rates.CodeTable}); an unknown row may write {@code *} for "any
 *       other value" of a column, so whole families of combinations are marked unknown at once.</li>
 *   <li>Rows are checked against the rule set's vocabulary when the engine is built
 *       ({@link io.github.inamirules.rates.RateCatalog#validate}), and parameter values are parsed
 *       once then.</li>
 *   <li>Modules are read lazily on first use, so a data error surfaces as a
 *       {@link io.github.inamirules.RateDataException} when the engine is built, not as a
 *       {@code ServiceConfigurationError}.</li>
 * </ul>
 */
@org.jspecify.annotations.NullMarked
package io.github.inamirules.rates;
