package io.github.inamirules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.InamiRulesException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class TestInamiRulesCli {

    @Test
    void versionPrintsTheModuleVersion() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).matches("inami-rules \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("assess", "check", "simulate", "Exit codes:");
    }

    @Test
    void noCommandIsAUsageErrorOnOneLine() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(InamiRulesCli.EXIT_INVALID_INPUT);
        assertThat(run.errLines()).singleElement().asString().startsWith("error: ")
                .contains("inami-rules --help");
    }

    @Test
    void unknownOptionIsAUsageErrorOnOneLine() {
        CliRun run = CliRun.of("check", "--no-such-option", "x.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith("error: Unknown option")
                .contains("'inami-rules check --help'");
    }

    @Test
    void libraryErrorIsOneLineWithExitTwo() {
        StringWriter err = new StringWriter();
        CommandLine cl = InamiRulesCli.commandLine();
        cl.setErr(new PrintWriter(err));

        int code = new ErrorLines().handleExecutionException(new InamiRulesException("first\nsecond"), cl, null);

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly("error: first second");
    }

    @Test
    void unexpectedExceptionIsABugOnOneLineWithExitThree() {
        StringWriter err = new StringWriter();
        CommandLine cl = InamiRulesCli.commandLine();
        cl.setErr(new PrintWriter(err));

        int code = new ErrorLines().handleExecutionException(new IllegalStateException("boom"), cl, null);

        assertThat(code).isEqualTo(InamiRulesCli.EXIT_INTERNAL_ERROR);
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("error: internal error, please report it: java.lang.IllegalStateException: boom at ");
    }

    @Test
    void runReturnsTheExitCodeWithoutExiting() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = InamiRulesCli.run(new PrintWriter(out), new PrintWriter(err), "check",
                CliRun.resource("scenarios/passing.yaml"));

        assertThat(code).isZero();
        assertThat(out.toString()).contains("1 passed, 0 failed");
        assertThat(err.toString()).isEmpty();
    }
}
