/**
 * inami-rules core: model, engine, rule-set and rate-module SPIs, and the rule sets of the
 * professions. Rate data comes from separate modules ({@code io.github.inamirules.rates2025}, …)
 * found with {@link java.util.ServiceLoader}.
 *
 * @uses io.github.inamirules.rates.RateModule
 * @uses io.github.inamirules.rules.RuleSet
 * @provides io.github.inamirules.rules.RuleSet the physiotherapy rule set
 */
module io.github.inamirules.core {
    requires static org.immutables.value.annotations;
    requires org.slf4j;

    exports io.github.inamirules;
    exports io.github.inamirules.model;
    exports io.github.inamirules.assessment;
    exports io.github.inamirules.rates;
    exports io.github.inamirules.rules;
    exports io.github.inamirules.physio;

    uses io.github.inamirules.rates.RateModule;
    uses io.github.inamirules.rules.RuleSet;

    provides io.github.inamirules.rules.RuleSet with io.github.inamirules.physio.PhysiotherapyRuleSet;
}
