/**
 * inami-rules physiotherapy: the physiotherapy rule set, vocabulary and texts, a plug-in of the
 * kernel written only against its exported packages.
 *
 * @provides io.github.inamirules.rules.RuleSet the physiotherapy rule set
 */
module io.github.inamirules.physiotherapy {
    requires transitive io.github.inamirules.core;

    exports io.github.inamirules.physiotherapy;

    provides io.github.inamirules.rules.RuleSet with io.github.inamirules.physiotherapy.PhysiotherapyRuleSet;
}
