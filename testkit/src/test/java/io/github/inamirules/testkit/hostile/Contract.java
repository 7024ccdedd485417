package io.github.inamirules.testkit.hostile;

import io.github.inamirules.InamiRulesException;
import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.Session;
import io.github.inamirules.scenario.ScenarioChecker;
import io.github.inamirules.scenario.ScenarioFile;
import io.github.inamirules.scenario.ScenarioReader;
import io.github.inamirules.scenario.ScenarioResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The contract every scenario file, however hostile, must hold, read with
 * {@code ScenarioReader.installed()} and checked with a {@link ScenarioChecker} on the installed
 * engine, within {@link #TIME_LIMIT_MILLIS} on one thread of its own:
 * <ul>
 *   <li>either an {@link InamiRulesException} (such as {@code ScenarioException}) whose message is one
 *       line (no {@code \n} nor {@code \r}), at most {@value #MAX_MESSAGE} characters, starting with
 *       the file name;</li>
 *   <li>or a verdict: one {@link ScenarioResult} per scenario, where every session of the history got
 *       exactly one decision; or, for a scenario the engine could not assess (a session outside every
 *       rate module…), the engine's error, one line of at most {@value #MAX_MESSAGE} characters (the
 *       engine knows no file name).</li>
 * </ul>
 * Anything else (another exception, an error such as {@link OutOfMemoryError}, no outcome in time) is a
 * {@link Violation}.
 */
final class Contract {
    /**
     * Per-input time limit: a guard against hangs (an input that never ends), not a measure of speed,
     * so it is far above any real assessment; 2 s failed on a loaded machine (Temurin 25, load 11).
     */
    static final long TIME_LIMIT_MILLIS = 10_000;
    /** Longest acceptable message. */
    static final int MAX_MESSAGE = 1_000;

    static final ReimbursementEngine ENGINE = ReimbursementEngine.loadInstalled();
    static final ScenarioReader READER = ScenarioReader.installed();
    static final ScenarioChecker CHECKER = new ScenarioChecker(ENGINE);

    private static Thread worker;
    private static ExecutorService executor = newExecutor();

    private Contract() {
    }

    /** What an input led to, when it held the contract. */
    enum Outcome {
        /** Refused with a one-line error naming the file. */
        REJECTED,
        /** Read and checked: every session decided (or an engine error, one line). */
        VERDICT
    }

    /** The contract does not hold: {@link #kind} names the failure, to tell distinct failures apart. */
    static final class Violation extends AssertionError {
        private static final long serialVersionUID = 1L;
        final String kind;

        Violation(String kind, String message, Throwable cause) {
            super(kind + ": " + message, cause);
            this.kind = kind;
        }
    }

    /**
     * Reads and checks one input under the time limit.
     *
     * @return how it held the contract
     * @throws Violation if it does not
     */
    static synchronized Outcome check(String name, String content) {
        Future<Outcome> future = executor.submit(() -> evaluate(name, content));
        try {
            return future.get(TIME_LIMIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            executor.shutdownNow();
            stop(worker);
            executor = newExecutor();
            throw new Violation("hang", "no outcome within " + TIME_LIMIT_MILLIS + " ms", null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Violation) {
                throw (Violation) cause;
            }
            throw new Violation(cause.getClass().getName() + " at " + origin(cause), String.valueOf(cause.getMessage()),
                    cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "hostile-input");
            t.setDaemon(true);
            worker = t;
            return t;
        });
    }

    /**
     * Stops a thread that ignored its interruption, so that a hanging input does not go on eating a core
     * and the heap while the other inputs run: {@code Thread.stop()}, called reflectively (deprecated,
     * it still works on Java 17; from Java 20 on it throws, and the thread is left to run, a daemon).
     */
    private static void stop(Thread thread) {
        if (thread == null) {
            return;
        }
        try {
            thread.join(200);
            if (thread.isAlive()) {
                Thread.class.getMethod("stop").invoke(thread);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Left to run.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Outcome evaluate(String name, String content) {
        ScenarioFile file;
        try {
            file = READER.read(name, content);
        } catch (InamiRulesException e) {
            message(e, e.getMessage(), name);
            return Outcome.REJECTED;
        }
        List<ScenarioResult> results;
        try {
            results = CHECKER.check(file);
        } catch (InamiRulesException e) {
            // The checker reports engine errors in its results; one that escapes is a failure.
            throw new Violation(e.getClass().getName() + " escaping ScenarioChecker.check at " + origin(e),
                    String.valueOf(e.getMessage()), e);
        }
        if (results.size() != file.scenarios().size()) {
            throw new Violation("results", results.size() + " results for " + file.scenarios().size() + " scenarios",
                    null);
        }
        for (ScenarioResult r : results) {
            if (r.assessment().isPresent()) {
                decidedOnce(r);
            } else {
                String error = r.error().orElseThrow(() -> new Violation("results",
                        "scenario '" + r.scenario().name() + "': neither an assessment nor an error", null));
                message(null, error, null);
            }
        }
        return Outcome.VERDICT;
    }

    private static void decidedOnce(ScenarioResult r) {
        Assessment a = r.assessment().orElseThrow();
        List<Session> sessions = r.scenario().history().sessions();
        Map<String, Integer> decisions = new HashMap<>();
        for (Decision d : a.decisions()) {
            decisions.merge(d.sessionId(), 1, Integer::sum);
        }
        for (Session s : sessions) {
            if (decisions.getOrDefault(s.id(), 0) != 1) {
                throw new Violation("decisions", "scenario '" + r.scenario().name() + "': session " + s.id() + " got "
                        + decisions.getOrDefault(s.id(), 0) + " decisions", null);
            }
        }
        if (a.decisions().size() != sessions.size()) {
            throw new Violation("decisions", "scenario '" + r.scenario().name() + "': " + a.decisions().size()
                    + " decisions for " + sessions.size() + " sessions", null);
        }
    }

    /** One line, not too long, and (for an exception of the reader) starting with the file name. */
    private static void message(Throwable thrown, String message, String fileName) {
        String type = thrown == null ? "engine error in a ScenarioResult" : thrown.getClass().getName();
        String where = thrown == null ? "" : " at " + origin(thrown);
        if (message == null) {
            throw new Violation("message: null (" + type + where + ")", "no message", thrown);
        }
        if (message.indexOf('\n') >= 0 || message.indexOf('\r') >= 0) {
            throw new Violation("message: several lines (" + type + where + ")", excerpt(message), thrown);
        }
        if (message.length() > MAX_MESSAGE) {
            throw new Violation("message: longer than " + MAX_MESSAGE + " characters (" + type + where + ")",
                    message.length() + " characters: " + excerpt(message), thrown);
        }
        if (fileName != null && !message.startsWith(fileName + ":")) {
            throw new Violation("message: does not start with the file name (" + type + where + ")", excerpt(message),
                    thrown);
        }
    }

    static String excerpt(String text) {
        String t = text.length() > 300 ? text.substring(0, 300) + "…(" + text.length() + " chars)" : text;
        return t.replace("\n", "\\n").replace("\r", "\\r");
    }

    /** The text with every character outside printable ASCII (and the backslash) as a Java escape. */
    static String escaped(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\n') {
                b.append("\\n\n");
            } else if (c == '\\' || c < 0x20 || c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The first frame of the library (not an exception's factory), where the exception comes from. */
    static String origin(Throwable t) {
        StackTraceElement[] frames = t.getStackTrace();
        for (StackTraceElement f : frames) {
            if (f.getClassName().startsWith("io.github.inamirules.") && !f.getClassName().contains(".testkit.hostile.")
                    && !f.getClassName().endsWith("Exception")) {
                return f.getClassName() + "." + f.getMethodName() + ":" + f.getLineNumber();
            }
        }
        return frames.length == 0 ? "?" : frames[0].toString();
    }

    /**
     * Writes a failing input (and what went wrong) under {@code target/fuzz-failures/}, so it can be kept.
     *
     * @return the input's file
     */
    static Path save(String label, String content, Throwable failure) {
        try {
            Files.createDirectories(Seeds.FAILURES);
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8))).substring(0, 12);
            String base = label.replaceAll("[^A-Za-z0-9._-]+", "_") + "-" + hash;
            Path yaml = Seeds.FAILURES.resolve(base + ".yaml");
            // A text with an unpaired surrogate has no UTF-8 form: '?' stands for it in the .yaml, and the
            // .escaped.txt file keeps the exact text with Java escapes.
            Files.write(yaml, content.getBytes(StandardCharsets.UTF_8));
            if (!StandardCharsets.UTF_8.newEncoder().canEncode(content)) {
                Files.writeString(Seeds.FAILURES.resolve(base + ".escaped.txt"), escaped(content), StandardCharsets.UTF_8);
            }
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            Files.write(Seeds.FAILURES.resolve(base + ".txt"), trace.toString().getBytes(StandardCharsets.UTF_8));
            return yaml;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
