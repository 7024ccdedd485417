/**
 * The 2025 rates of inami-rules, registered as a {@link io.github.inamirules.rates.RateModule}.
 *
 * @provides io.github.inamirules.rates.RateModule the rates in force in 2025
 */
module io.github.inamirules.rates2025 {
    requires transitive io.github.inamirules.core;

    exports io.github.inamirules.rates2025;

    provides io.github.inamirules.rates.RateModule with io.github.inamirules.rates2025.Rates2025;
}
