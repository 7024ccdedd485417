package io.github.inamirules.cli;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Missing;
import io.github.inamirules.assessment.Reason;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.scenario.Mismatch;
import io.github.inamirules.scenario.ScenarioChecker;
import io.github.inamirules.scenario.ScenarioFile;
import io.github.inamirules.scenario.ScenarioResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code check FILE|DIR}: runs the expectations of scenario files and reports each scenario as
 * {@code PASS name} or {@code FAIL name}, then {@code N passed, M failed}; exits 1 if any failed.
 *
 * <p>The verdicts are {@link ScenarioChecker}'s, the one place that compares expectations with
 * decisions, so this command and the JUnit runner always agree. Under a {@code FAIL} line come the
 * checker's mismatches, each as {@link Mismatch#describe()}, and, the first time a session is named,
 * how it was decided with its reasons in the chosen language, so the reader sees why; or the error
 * that kept the engine from assessing the scenario.
 */
@Command(name = "check",
        description = "Run the expectations of the scenarios in FILE, or in every .yaml/.yml file under DIR. "
                + "Prints PASS or FAIL per scenario, the mismatches, and 'N passed, M failed'; exits 1 if any failed.")
final class CheckCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE|DIR", description = "A scenario file, or a folder of them.")
    private Path path;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of the reasons shown under a mismatch: fr, nl or en (default).")
    private Language language;

    @picocli.CommandLine.Mixin
    private RateOptions rates;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<ScenarioFile> files = ScenarioInput.read(path);
        ScenarioChecker checker = new ScenarioChecker(rates.engine(spec.commandLine().getErr()));
        PrintWriter out = SafeText.writer(spec.commandLine().getOut());
        int passed = 0;
        int failed = 0;
        for (ScenarioFile file : files) {
            for (ScenarioResult result : checker.check(file)) {
                if (result.passed()) {
                    passed++;
                    out.println("PASS " + result.scenario().name());
                } else {
                    failed++;
                    out.println("FAIL " + result.scenario().name());
                    explain(result, language.locale(), out);
                }
            }
        }
        out.println(passed + " passed, " + failed + " failed");
        out.flush();
        return failed == 0 ? InamiRulesCli.EXIT_OK : InamiRulesCli.EXIT_MISMATCH;
    }

    private static void explain(ScenarioResult result, Locale locale, PrintWriter out) {
        result.error().ifPresent(e -> out.println("  error: " + ErrorLines.oneLine(e)));
        Set<String> shown = new HashSet<>();
        for (Mismatch m : result.mismatches()) {
            out.println("  " + m.describe());
            m.session().filter(shown::add).ifPresent(session ->
                    result.assessment().ifPresent(a -> decided(a, session, locale, out)));
        }
    }

    /** How one session was decided: the summary, then its reasons. */
    private static void decided(Assessment a, String session, Locale locale, PrintWriter out) {
        a.decisions().stream().filter(d -> d.sessionId().equals(session)).findFirst().ifPresent(d -> {
            out.println("      " + session + " was decided: " + DecisionText.summary(d, locale));
            for (Reason r : d.reasons()) {
                out.println("        " + DecisionText.reason(r, locale));
            }
            for (Missing missing : d.missing()) {
                out.println("        missing: " + missing.message(locale));
            }
            d.usedUpBy().ifPresent(id -> out.println("        used up by session " + id));
        });
    }
}
