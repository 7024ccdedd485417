/**
 * The 2019 rates of inami-rules, registered as a {@link io.github.inamirules.rates.RateModule}.
 *
 * @provides io.github.inamirules.rates.RateModule the rates in force in 2019
 */
module io.github.inamirules.rates2019 {
    requires transitive io.github.inamirules.core;

    exports io.github.inamirules.rates2019;

    provides io.github.inamirules.rates.RateModule with io.github.inamirules.rates2019.Rates2019;
}
