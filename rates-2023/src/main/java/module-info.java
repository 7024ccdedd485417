/**
 * The 2023 rates of inami-rules, registered as a {@link io.github.inamirules.rates.RateModule}.
 *
 * @provides io.github.inamirules.rates.RateModule the rates in force in 2023
 */
module io.github.inamirules.rates2023 {
    requires transitive io.github.inamirules.core;

    exports io.github.inamirules.rates2023;

    provides io.github.inamirules.rates.RateModule with io.github.inamirules.rates2023.Rates2023;
}
