/**
 * The 2024 rates of inami-rules, registered as a {@link io.github.inamirules.rates.RateModule}.
 *
 * @provides io.github.inamirules.rates.RateModule the rates in force in 2024
 */
module io.github.inamirules.rates2024 {
    requires transitive io.github.inamirules.core;

    exports io.github.inamirules.rates2024;

    provides io.github.inamirules.rates.RateModule with io.github.inamirules.rates2024.Rates2024;
}
