package io.github.inamirules.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs every benchmark in one JMH run, with the GC profiler, and prints the figures of issue 11 against
 * their goals: decisions per second and the ratio to the hand-written baseline at 1M sessions, bytes
 * allocated per decision, the median quote after 100 sessions, the cost per session by history length,
 * the engine build in a fresh JVM.
 *
 * <p>{@code java -jar benchmarks/target/inami-rules-benchmarks.jar} runs it all (about 15 minutes on two
 * cores); {@code --quick} runs one short iteration of each (a smoke run, figures not to be quoted);
 * {@code --jmh ARGS} hands the arguments to JMH's own main instead.
 */
public final class GoalsReport {
    private GoalsReport() {
    }

    /**
     * Runs the benchmarks and prints the report.
     *
     * @param args {@code --quick}, or {@code --jmh} followed by JMH arguments
     * @throws Exception if JMH fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--jmh")) {
            String[] rest = new String[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            org.openjdk.jmh.Main.main(rest);
            return;
        }
        boolean quick = args.length > 0 && args[0].equals("--quick");
        System.out.println(report(run(quick)));
    }

    private static Collection<RunResult> run(boolean quick) throws RunnerException {
        ChainedOptionsBuilder o = new OptionsBuilder()
                .include(BatchBenchmark.class.getName())
                .include(HistoryLengthBenchmark.class.getName())
                .include(QuoteBenchmark.class.getName())
                .include(EngineBuildBenchmark.class.getName())
                .addProfiler(GCProfiler.class);
        if (quick) {
            o.warmupIterations(1).measurementIterations(1).param("sessions", "10000", "100000");
        }
        return new Runner(o.build()).run();
    }

    /** The report, from the run's results. */
    static String report(Collection<RunResult> results) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%n== inami-rules against the goals of issue 11"
                + " (%s, %d processors)%n", System.getProperty("java.vm.version"),
                Runtime.getRuntime().availableProcessors()));
        List<String> lines = new ArrayList<>();
        double baseline1m = Double.NaN;
        double fromRows1m = Double.NaN;
        double histories1m = Double.NaN;
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            Result<?> primary = r.getPrimaryResult();
            String p = r.getParams().getParam("sessions");
            if (name.endsWith("BatchBenchmark.baseline") || name.endsWith("BatchBenchmark.engineFromRows")
                    || name.endsWith("BatchBenchmark.engineOnHistories")) {
                int sessions = Integer.parseInt(p);
                double perSecond = sessions / (primary.getScore() / 1000.0);
                double bytes = allocated(r) / sessions;
                lines.add(String.format(Locale.ROOT, "%-20s %,9d sessions: %,12.0f decisions/s, %,8.0f B/decision",
                        shortName(name), sessions, perSecond, bytes));
                if (sessions == 1_000_000) {
                    if (name.endsWith("baseline")) {
                        baseline1m = perSecond;
                    } else if (name.endsWith("FromRows")) {
                        fromRows1m = perSecond;
                    } else {
                        histories1m = perSecond;
                    }
                }
            } else if (name.endsWith("HistoryLengthBenchmark.assess")) {
                String per = r.getParams().getParam("perHistory");
                lines.add(String.format(Locale.ROOT, "history of %6s sessions: %,8.3f µs per session, %,8.0f B/decision",
                        per, primary.getScore() * 1000.0 / HistoryLengthBenchmark.TOTAL,
                        allocated(r) / HistoryLengthBenchmark.TOTAL));
            } else if (name.endsWith("QuoteBenchmark.keptPass") || name.endsWith("QuoteBenchmark.reassessed")) {
                double median = primary.getStatistics().getPercentile(50);
                lines.add(String.format(Locale.ROOT, "quote after 100 sessions, %-10s: median %,8.2f µs%s",
                        name.substring(name.lastIndexOf('.') + 1), median,
                        name.endsWith("keptPass") ? goal(median <= 5, "≤ 5 µs") : ""));
            } else if (name.endsWith("EngineBuildBenchmark.loadInstalled")) {
                lines.add(String.format(Locale.ROOT, "engine build, fresh JVM, every module: %,6.1f ms (mean of %d forks)%s",
                        primary.getScore(), primary.getStatistics().getN(), goal(primary.getScore() <= 100, "≤ 100 ms")));
            }
        }
        lines.forEach(l -> out.append(l).append(System.lineSeparator()));
        if (!Double.isNaN(baseline1m)) {
            out.append(String.format(Locale.ROOT, "at 1M sessions: engine from rows %.2f× the baseline, on built"
                    + " histories %.2f×%s; %,.0f decisions/s%s%n", fromRows1m / baseline1m, histories1m / baseline1m,
                    goal(fromRows1m / baseline1m >= 0.65, "≥ 0.65×"), fromRows1m, goal(fromRows1m >= 1e6, "≥ 1,000,000/s")));
        }
        return out.toString();
    }

    private static String shortName(String benchmark) {
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    /** Bytes allocated per operation, from the GC profiler. */
    private static double allocated(RunResult r) {
        Result<?> norm = r.getSecondaryResults().get("gc.alloc.rate.norm");
        return norm == null ? Double.NaN : norm.getScore();
    }

    private static String goal(boolean met, String goal) {
        return "  [goal " + goal + (met ? ": met]" : ": NOT met]");
    }
}
