/**
 * inami-rules occupational therapy: the rule set, vocabulary and texts of occupational therapy at home
 * after a rehabilitation programme, a plug-in of the kernel written only against its exported packages.
 *
 * @provides io.github.inamirules.rules.RuleSet the occupational-therapy rule set
 */
module io.github.inamirules.occupational {
    requires transitive io.github.inamirules.core;

    exports io.github.inamirules.occupational;

    provides io.github.inamirules.rules.RuleSet with io.github.inamirules.occupational.OccupationalTherapyRuleSet;
}
