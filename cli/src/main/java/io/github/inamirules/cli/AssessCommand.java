package io.github.inamirules.cli;

import io.github.inamirules.InamiRulesException;
import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.scenario.Scenario;
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
 * checked here; that is {@code check}'s job. A file that cannot be read or a scenario that cannot be
 * assessed does not stop the others: their results are printed, then one error line for each failure,
 * and the exit code is 2.
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
        ScenarioInput input = ScenarioInput.readEach(file);
        List<InamiRulesException> errors = new ArrayList<>(input.errors());
        List<ScenarioInput.InputFile> fileOf = new ArrayList<>();
        List<Scenario> chosen = new ArrayList<>();
        for (ScenarioInput.InputFile f : input.files()) {
            for (Scenario s : f.file().scenarios()) {
                if (scenario == null || s.name().equals(scenario)) {
                    chosen.add(s);
                    fileOf.add(f);
                }
            }
        }
        if (chosen.isEmpty() && errors.isEmpty()) {
            throw new InamiRulesException(file + ": no scenario named '" + scenario + "'; scenarios: " + input.files()
                    .stream().flatMap(f -> f.file().scenarios().stream()).map(s -> "'" + s.name() + "'")
                    .collect(Collectors.joining(", ")));
        }
        List<AssessedScenario> assessed = new ArrayList<>();
        if (!chosen.isEmpty()) {
            ReimbursementEngine engine = rates.engine(spec.commandLine().getErr());
            for (int i = 0; i < chosen.size(); i++) {
                try {
                    assessed.add(assess(engine, fileOf.get(i).name(), chosen.get(i)));
                } catch (InamiRulesException e) {
                    errors.add(e);
                }
            }
        }
        if (!assessed.isEmpty()) {
            output.print(assessed, spec.commandLine().getOut());
        }
        // Every readable scenario's result first, then one line per file or scenario that failed.
        errors.forEach(e -> ErrorLines.print(spec.commandLine().getErr(), e));
        return errors.isEmpty() ? InamiRulesCli.EXIT_OK : InamiRulesCli.EXIT_INVALID_INPUT;
    }

    /** Assesses one scenario; an engine error names the scenario and where it is written. */
    private static AssessedScenario assess(ReimbursementEngine engine, String file, Scenario s) {
        Assessment assessment;
        try {
            assessment = engine.assess(s.history());
        } catch (InamiRulesException e) {
            throw new InamiRulesException(s.location() + ": scenario '" + s.name() + "': " + e.getMessage(), e);
        }
        return new AssessedScenario(Optional.of(file), s.name(), s.description().map(String::strip), s.history(),
                assessment);
    }
}
