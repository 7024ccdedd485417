/**
 * The 2024 rate module, {@link io.github.inamirules.rates2024.Rates2024}. Its data files ({@code sources.psv},
 * {@code coverage.psv}, {@code clinical-psychology/parameters.psv}, {@code clinical-psychology/tariffs.psv}, and
 * {@code physiotherapy/parameters.psv}, {@code physiotherapy/tariffs.psv}, {@code physiotherapy/codes.psv})
 * are in this package's resources, in the format of {@link io.github.inamirules.rates.DataFileRateModule}.
 */
package io.github.inamirules.rates2024;
