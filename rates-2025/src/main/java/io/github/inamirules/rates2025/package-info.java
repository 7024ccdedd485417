/**
 * The 2025 rate module, {@link io.github.inamirules.rates2025.Rates2025}. Its data files
 * ({@code sources.psv}, {@code coverage.psv}, {@code parameters.psv}, {@code tariffs.psv},
 * {@code codes.psv}) are in this package's resources, in the format of
 * {@link io.github.inamirules.rates.DataFileRateModule}.
 */
package io.github.inamirules.rates2025;
