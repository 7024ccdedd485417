/**
 * The 2021 rates of inami-rules, registered as a {@link io.github.inamirules.rates.RateModule}.
 *
 * @provides io.github.inamirules.rates.RateModule the rates in force in 2021
 */
module io.github.inamirules.rates2021 {
    requires transitive io.github.inamirules.core;

    exports io.github.inamirules.rates2021;

    provides io.github.inamirules.rates.RateModule with io.github.inamirules.rates2021.Rates2021;
}
