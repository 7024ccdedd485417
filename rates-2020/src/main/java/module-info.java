/**
 * The 2020 rates of inami-rules, registered as a {@link io.github.inamirules.rates.RateModule}.
 *
 * @provides io.github.inamirules.rates.RateModule the rates in force in 2020
 */
module io.github.inamirules.rates2020 {
    requires transitive io.github.inamirules.core;

    exports io.github.inamirules.rates2020;

    provides io.github.inamirules.rates.RateModule with io.github.inamirules.rates2020.Rates2020;
}
