package io.github.inamirules.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ScopeType;

/**
 * The {@code inami-rules} command line: {@code assess}, {@code check} and {@code simulate}.
 *
 * <pre>{@code
 * java -jar inami-rules-cli.jar simulate --profession physiotherapy --situation courante --sessions 30 --from 2025-03-03
 * java -jar inami-rules-cli.jar check scenarios/
 * java -jar inami-rules-cli.jar assess year.yaml --format csv --lang fr
 * }</pre>
 *
 * <p>Exit codes: {@value #EXIT_OK} success; {@value #EXIT_MISMATCH} some expectation of {@code check}
 * does not hold; {@value #EXIT_INVALID_INPUT} usage error or unreadable input (a malformed scenario
 * file, a date no rate module covers…), reported as one line {@code error: <message>} on the error
 * stream, never a stack trace; {@value #EXIT_INTERNAL_ERROR} a bug of inami-rules, also one line.
 *
 * <p>Output is UTF-8 whatever the platform's default charset: the reasons are French and Dutch text,
 * and JSON is UTF-8 by definition.
 */
@Command(name = "inami-rules", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = VersionInfo.class,
        subcommands = {AssessCommand.class, CheckCommand.class, SimulateCommand.class, ImportNomenSoftCommand.class,
                HelpCommand.class},
        description = "Belgian INAMI / RIZIV reimbursement of paramedical sessions: assess care histories, "
                + "check scenario files, simulate a year of sessions.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:check: an expectation does not hold",
            "2:usage error, unreadable input or unwritable output (one line 'error: ...' on stderr)",
            "3:internal error, a bug of inami-rules (one line 'error: ...' on stderr)"})
public final class InamiRulesCli {
    /** Exit code of a successful run. */
    public static final int EXIT_OK = 0;
    /** Exit code of {@code check} when an expectation does not hold or a scenario cannot be assessed. */
    public static final int EXIT_MISMATCH = 1;
    /** Exit code of a usage error or unreadable input. */
    public static final int EXIT_INVALID_INPUT = 2;
    /** Exit code of an unexpected failure: a bug of inami-rules. */
    public static final int EXIT_INTERNAL_ERROR = 3;

    private InamiRulesCli() {
    }

    /**
     * Runs the command line and exits the JVM with its exit code. A JVM error (out of memory, a class
     * missing from a broken installation) is also reported on one line, with exit code
     * {@link #EXIT_INTERNAL_ERROR}.
     *
     * @param args the arguments, e.g. {@code check scenarios/}
     */
    public static void main(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code;
        try {
            code = run(out, err, args);
        } catch (Error e) {
            // Out of memory, a class missing from a broken installation: still one line, as promised.
            out.flush();
            err.println("error: internal error: " + ErrorLines.oneLine(e.toString()));
            err.flush();
            code = EXIT_INTERNAL_ERROR;
        }
        if (System.out.checkError() && code != EXIT_INTERNAL_ERROR) {
            err.println("error: the output could not be written (disk full or closed pipe)");
            err.flush();
            code = EXIT_INVALID_INPUT;
        }
        System.exit(code);
    }

    /**
     * Runs the command line in this JVM, printing to the given writers, and returns its exit code; for
     * programs that embed the command line. Does not exit the JVM.
     *
     * @param out where the command's output goes
     * @param err where errors go
     * @param args the arguments, e.g. {@code check scenarios/}
     * @return the exit code: {@link #EXIT_OK}, {@link #EXIT_MISMATCH}, {@link #EXIT_INVALID_INPUT} or
     *     {@link #EXIT_INTERNAL_ERROR}
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        int code = cl.execute(args);
        out.flush();
        if (out.checkError()) {
            // A PrintWriter hides write errors (a full disk, a closed pipe): a run that lost its output
            // must not exit 0.
            err.println("error: the output could not be written (disk full or closed pipe)");
            code = code == EXIT_OK || code == EXIT_MISMATCH ? EXIT_INVALID_INPUT : code;
        }
        err.flush();
        return code;
    }

    /** The configured command line: converters and one-line error handlers installed. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new InamiRulesCli());
        OptionConverters.register(cl);
        ErrorLines errors = new ErrorLines();
        cl.setExecutionExceptionHandler(errors);
        cl.setParameterExceptionHandler(errors);
        return cl;
    }
}
