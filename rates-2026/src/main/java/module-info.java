/**
 * The 2026 rates of inami-rules, registered as a {@link io.github.inamirules.rates.RateModule}.
 *
 * @provides io.github.inamirules.rates.RateModule the rates in force in 2026
 */
module io.github.inamirules.rates2026 {
    requires transitive io.github.inamirules.core;

    exports io.github.inamirules.rates2026;

    provides io.github.inamirules.rates.RateModule with io.github.inamirules.rates2026.Rates2026;
}
