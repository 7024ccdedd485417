/**
 * The inami-rules command line: {@code assess}, {@code check} and {@code simulate} over scenario files
 * and quick simulations. Run it with {@code java -jar inami-rules-cli.jar}, or on the module path with
 * {@code java -p … -m io.github.inamirules.cli/io.github.inamirules.cli.InamiRulesCli}.
 */
module io.github.inamirules.cli {
    requires io.github.inamirules.scenario;
    requires io.github.inamirules.nomensoft;
    requires io.github.inamirules.report;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;

    exports io.github.inamirules.cli;

    // picocli sets the annotated option fields and creates the package-private command classes.
    opens io.github.inamirules.cli to info.picocli;
}
