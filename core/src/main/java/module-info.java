/**
 * inami-rules core: the profession-free kernel. The input model with typed profession facts, the
 * engine, the {@code RuleSet} and {@code RateModule} SPIs, the rule-writing toolkit, the rates catalog
 * and file format, and the decisions with their explanations. Professions are modules of their own
 * ({@code io.github.inamirules.physiotherapy}, …), and rate data too ({@code io.github.inamirules.rates2025},
 * …), found with {@link java.util.ServiceLoader}.
 *
 * @uses io.github.inamirules.rates.RateModule
 * @uses io.github.inamirules.rules.RuleSet
 */
module io.github.inamirules.core {
    requires static org.immutables.value.annotations;
    requires static transitive org.jspecify;
    requires org.slf4j;

    exports io.github.inamirules;
    exports io.github.inamirules.model;
    exports io.github.inamirules.assessment;
    exports io.github.inamirules.rates;
    exports io.github.inamirules.rules;
    exports io.github.inamirules.engine;
    exports io.github.inamirules.etarif;
    exports io.github.inamirules.tables;

    uses io.github.inamirules.rates.RateModule;
    uses io.github.inamirules.rules.RuleSet;
}
