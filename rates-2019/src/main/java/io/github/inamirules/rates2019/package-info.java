/**
 * The 2019 rate module, {@link io.github.inamirules.rates2019.Rates2019}. Its data files ({@code sources.psv},
 * {@code coverage.psv}, {@code clinical-psychology/parameters.psv}, {@code clinical-psychology/tariffs.psv})
 * are in this package's resources, in the format of {@link io.github.inamirules.rates.DataFileRateModule}.
 */
package io.github.inamirules.rates2019;
