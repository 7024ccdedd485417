package io.github.inamirules.cli;

import io.github.inamirules.InamiRulesException;
import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.scenario.Scenario;
import io.github.inamirules.scenario.ScenarioFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code assess FILE}: decides every session of every scenario of a file (or of the files under a
 * folder) and prints the decisions, as a table, JSON or CSV. Expectations written in the file are not
 * checked here; that is {@code check}'s job.
 */
@Command(name = "assess",
        description = "Decide every session of the scenarios of FILE (or of the .yaml/.yml files under a folder) "
                + "and print the decisions: band, code, fee, insurance, patient share, supplement, outcome and "
                + "reasons, then counters and totals.")
final class AssessCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "A scenario file, or a folder of them.")
    private Path file;

    @Option(names = "--scenario", paramLabel = "NAME", description = "Only the scenario with this name.")
    private String scenario;

    @Mixin
    private OutputOptions output;

    @Mixin
    private RateOptions rates;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<ScenarioFile> files = ScenarioInput.read(file);
        List<Scenario> chosen = new ArrayList<>();
        List<String> fileOf = new ArrayList<>();
        for (ScenarioFile f : files) {
            for (Scenario s : f.scenarios()) {
                if (scenario == null || s.name().equals(scenario)) {
                    chosen.add(s);
                    fileOf.add(f.name());
                }
            }
        }
        if (chosen.isEmpty()) {
            throw new InamiRulesException(file + ": no scenario named '" + scenario + "'; scenarios: " + files.stream()
                    .flatMap(f -> f.scenarios().stream()).map(s -> "'" + s.name() + "'")
                    .collect(Collectors.joining(", ")));
        }
        ReimbursementEngine engine = rates.engine(spec.commandLine().getErr());
        List<AssessedScenario> assessed = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            assessed.add(assess(engine, fileOf.get(i), chosen.get(i)));
        }
        output.report().print(assessed, output.locale(), spec.commandLine().getOut());
        return InamiRulesCli.EXIT_OK;
    }

    /** Assesses one scenario; an engine error names the scenario and where it is written. */
    private static AssessedScenario assess(ReimbursementEngine engine, String file, Scenario s) {
        Assessment assessment;
        try {
            assessment = engine.assess(s.history());
        } catch (InamiRulesException e) {
            throw new InamiRulesException(s.location() + ": scenario '" + s.name() + "': " + e.getMessage(), e);
        }
        return new AssessedScenario(Optional.of(file), s.name(), s.description().map(String::strip), assessment);
    }
}
