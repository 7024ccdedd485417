package io.github.inamirules.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/**
 * One run of the command line in this JVM, through picocli with string writers: its exit code, what
 * it printed and what it reported as errors.
 *
 * @param exitCode the exit code
 * @param out the output
 * @param err the error stream
 */
record CliRun(int exitCode, String out, String err) {

    /** Runs the configured command line with the arguments. */
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = InamiRulesCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The lines of the output. */
    List<String> outLines() {
        return out.lines().toList();
    }

    /** The lines of the error stream. */
    List<String> errLines() {
        return err.lines().toList();
    }

    /** The path of a test resource, e.g. {@code scenarios/passing.yaml}. */
    static String resource(String name) {
        try {
            return Path.of(CliRun.class.getResource("/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The path of the README's example file, docs/examples/physiotherapy-2025.yaml. */
    static String exampleFile() {
        return System.getProperty("inami.example.scenario");
    }
}
