/**
 * inami-rules psychology: the clinical-psychology rule set (mental-health networks: the 2019 pilot,
 * the 2021 and the 2024 conventions), vocabulary and texts, a plug-in of the kernel written only
 * against its exported packages.
 *
 * @provides io.github.inamirules.rules.RuleSet the clinical-psychology rule set
 */
module io.github.inamirules.psychology {
    requires transitive io.github.inamirules.core;

    exports io.github.inamirules.psychology;

    provides io.github.inamirules.rules.RuleSet with io.github.inamirules.psychology.ClinicalPsychologyRuleSet;
}
