package io.github.inamirules.rates;

import io.github.inamirules.RateConflictException;
import io.github.inamirules.RateCoverageException;
import io.github.inamirules.RateDataException;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Profession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * All loaded rate modules, checked together, and the one place that answers "which rates are in
 * force for this profession on this day".
 *
 * <p>Building a catalog validates every module: each row lies inside the module's coverage of its
 * profession, rows of one key do not overlap, and no two modules cover the same profession on the same
 * day ({@link RateConflictException}). {@link #validate} then checks a profession's rows against its
 * rule set's vocabulary: every parameter declared and of its type, every required parameter given on
 * every covered day from the day it is required, every code row keyed on the declared columns with
 * declared values. Lookups outside every module's coverage throw {@link RateCoverageException};
 * nothing is ever extrapolated.
 *
 * <p>Immutable and thread-safe.
 */
public final class RateCatalog {
    private final List<ModuleIndex> modules;
    private final List<ModuleIndex> overlays;
    private final List<Replacement> replacements;

    /** Per profession: its covered periods in date order, each with its module, and its overlays' rows. */
    private final Map<Profession, ProfessionIndex> byProfession;

    private RateCatalog(List<ModuleIndex> modules, List<ModuleIndex> overlays, List<Replacement> replacements) {
        this.modules = List.copyOf(modules);
        this.overlays = List.copyOf(overlays);
        this.replacements = List.copyOf(replacements);
        Map<Profession, ProfessionIndex> index = new HashMap<>();
        for (ModuleIndex m : this.modules) {
            for (Coverage c : m.coverage) {
                index.computeIfAbsent(c.profession(), p -> new ProfessionIndex(p, this.overlays)).add(c.period(), m);
            }
        }
        index.values().forEach(ProfessionIndex::sort);
        this.byProfession = Map.copyOf(index);
    }

    /**
     * A profession's coverage, for lookups by day in logarithmic time: the {@link RateSegment segments} of
     * the modules' periods (which never overlap: {@link #checkNoConflict}) sorted by start. A period is
     * cut at every day on which a row of its module or of an overlay for the profession starts or ends, so
     * within a segment the same rows hold every day.
     */
    private static final class ProfessionIndex {
        private final Profession profession;
        private final List<RateSegment> built = new ArrayList<>();
        private final List<ProfessionRows> overlayRows;
        private long[] starts;
        private long[] ends;
        private RateSegment[] segments;

        ProfessionIndex(Profession profession, List<ModuleIndex> overlays) {
            this.profession = profession;
            List<ProfessionRows> layered = new ArrayList<>();
            for (ModuleIndex o : overlays) {
                ProfessionRows rows = o.rows.get(profession);
                if (rows != null) {
                    layered.add(rows);
                }
            }
            this.overlayRows = List.copyOf(layered);
        }

        void add(DateRange period, ModuleIndex module) {
            if (period.start().equals(period.end())) {
                return;                                   // an empty period covers no day
            }
            ProfessionRows rows = module.rows.get(profession);
            TreeSet<LocalDate> cuts = new TreeSet<>(List.of(period.start(), period.end()));
            addCuts(cuts, rows, period);
            overlayRows.forEach(o -> addCuts(cuts, o, period));
            LocalDate from = null;
            for (LocalDate cut : cuts) {
                if (from != null) {
                    built.add(new RateSegment(module.module, rows, overlayRows, DateRange.of(from, cut)));
                }
                from = cut;
            }
        }

        /** Adds the days inside the period on which a row starts or ends. */
        private static void addCuts(SortedSet<LocalDate> cuts, ProfessionRows rows, DateRange period) {
            for (RateRow row : rows.all()) {
                for (LocalDate edge : List.of(row.period().start(), row.period().end())) {
                    if (edge.isAfter(period.start()) && edge.isBefore(period.end())) {
                        cuts.add(edge);
                    }
                }
            }
        }

        void sort() {
            built.sort(Comparator.comparing(s -> s.period().start()));
            starts = new long[built.size()];
            ends = new long[built.size()];
            segments = built.toArray(new RateSegment[0]);
            for (int i = 0; i < segments.length; i++) {
                starts[i] = segments[i].period().start().toEpochDay();
                ends[i] = segments[i].period().end().toEpochDay();
            }
        }

        /** The segment holding the day, or null. */
        RateSegment find(LocalDate date) {
            long day = date.toEpochDay();
            int i = java.util.Arrays.binarySearch(starts, day);
            if (i < 0) {
                i = -i - 2;                       // the last segment starting before the day
            }
            return i >= 0 && day < ends[i] ? segments[i] : null;
        }
    }

    /**
     * Builds and validates a catalog.
     *
     * @param modules the rate modules, in any order
     * @return the catalog
     * @throws RateDataException if a module's rows are inconsistent
     * @throws RateConflictException if two modules cover the same profession on the same day
     */
    public static RateCatalog of(Collection<? extends RateModule> modules) {
        return of(modules, List.of());
    }

    /**
     * Builds and validates a catalog with overlays: rate modules a user installs explicitly on top of
     * the others (a NomenSoft import, a what-if reform). An overlay's rows replace, on their days, the
     * rows of the installed modules with the same profession and key; every overlay row must replace
     * at least one, and no two overlays may replace the same row on the same day, so an overlay never
     * wins silently and never adds a figure the installed modules do not know. What each overlay row
     * replaces is listed by {@link #replacements()}.
     *
     * @param modules the rate modules, in any order
     * @param overlays the overlays, in any order
     * @return the catalog
     * @throws RateDataException if a module's or an overlay's rows are inconsistent, or an overlay row
     *     lies outside the installed coverage or replaces nothing
     * @throws RateConflictException if two modules cover the same profession on the same day, or two
     *     overlays replace the same row on the same day
     */
    public static RateCatalog of(Collection<? extends RateModule> modules, Collection<? extends RateModule> overlays) {
        List<ModuleIndex> indexes = new ArrayList<>();
        for (RateModule module : modules) {
            ModuleIndex index = new ModuleIndex(module);
            for (ModuleIndex other : indexes) {
                checkNoConflict(index, other);
            }
            indexes.add(index);
        }
        List<ModuleIndex> overlayIndexes = new ArrayList<>();
        List<Replacement> replacements = new ArrayList<>();
        for (RateModule overlay : overlays) {
            ModuleIndex index = new ModuleIndex(overlay);
            for (ModuleIndex other : overlayIndexes) {
                checkOverlaysDisjoint(index, other);
            }
            replacements.addAll(replacementsOf(index, indexes));
            overlayIndexes.add(index);
        }
        return new RateCatalog(indexes, overlayIndexes, replacements);
    }

    private static List<Replacement> replacementsOf(ModuleIndex overlay, List<ModuleIndex> base) {
        List<Replacement> out = new ArrayList<>();
        overlay.rows.forEach((profession, rows) -> {
            for (RateRow row : rows.all()) {
                List<RateRow> replaced = new ArrayList<>();
                for (ModuleIndex m : base) {
                    ProfessionRows baseRows = m.rows.get(profession);
                    if (baseRows != null) {
                        baseRows.sameKind(row).stream()
                                .filter(b -> b.key().equals(row.key()) && b.period().overlaps(row.period()))
                                .forEach(replaced::add);
                    }
                }
                if (replaced.isEmpty()) {
                    throw new RateDataException(row.location("from") + ": overlay row " + row.key() + " "
                            + row.period() + " replaces no row of the installed rate modules for " + profession
                            + "; an overlay only replaces figures the installed modules know");
                }
                out.add(new Replacement(overlay.module.id(), row, replaced));
            }
        });
        return out;
    }

    private static void checkOverlaysDisjoint(ModuleIndex a, ModuleIndex b) {
        a.rows.forEach((profession, rows) -> {
            ProfessionRows other = b.rows.get(profession);
            if (other == null) {
                return;
            }
            for (RateRow row : rows.all()) {
                for (RateRow o : other.sameKind(row)) {
                    if (o.key().equals(row.key()) && o.period().overlaps(row.period())) {
                        throw new RateConflictException("overlays " + b.module.id() + " and " + a.module.id()
                                + " both replace " + profession + " " + row.key() + " on "
                                + (row.period().start().isAfter(o.period().start()) ? row.period().start()
                                        : o.period().start()) + " (" + o.provenance().location() + " and "
                                + row.provenance().location() + "); install only one of them");
                    }
                }
            }
        });
    }

    /**
     * Returns what the overlays replace, row by row.
     *
     * @return the replacements, in overlay order
     */
    public List<Replacement> replacements() {
        return replacements;
    }

    /**
     * Returns the overlays.
     *
     * @return the overlays, in installation order
     */
    public List<RateModule> overlays() {
        return overlays.stream().map(m -> m.module).collect(Collectors.toUnmodifiableList());
    }

    private static void checkNoConflict(ModuleIndex a, ModuleIndex b) {
        for (Coverage ca : a.coverage) {
            for (Coverage cb : b.coverage) {
                if (ca.profession().equals(cb.profession()) && ca.period().overlaps(cb.period())) {
                    LocalDate first = ca.period().start().isAfter(cb.period().start())
                            ? ca.period().start() : cb.period().start();
                    throw new RateConflictException("rate modules " + b.module.id() + " and " + a.module.id()
                            + " both cover " + ca.profession() + " on " + first + " (" + cb.period() + " and "
                            + ca.period() + "); load only one of them");
                }
            }
        }
    }

    /**
     * Returns the loaded modules.
     *
     * @return the modules, in load order
     */
    public List<RateModule> modules() {
        return modules.stream().map(m -> m.module).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns every coverage of every module, for a profession.
     *
     * @param profession the profession
     * @return the covered periods, sorted by start
     */
    public List<DateRange> coverageOf(Profession profession) {
        return modules.stream().flatMap(m -> m.coverage.stream())
                .filter(c -> c.profession().equals(profession)).map(Coverage::period)
                .sorted(Comparator.comparing(DateRange::start)).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Tells whether a profession is covered on a day.
     *
     * @param profession the profession
     * @param date the day
     * @return true if a module covers it
     */
    public boolean covers(Profession profession, LocalDate date) {
        return find(profession, date) != null;
    }

    private RateSegment find(Profession profession, LocalDate date) {
        ProfessionIndex index = byProfession.get(profession);
        return index == null ? null : index.find(date);
    }

    /**
     * Returns the rates in force for a profession on a day.
     *
     * @param profession the profession
     * @param date the day of service
     * @return the rates of the one module that covers the day
     * @throws RateCoverageException if no loaded module covers the profession on that day
     */
    public Rates ratesAt(Profession profession, LocalDate date) {
        RateSegment segment = find(profession, date);
        if (segment == null) {
            throw new RateCoverageException("no loaded rate module covers " + profession + " on " + date
                    + "; loaded: " + describe() + ". Add the inami-rules-rates-" + date.getYear()
                    + " module (or your own rate module) covering that day");
        }
        return new Rates(segment, date);
    }

    private String describe() {
        if (modules.isEmpty()) {
            return "none";
        }
        return modules.stream().map(m -> m.module.id() + " " + m.coverage).collect(Collectors.joining(", "));
    }

    /**
     * Checks every module's rows of a profession against its rule set's vocabulary.
     *
     * @param profession the profession
     * @param parameters the parameters the rule set declares
     * @param codeTable the shape of its code table
     * @throws RateDataException naming module, file, line and column of the first row that does not fit,
     *     or the module, parameter and first day without a required value
     */
    public void validate(Profession profession, Collection<ParameterSpec> parameters, CodeTable codeTable) {
        Map<String, ParameterSpec> byName = new HashMap<>();
        parameters.forEach(p -> byName.put(p.name(), p));
        for (ModuleIndex o : overlays) {
            ProfessionRows rows = o.rows.get(profession);
            if (rows != null) {
                rows.checkParameters(byName);
                rows.checkCodes(codeTable);
            }
        }
        for (ModuleIndex m : modules) {
            ProfessionRows rows = m.rows.get(profession);
            if (rows == null) {
                continue;
            }
            rows.checkParameters(byName);
            rows.checkCodes(codeTable);
            for (Coverage c : m.coverage) {
                if (c.profession().equals(profession)) {
                    for (ParameterSpec spec : parameters) {
                        rows.checkTiles(m.module, spec, c.period());
                    }
                }
            }
        }
    }

    /** The rows of one module, indexed by profession and key, checked for overlaps. */
    private static final class ModuleIndex {
        final RateModule module;
        final List<Coverage> coverage;
        final Map<Profession, ProfessionRows> rows = new HashMap<>();

        ModuleIndex(RateModule module) {
            this.module = module;
            this.coverage = List.copyOf(module.coverage());
            checkCoverage();
            coverage.forEach(c -> rows.computeIfAbsent(c.profession(), p -> new ProfessionRows()));
            module.parameters().forEach(r -> rowsOf(r).parameters.add(r));
            module.tariffs().forEach(r -> rowsOf(r).tariffs.add(r));
            module.codes().forEach(r -> rowsOf(r).codes.add(r));
            rows.values().forEach(ProfessionRows::index);
        }

        private ProfessionRows rowsOf(RateRow row) {
            boolean inside = false;
            for (Coverage c : coverage) {
                inside |= c.profession().equals(row.profession()) && c.period().encloses(row.period());
            }
            if (!inside) {
                throw new RateDataException(row.location("from") + ": " + row.key() + " " + row.period()
                        + " lies outside the module's coverage of " + row.profession() + " " + coverage);
            }
            return rows.get(row.profession());
        }

        boolean covers(Profession profession, LocalDate date) {
            for (Coverage c : coverage) {
                if (c.covers(profession, date)) {
                    return true;
                }
            }
            return false;
        }

        private void checkCoverage() {
            if (coverage.isEmpty()) {
                throw new RateDataException(module.id() + ": declares no coverage");
            }
            for (int i = 0; i < coverage.size(); i++) {
                for (int j = i + 1; j < coverage.size(); j++) {
                    if (coverage.get(i).profession().equals(coverage.get(j).profession())
                            && coverage.get(i).period().overlaps(coverage.get(j).period())) {
                        throw new RateDataException(module.id() + ": coverage " + coverage.get(i) + " overlaps "
                                + coverage.get(j));
                    }
                }
            }
        }
    }

    /** One profession's rows of one module. */
    static final class ProfessionRows {
        final List<ParameterValue> parameters = new ArrayList<>();
        final List<Tariff> tariffs = new ArrayList<>();
        final List<NomenclatureCode> codes = new ArrayList<>();
        Map<String, List<ParameterValue>> parametersByKey;
        Map<String, List<Tariff>> tariffsByKey;
        Map<String, List<NomenclatureCode>> codesByKey;
        /** The exact code rows by their key values, so a lookup builds no key text. */
        Map<List<String>, List<NomenclatureCode>> codesByValues;
        List<NomenclatureCode> wildcardCodes;

        /** Every row, parameters, tariffs and codes. */
        List<RateRow> all() {
            List<RateRow> out = new ArrayList<>(parameters);
            out.addAll(tariffs);
            out.addAll(codes);
            return out;
        }

        /** The rows of the same kind (parameter, tariff or code) as a row. */
        List<? extends RateRow> sameKind(RateRow row) {
            if (row instanceof ParameterValue) {
                return parameters;
            }
            return row instanceof Tariff ? tariffs : codes;
        }

        void index() {
            parametersByKey = byKey(parameters);
            tariffsByKey = byKey(tariffs);
            codesByKey = byKey(codes.stream().filter(c -> !c.isWildcard()).collect(Collectors.toList()));
            Map<List<String>, List<NomenclatureCode>> byValues = new HashMap<>();
            codesByKey.values().forEach(same -> byValues.put(List.copyOf(same.get(0).keyColumns().values()), same));
            codesByValues = Map.copyOf(byValues);
            wildcardCodes = codes.stream().filter(NomenclatureCode::isWildcard).collect(Collectors.toUnmodifiableList());
            for (int i = 0; i < wildcardCodes.size(); i++) {
                for (int j = i + 1; j < wildcardCodes.size(); j++) {
                    NomenclatureCode a = wildcardCodes.get(i);
                    NomenclatureCode b = wildcardCodes.get(j);
                    if (a.intersects(b) && a.period().overlaps(b.period())) {
                        throw new RateDataException(b.location("from") + ": " + b.key() + " " + b.period()
                                + " and the row at " + a.provenance().location() + " " + a.key()
                                + " both stand for some key on a same day; make them disjoint");
                    }
                }
            }
        }

        private static <R extends RateRow> Map<String, List<R>> byKey(List<R> rows) {
            Map<String, List<R>> byKey = new HashMap<>();
            for (R row : rows) {
                List<R> same = byKey.computeIfAbsent(row.key(), k -> new ArrayList<>());
                for (R other : same) {
                    if (other.period().overlaps(row.period())) {
                        throw new RateDataException(row.location("from") + ": " + row.key() + " " + row.period()
                                + " overlaps the row at " + other.provenance().location() + " " + other.period());
                    }
                }
                same.add(row);
            }
            byKey.replaceAll((k, v) -> {
                v.sort(Comparator.comparing(r -> r.period().start()));
                return List.copyOf(v);
            });
            return Map.copyOf(byKey);
        }

        static <K, R extends RateRow> R find(Map<K, List<R>> rows, K key, LocalDate date) {
            List<R> candidates = rows.get(key);
            if (candidates != null) {
                for (R row : candidates) {
                    if (row.period().contains(date)) {
                        return row;
                    }
                }
            }
            return null;
        }

        void checkParameters(Map<String, ParameterSpec> declared) {
            for (ParameterValue row : parameters) {
                ParameterSpec spec = declared.get(row.name());
                if (spec == null) {
                    throw new RateDataException(row.location("name") + ": parameter '" + row.name()
                            + "' is not one the " + row.profession() + " rule set declares; declared: "
                            + new java.util.TreeSet<>(declared.keySet()));
                }
                if (!row.isUnknown()) {
                    row.as(spec.type());
                }
            }
        }

        void checkCodes(CodeTable table) {
            List<String> names = table.columnNames();
            for (NomenclatureCode row : codes) {
                List<String> found = List.copyOf(row.keyColumns().keySet());
                if (!found.equals(names)) {
                    throw new RateDataException(row.provenance().location() + ":1: code table columns " + found
                            + " are not those the " + row.profession() + " rule set declares: " + names);
                }
                for (CodeTable.Column c : table.columns()) {
                    String value = row.keyColumns().get(c.name());
                    if (!c.values().contains(value) && !(row.isUnknown() && NomenclatureCode.ANY.equals(value))) {
                        throw new RateDataException(row.location(c.name()) + ": column '" + c.name() + "': '"
                                + value + "' is not a value the " + row.profession() + " rule set declares; expected "
                                + "one of " + c.values());
                    }
                }
            }
        }

        void checkTiles(RateModule module, ParameterSpec spec, DateRange coverage) {
            LocalDate from = spec.requiredFrom().isAfter(coverage.start()) ? spec.requiredFrom() : coverage.start();
            if (!from.isBefore(coverage.end())) {
                return;
            }
            // a key's rows are in order of start and never overlap (byKey), so one walk finds a gap
            LocalDate next = from;
            for (ParameterValue row : parametersByKey.getOrDefault(spec.name(), List.of())) {
                if (!row.period().end().isAfter(next)) {
                    continue;
                }
                if (row.period().start().isAfter(next) || !next.isBefore(coverage.end())) {
                    break;
                }
                next = row.period().end();
            }
            if (next.isBefore(coverage.end())) {
                throw new RateDataException(module.id() + ": parameter " + spec.name() + " of "
                        + spec.ruleId() + " has no value on " + next + " (coverage " + coverage
                        + "); give one, or an explicit unknown row saying what was searched");
            }
        }
    }
}
