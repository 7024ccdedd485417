package io.github.inamirules.cli;

import io.github.inamirules.engine.CoveragePolicy;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.rates.DirectoryRateModule;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options that choose the rates of commands that assess ({@code assess}, {@code check},
 * {@code simulate}): the rate modules installed with the command line, plus overlays — folders in the
 * rate-file format, such as those {@code import-nomensoft} writes — installed on top of them. A picocli
 * mixin.
 */
final class RateOptions {
    @Option(names = "--overlay", paramLabel = "DIR",
            description = "A folder of rates installed on top of the installed ones (e.g. written by "
                    + "import-nomensoft); its rows replace the installed rows of the same key. Repeatable.")
    private List<Path> overlays = new ArrayList<>();

    @Option(names = "--lenient",
            description = "Decide a session no installed rate module covers, and the later sessions of its "
                    + "profession, as INSUFFICIENT_DATA (missing RATES) instead of failing its scenario.")
    private boolean lenient;

    /**
     * Builds the engine: the installed rule sets and rate modules, and the overlays. Says on the error
     * stream what each overlay replaces, so an overlay never wins silently.
     */
    ReimbursementEngine engine(PrintWriter err) {
        return engine(overlays, err);
    }

    /** Builds an engine with other overlays (for a comparison) and this coverage policy. */
    ReimbursementEngine engine(List<Path> overlays, PrintWriter err) {
        ReimbursementEngine.Builder b = ReimbursementEngine.builder().addInstalled()
                .coveragePolicy(lenient ? CoveragePolicy.LENIENT : CoveragePolicy.STRICT);
        for (Path dir : overlays) {
            b.overlay(DirectoryRateModule.of(dir, "overlay " + dir.getFileName()));
        }
        ReimbursementEngine engine = b.build();
        for (Path dir : overlays) {
            String id = "overlay " + dir.getFileName();
            long n = engine.catalog().replacements().stream().filter(r -> r.overlay().equals(id)).count();
            err.println("note: " + id + " replaces " + n + " installed rows");
        }
        err.flush();
        return engine;
    }
}
