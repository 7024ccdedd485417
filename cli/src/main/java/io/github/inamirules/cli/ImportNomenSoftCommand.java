package io.github.inamirules.cli;

import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.nomensoft.NomenSoftFee;
import io.github.inamirules.nomensoft.NomenSoftImport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import-nomensoft FILE… --out DIR}: turns official NomenSoft fee exports into an overlay folder
 * a user keeps, diffs and installs with {@code --overlay DIR}. Codes no installed profession lists,
 * fees outside the installed coverage and records of other categories are listed, never dropped
 * silently.
 */
@Command(name = "import-nomensoft",
        description = "Read NomenSoft fee exports (XML, nomen_honoraires.xsd v2) and write an overlay folder of "
                + "official fees for the installed professions and years; use it with --overlay DIR.")
final class ImportNomenSoftCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "NomenSoft fee export files.")
    private List<Path> files;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The overlay folder to write.")
    private Path out;

    @Option(names = "--id", paramLabel = "ID", defaultValue = "nomensoft",
            description = "The overlay's id in provenance and messages (default nomensoft).")
    private String id;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = SafeText.writer(spec.commandLine().getOut());
        NomenSoftImport imported = NomenSoftImport.of(id, ReimbursementEngine.loadInstalled(), files);
        imported.writeTo(out);
        stdout.println("imported " + imported.rowCount() + " fee rows into " + out);
        if (!imported.unknownCodes().isEmpty()) {
            stdout.println("not imported, no installed profession lists these codes: "
                    + String.join(", ", imported.unknownCodes()));
        }
        for (NomenSoftFee f : imported.outsideCoverage()) {
            stdout.println("not imported, outside the installed coverage: " + f.code() + " " + f.period() + " at "
                    + f.location());
        }
        for (NomenSoftFee f : imported.otherCategories()) {
            stdout.println("not imported, category " + f.category() + " is not the fee: " + f.code() + " at "
                    + f.location());
        }
        stdout.flush();
        return InamiRulesCli.EXIT_OK;
    }
}
