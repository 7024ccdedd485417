/**
 * Rate data: the {@link io.github.inamirules.rates.RateModule} SPI, the plain-text format read by
 * {@link io.github.inamirules.rates.DataFileRateModule}, and the
 * {@link io.github.inamirules.rates.RateCatalog} that answers which rates are in force on a day.
 *
 * <p>Rule sets are code; rates are data. Every figure the law may change (a fee, a patient share, a
 * cap, a window, a reduction factor, a switch) is a row with a half-open period and a
 * {@link io.github.inamirules.rates.Provenance}: its sources, whether it is official, reported or
 * derived, and the derivation. A figure no source gives is absent and reported as missing.
 *
 * <p>Decisions taken where the design left a choice:
 * <ul>
 *   <li>Files are pipe-separated ({@code .psv}), one row per value and period, with a fixed header,
 *       so a reviewer reads and diffs them without tools.</li>
 *   <li>Sources are declared once per module ({@code sources.psv}) and named in each row.</li>
 *   <li>Nomenclature codes are data (band × place × duration → code), like fees.</li>
 *   <li>Modules are read lazily on first use, so a data error surfaces as a
 *       {@link io.github.inamirules.RateDataException} when the engine is built, not as a
 *       {@code ServiceConfigurationError}.</li>
 * </ul>
 */
package io.github.inamirules.rates;
