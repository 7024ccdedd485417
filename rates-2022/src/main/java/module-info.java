/**
 * The 2022 rates of inami-rules, registered as a {@link io.github.inamirules.rates.RateModule}.
 *
 * @provides io.github.inamirules.rates.RateModule the rates in force in 2022
 */
module io.github.inamirules.rates2022 {
    requires transitive io.github.inamirules.core;

    exports io.github.inamirules.rates2022;

    provides io.github.inamirules.rates.RateModule with io.github.inamirules.rates2022.Rates2022;
}
