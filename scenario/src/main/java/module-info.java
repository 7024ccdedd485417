/**
 * The inami-rules scenario file format: read, validate, check and write care histories with their
 * expected decisions, as YAML.
 *
 * @uses io.github.inamirules.rules.RuleSet
 */
module io.github.inamirules.scenario {
    requires transitive io.github.inamirules.core;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;

    exports io.github.inamirules.scenario;

    // ScenarioReader.installed() finds the professions' rule sets (their vocabularies) as services.
    uses io.github.inamirules.rules.RuleSet;
}
