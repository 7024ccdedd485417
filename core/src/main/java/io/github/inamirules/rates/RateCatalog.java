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
import java.util.stream.Collectors;

/**
 * All loaded rate modules, checked together, and the one place that answers "which rates are in
 * force for this profession on this day".
 *
 * <p>Building a catalog validates every module: each row lies inside the module's coverage of its
 * profession, rows of one key do not overlap, and no two modules cover the same profession on the same
 * day ({@link RateConflictException}). {@link #requireParameters} then checks that the parameters a
 * rule set needs have a value of the right type on every covered day. Lookups outside every module's
 * coverage throw {@link RateCoverageException}; nothing is ever extrapolated.
 *
 * <p>Immutable and thread-safe.
 */
public final class RateCatalog {
    private final List<ModuleIndex> modules;

    private RateCatalog(List<ModuleIndex> modules) {
        this.modules = List.copyOf(modules);
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
        List<ModuleIndex> indexes = new ArrayList<>();
        for (RateModule module : modules) {
            ModuleIndex index = new ModuleIndex(module);
            for (ModuleIndex other : indexes) {
                checkNoConflict(index, other);
            }
            indexes.add(index);
        }
        return new RateCatalog(indexes);
    }

    private static void checkNoConflict(ModuleIndex a, ModuleIndex b) {
        for (Coverage ca : a.module.coverage()) {
            for (Coverage cb : b.module.coverage()) {
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
        return modules.stream().flatMap(m -> m.module.coverage().stream())
                .filter(c -> c.profession().equals(profession)).map(Coverage::period)
                .sorted(Comparator.comparing(DateRange::start)).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Tells whether a profession is covered on a day.
     *
     * @param profession the profession
     * @param date the day
     * @return true if exactly one module covers it
     */
    public boolean covers(Profession profession, LocalDate date) {
        return modules.stream().anyMatch(m -> m.covers(profession, date));
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
        for (ModuleIndex m : modules) {
            if (m.covers(profession, date)) {
                return new Rates(m, profession, date);
            }
        }
        throw new RateCoverageException("no loaded rate module covers " + profession + " on " + date
                + "; loaded: " + describe() + ". Add the inami-rules-rates-" + date.getYear()
                + " module (or your own rate module) covering that day");
    }

    private String describe() {
        if (modules.isEmpty()) {
            return "none";
        }
        return modules.stream().map(m -> m.module.id() + " " + m.module.coverage())
                .collect(Collectors.joining(", "));
    }

    /**
     * Checks that, for every module covering a profession, each parameter has exactly one value of the
     * right type on every covered day.
     *
     * @param profession the profession
     * @param specs the parameters the profession's rule set reads
     * @throws RateDataException naming the module, the parameter and the first day without a value
     */
    public void requireParameters(Profession profession, Collection<ParameterSpec> specs) {
        for (ModuleIndex m : modules) {
            for (Coverage c : m.module.coverage()) {
                if (c.profession().equals(profession)) {
                    for (ParameterSpec spec : specs) {
                        m.checkTiles(profession, spec, c.period());
                    }
                }
            }
        }
    }

    /** The rows of one module, indexed by profession and key, checked for overlaps. */
    static final class ModuleIndex {
        final RateModule module;
        final Map<String, List<ParameterValue>> parameters;
        final Map<String, List<Tariff>> tariffs;
        final Map<String, List<NomenclatureCode>> codes;

        ModuleIndex(RateModule module) {
            this.module = module;
            checkCoverage();
            this.parameters = index(module.parameters());
            this.tariffs = index(module.tariffs());
            this.codes = index(module.codes());
        }

        boolean covers(Profession profession, LocalDate date) {
            return module.coverage().stream().anyMatch(c -> c.covers(profession, date));
        }

        private void checkCoverage() {
            List<Coverage> all = module.coverage();
            if (all.isEmpty()) {
                throw new RateDataException(module.id() + ": declares no coverage");
            }
            for (int i = 0; i < all.size(); i++) {
                for (int j = i + 1; j < all.size(); j++) {
                    if (all.get(i).profession().equals(all.get(j).profession())
                            && all.get(i).period().overlaps(all.get(j).period())) {
                        throw new RateDataException(module.id() + ": coverage " + all.get(i) + " overlaps "
                                + all.get(j));
                    }
                }
            }
        }

        private <R extends RateRow> Map<String, List<R>> index(List<R> rows) {
            Map<String, List<R>> byKey = new HashMap<>();
            for (R row : rows) {
                boolean inside = module.coverage().stream().anyMatch(
                        c -> c.profession().equals(row.profession()) && c.period().encloses(row.period()));
                if (!inside) {
                    throw new RateDataException(row.provenance().location() + ": " + row.key() + " "
                            + row.period() + " lies outside the module's coverage of " + row.profession()
                            + " " + module.coverage());
                }
                List<R> same = byKey.computeIfAbsent(row.profession().id() + "|" + row.key(), k -> new ArrayList<>());
                for (R other : same) {
                    if (other.period().overlaps(row.period())) {
                        throw new RateDataException(row.provenance().location() + ": " + row.key() + " "
                                + row.period() + " overlaps the row at " + other.provenance().location() + " "
                                + other.period());
                    }
                }
                same.add(row);
            }
            byKey.replaceAll((k, v) -> List.copyOf(v));
            return Map.copyOf(byKey);
        }

        <R extends RateRow> R find(Map<String, List<R>> rows, Profession p, String key, LocalDate date) {
            for (R row : rows.getOrDefault(p.id() + "|" + key, List.of())) {
                if (row.period().contains(date)) {
                    return row;
                }
            }
            return null;
        }

        void checkTiles(Profession profession, ParameterSpec spec, DateRange coverage) {
            List<ParameterValue> rows = new ArrayList<>(parameters.getOrDefault(
                    profession.id() + "|" + spec.name(), List.of()));
            rows.removeIf(r -> !coverage.encloses(r.period()));
            rows.sort(Comparator.comparing(r -> r.period().start()));
            LocalDate next = coverage.start();
            for (ParameterValue row : rows) {
                if (row.period().start().isAfter(next)) {
                    break;
                }
                row.as(spec.type());
                next = row.period().end();
            }
            if (next.isBefore(coverage.end())) {
                throw new RateDataException(module.id() + ": parameter " + profession + "." + spec.name()
                        + " has no value on " + next + " (coverage " + coverage + ")");
            }
        }
    }
}
