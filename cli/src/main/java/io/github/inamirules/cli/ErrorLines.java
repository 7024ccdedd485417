package io.github.inamirules.cli;

import io.github.inamirules.InamiRulesException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on the error stream, {@code error: <message>}, and an exit code;
 * never a stack trace.
 *
 * <ul>
 *   <li>A usage error (unknown option, missing or invalid value): exit 2, with a pointer to the
 *       command's {@code --help}.</li>
 *   <li>An {@link InamiRulesException} (a malformed scenario file with its {@code file:line:column}, a
 *       date no rate module covers…) or an I/O error: exit 2.</li>
 *   <li>Anything else is a bug of inami-rules: exit 3, with the exception and the place it was thrown,
 *       to put in a bug report.</li>
 * </ul>
 */
final class ErrorLines implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        // picocli starts some messages with "Error: "; the line already starts with "error: ".
        String message = oneLine(ex.getMessage()).replaceFirst("^Error: ", "");
        print(cmd.getErr(), message + " (see '" + cmd.getCommandSpec().qualifiedName()
                + " --help')");
        return InamiRulesCli.EXIT_INVALID_INPUT;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        cmd.getOut().flush();
        if (ex instanceof InamiRulesException || ex instanceof UncheckedIOException || ex instanceof IOException) {
            print(cmd.getErr(), oneLine(ex.getMessage()));
            return InamiRulesCli.EXIT_INVALID_INPUT;
        }
        StackTraceElement[] trace = ex.getStackTrace();
        print(cmd.getErr(), "internal error, please report it: " + oneLine(ex.toString())
                + (trace.length > 0 ? " at " + trace[0] : ""));
        return InamiRulesCli.EXIT_INTERNAL_ERROR;
    }

    /** Prints an input error of one file or scenario among others, on its line, as any other failure. */
    static void print(PrintWriter err, InamiRulesException e) {
        print(err, oneLine(e.getMessage()));
    }

    private static void print(PrintWriter err, String message) {
        err.println("error: " + message);
        err.flush();
    }

    /** Messages of the library are one line; a message from elsewhere may not be. */
    static String oneLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        String line = SafeText.line(message.strip().replaceAll("\\s*\\R\\s*", " "));
        return line.length() <= 1000 ? line : line.substring(0, 1000) + "… (cut)";
    }
}
