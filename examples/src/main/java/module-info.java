/**
 * Examples of inami-rules used as a Java service would, and a deliberately fictional third profession,
 * storytelling therapy, written against the kernel's exported packages only. Not published.
 *
 * @provides io.github.inamirules.rules.RuleSet the fictional storytelling rule set
 * @provides io.github.inamirules.rates.RateModule the fictional storytelling rates of 2025
 */
module io.github.inamirules.examples {
    requires transitive io.github.inamirules.physiotherapy;
    requires io.github.inamirules.complementary;
    requires io.github.inamirules.report;

    exports io.github.inamirules.examples;
    exports io.github.inamirules.examples.storytelling;
    exports io.github.inamirules.examples.storytelling.rates;

    provides io.github.inamirules.rules.RuleSet with io.github.inamirules.examples.storytelling.StorytellingRuleSet;
    provides io.github.inamirules.rates.RateModule
            with io.github.inamirules.examples.storytelling.rates.StorytellingRates2025;
}
