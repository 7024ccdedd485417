/**
 * The 2026 rate module, {@link io.github.inamirules.rates2026.Rates2026}. Its data files
 * ({@code sources.psv}, {@code coverage.psv}, and a folder per profession) are in this package's
 * resources, in the format of {@code docs/rates-format.md}.
 */
package io.github.inamirules.rates2026;
