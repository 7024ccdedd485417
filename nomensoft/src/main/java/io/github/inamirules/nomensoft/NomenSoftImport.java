package io.github.inamirules.nomensoft;

import io.github.inamirules.InamiRulesException;
import io.github.inamirules.NullValueException;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Profession;
import io.github.inamirules.rates.DataFileRateModule;
import io.github.inamirules.rates.NomenclatureCode;
import io.github.inamirules.rates.RateModule;
import io.github.inamirules.rules.RuleSet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * NomenSoft fees turned into a rate overlay: an {@code official} tariff row per code and period, for
 * the codes and days the engine's rate modules know, ready to install with
 * {@link ReimbursementEngine.Builder#overlay(RateModule)} ({@link #asOverlay()}) or to write as a folder a
 * user keeps and diffs ({@link #writeTo(Path)}, read back with
 * {@link io.github.inamirules.rates.DirectoryRateModule}).
 *
 * <p>What is imported, and what is reported rather than dropped:
 * <ul>
 *   <li>a fee (category 0) of a code that an installed profession's code table lists, for the days its
 *       installed rate modules cover: one tariff row per code and covered period, clipped to it, its
 *       provenance {@code official} naming the export file, its {@code author_doc} and
 *       {@code authority_id};</li>
 *   <li>{@link #unknownCodes()}: codes no installed profession lists;</li>
 *   <li>{@link #outsideCoverage()}: fees of known codes on days no installed module covers;</li>
 *   <li>{@link #otherCategories()}: records of another category than the fee.</li>
 * </ul>
 * The insurance amount follows from the imported fee by each profession's own rule (physiotherapy: fee
 * minus the fixed patient share, then −25 % where it applies). Two records of one code overlapping in
 * time are an error.
 *
 * <p>Immutable and thread-safe.
 */
public final class NomenSoftImport {
    private static final String TARIFF_HEADER = "code | label | from | to | fee | insurance_ordinary | "
            + "insurance_preferential | status | source | note";

    private final String id;
    private final Map<String, String> files;
    private final Set<String> unknownCodes;
    private final List<NomenSoftFee> outsideCoverage;
    private final List<NomenSoftFee> otherCategories;
    private final int rows;

    private NomenSoftImport(String id, Map<String, String> files, Set<String> unknownCodes,
            List<NomenSoftFee> outsideCoverage, List<NomenSoftFee> otherCategories, int rows) {
        this.id = id;
        this.files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
        this.unknownCodes = Collections.unmodifiableSet(new TreeSet<>(unknownCodes));
        this.outsideCoverage = List.copyOf(outsideCoverage);
        this.otherCategories = List.copyOf(otherCategories);
        this.rows = rows;
    }

    /**
     * Imports export files for an engine's professions and rate modules.
     *
     * @param id the overlay's id, e.g. {@code "nomensoft-2026"}
     * @param engine the engine whose code tables and coverage decide what is imported
     * @param exports the export files, read with {@link NomenSoftReader}
     * @return the import
     * @throws NomenSoftException if a file is not a valid export, or two records of a code overlap
     */
    public static NomenSoftImport of(String id, ReimbursementEngine engine, List<Path> exports) {
        if (exports == null) {
            throw new NullValueException("exports");
        }
        Map<String, List<NomenSoftFee>> byFile = new LinkedHashMap<>();
        for (Path p : exports) {
            byFile.put(p.getFileName().toString(), NomenSoftReader.read(p));
        }
        return fromFees(id, engine, byFile);
    }

    /**
     * Imports records already read, grouped by the export they come from.
     *
     * @param id the overlay's id
     * @param engine the engine whose code tables and coverage decide what is imported
     * @param feesByExport the records of each export, by the export's name
     * @return the import
     * @throws NomenSoftException if two records of a code overlap
     */
    public static NomenSoftImport fromFees(String id, ReimbursementEngine engine,
            Map<String, List<NomenSoftFee>> feesByExport) {
        if (id == null) {
            throw new NullValueException("id");
        }
        if (engine == null) {
            throw new NullValueException("engine");
        }
        Map<String, Profession> professionOfCode = professionOfCode(engine);
        Map<Profession, List<String>> tariffRows = new LinkedHashMap<>();
        Map<String, List<DateRange>> imported = new LinkedHashMap<>();
        Set<String> unknown = new TreeSet<>();
        List<NomenSoftFee> outside = new ArrayList<>();
        List<NomenSoftFee> other = new ArrayList<>();
        StringBuilder sources = new StringBuilder("# The NomenSoft exports this overlay was imported from.\n"
                + "source | url\n");
        int n = 0;
        int count = 0;
        for (Map.Entry<String, List<NomenSoftFee>> export : feesByExport.entrySet()) {
            n++;
            String source = "NOMENSOFT-" + n;
            sources.append(source).append(" | ").append(safe(export.getKey())).append('\n');
            for (NomenSoftFee fee : export.getValue()) {
                if (!fee.isFee()) {
                    other.add(fee);
                    continue;
                }
                Profession p = professionOfCode.get(fee.code());
                if (p == null) {
                    unknown.add(fee.code());
                    continue;
                }
                int rowsOfFee = 0;
                for (DateRange covered : engine.catalog().coverageOf(p)) {
                    if (!covered.overlaps(fee.period())) {
                        continue;
                    }
                    DateRange clipped = intersection(covered, fee.period());
                    checkNoOverlap(imported, fee, clipped);
                    tariffRows.computeIfAbsent(p, k -> new ArrayList<>()).add(String.join(" | ", fee.code(),
                            safe(fee.labelFr()), clipped.start().toString(), clipped.end().toString(),
                            fee.amount().toString(), "", "", "official", source, "NomenSoft " + safe(fee.location())
                                    + ", author_doc " + safe(fee.authorDoc()) + ", authority_id "
                                    + safe(fee.authorityId())));
                    rowsOfFee++;
                }
                if (rowsOfFee == 0) {
                    outside.add(fee);
                }
                count += rowsOfFee;
            }
        }
        return new NomenSoftImport(id, files(engine, sources.toString(), tariffRows), unknown, outside, other, count);
    }

    private static Map<String, String> files(ReimbursementEngine engine, String sources,
            Map<Profession, List<String>> tariffRows) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("sources.psv", sources);
        StringBuilder coverage = new StringBuilder("# What this overlay covers: the installed coverage of each "
                + "profession it has fees for.\nprofession | from | to\n");
        tariffRows.keySet().forEach(p -> engine.catalog().coverageOf(p).forEach(c -> coverage.append(p.id())
                .append(" | ").append(c.start()).append(" | ").append(c.end()).append('\n')));
        files.put("coverage.psv", coverage.toString());
        for (Map.Entry<Profession, List<String>> e : tariffRows.entrySet()) {
            String dir = e.getKey().id() + "/";
            RuleSet ruleSet = engine.ruleSets().get(e.getKey());
            files.put(dir + "parameters.psv", "# An overlay of fees: no parameter.\n"
                    + "name | from | to | value | status | source | note\n");
            files.put(dir + "tariffs.psv", "# Official fees imported from NomenSoft.\n" + TARIFF_HEADER + "\n"
                    + String.join("\n", e.getValue()) + "\n");
            files.put(dir + "codes.psv", "# An overlay of fees: no code.\n"
                    + String.join(" | ", ruleSet.vocabulary().codeTable().columnNames())
                    + " | code | label | from | to | status | source | note\n");
        }
        return files;
    }

    /** The code → profession map of every code table of the engine's installed modules. */
    private static Map<String, Profession> professionOfCode(ReimbursementEngine engine) {
        Map<String, Profession> map = new TreeMap<>();
        for (RateModule m : engine.catalog().modules()) {
            for (NomenclatureCode c : m.codes()) {
                if (engine.ruleSets().containsKey(c.profession())) {
                    c.code().ifPresent(code -> map.putIfAbsent(code, c.profession()));
                }
            }
        }
        return map;
    }

    private static void checkNoOverlap(Map<String, List<DateRange>> imported, NomenSoftFee fee, DateRange period) {
        List<DateRange> before = imported.computeIfAbsent(fee.code(), k -> new ArrayList<>());
        for (DateRange other : before) {
            if (other.overlaps(period)) {
                throw new NomenSoftException(fee.location() + ":1: fee of " + fee.code() + " " + fee.period()
                        + " overlaps another record of the same code " + other);
            }
        }
        before.add(period);
    }

    private static DateRange intersection(DateRange a, DateRange b) {
        return DateRange.of(a.start().isAfter(b.start()) ? a.start() : b.start(),
                a.end().isBefore(b.end()) ? a.end() : b.end());
    }

    /** A field of a rate file: no separator, no line break. */
    private static String safe(String text) {
        return text.replace('|', '/').replaceAll("[\\p{Cntrl}]", " ").strip();
    }

    /**
     * Returns the overlay's id.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the overlay's files, in the rate-file format, by name.
     *
     * @return the files' contents
     */
    public Map<String, String> files() {
        return files;
    }

    /**
     * Returns how many tariff rows were imported.
     *
     * @return the number of rows
     */
    public int rowCount() {
        return rows;
    }

    /**
     * Returns the codes of the exports that no installed profession lists: reported, not imported.
     *
     * @return the codes
     */
    public Set<String> unknownCodes() {
        return unknownCodes;
    }

    /**
     * Returns the fees of known codes on days no installed rate module covers: reported, not imported.
     *
     * @return the records
     */
    public List<NomenSoftFee> outsideCoverage() {
        return outsideCoverage;
    }

    /**
     * Returns the records of another category than the fee: reported, not imported.
     *
     * @return the records
     */
    public List<NomenSoftFee> otherCategories() {
        return otherCategories;
    }

    /**
     * Returns the overlay as a rate module, to install with
     * {@link ReimbursementEngine.Builder#overlay(RateModule)}.
     *
     * @return the overlay
     * @throws InamiRulesException if nothing was imported
     */
    public RateModule asOverlay() {
        if (rows == 0) {
            throw new InamiRulesException(id + ": the exports hold no fee of a code and day the installed rate "
                    + "modules know; unknown codes " + unknownCodes + ", " + outsideCoverage.size()
                    + " fees outside the coverage");
        }
        return new InMemory(id, files);
    }

    /**
     * Writes the overlay's files into a folder, which a user keeps, diffs and installs with
     * {@link io.github.inamirules.rates.DirectoryRateModule}.
     *
     * @param folder the folder, created if needed
     * @throws UncheckedIOException if a file cannot be written
     */
    public void writeTo(Path folder) {
        try {
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path file = folder.resolve(f.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write overlay " + id + " to " + folder, e);
        }
    }

    /** The overlay's files read in the library's format. */
    private static final class InMemory extends DataFileRateModule {
        private final String id;
        private final Map<String, String> files;

        InMemory(String id, Map<String, String> files) {
            this.id = id;
            this.files = files;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String version() {
            return "import";
        }

        @Override
        protected InputStream openResource(String name) {
            String text = files.get(name);
            return text == null ? null : new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
