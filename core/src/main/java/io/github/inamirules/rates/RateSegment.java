package io.github.inamirules.rates;

import io.github.inamirules.model.DateRange;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A stretch of days of one module's coverage of one profession over which no row in force changes:
 * {@link RateCatalog} cuts each coverage period at the start and the end of every row of the module and
 * of the overlays for that profession (parameters, tariffs and codes), so every row either holds on
 * every day of a segment or on none. The parameters, tariffs and codes in force are therefore resolved
 * once, on the first day (an overlay's row before the module's, as {@link Rates} documents), and a lookup
 * is one hash probe by name or key values (codes: one per layer, overlays first, then their wildcard
 * rows).
 *
 * <p>Immutable after construction and thread-safe: its maps are never changed once built, and only
 * read through this class.
 */
final class RateSegment {
    private final RateModule module;
    private final RateCatalog.ProfessionRows rows;
    private final List<RateCatalog.ProfessionRows> overlays;
    private final DateRange period;
    private final HashMap<String, ParameterValue> parameters;
    private final HashMap<String, Tariff> tariffs;
    /** The code rows in force, one layer per overlay (in installation order), then the module's. */
    private final CodeLayer[] codes;

    /**
     * Creates a segment.
     *
     * @param module the module whose coverage holds the period
     * @param rows that module's rows of the profession
     * @param overlays the overlays' rows of the profession, in installation order
     * @param period the days, within which no row of {@code rows} or {@code overlays} starts or ends
     */
    RateSegment(RateModule module, RateCatalog.ProfessionRows rows, List<RateCatalog.ProfessionRows> overlays,
            DateRange period) {
        this.module = module;
        this.rows = rows;
        this.overlays = overlays;
        this.period = period;
        this.parameters = resolve(r -> r.parametersByKey);
        this.tariffs = resolve(r -> r.tariffsByKey);
        this.codes = new CodeLayer[overlays.size() + 1];
        for (int i = 0; i < overlays.size(); i++) {
            codes[i] = new CodeLayer(overlays.get(i), period.start());
        }
        codes[overlays.size()] = new CodeLayer(rows, period.start());
    }

    /**
     * The code rows of one module or overlay in force on a segment: the exact rows by their key values,
     * and the wildcard rows, disjoint (the catalog checked it), in file order.
     */
    private static final class CodeLayer {
        final HashMap<List<String>, NomenclatureCode> exact = new HashMap<>();
        final NomenclatureCode[] wildcards;

        CodeLayer(RateCatalog.ProfessionRows rows, LocalDate day) {
            rows.codesByValues.forEach((values, same) -> {
                NomenclatureCode row = RateCatalog.ProfessionRows.find(rows.codesByValues, values, day);
                if (row != null) {
                    exact.put(values, row);
                }
            });
            List<NomenclatureCode> inForce = new java.util.ArrayList<>();
            for (NomenclatureCode w : rows.wildcardCodes) {
                if (w.period().contains(day)) {
                    inForce.add(w);
                }
            }
            wildcards = inForce.toArray(new NomenclatureCode[0]);
        }

        NomenclatureCode code(List<String> key) {
            NomenclatureCode row = exact.get(key);
            if (row == null) {
                for (NomenclatureCode w : wildcards) {
                    if (w.matches(key)) {
                        return w;
                    }
                }
            }
            return row;
        }
    }

    /** The row of every key on the first day: an overlay's on its days, else the module's. */
    private <R extends RateRow> HashMap<String, R> resolve(Function<RateCatalog.ProfessionRows, Map<String, List<R>>> byKey) {
        Set<String> keys = new HashSet<>(byKey.apply(rows).keySet());
        overlays.forEach(o -> keys.addAll(byKey.apply(o).keySet()));
        HashMap<String, R> inForce = new HashMap<>();
        for (String key : keys) {
            R row = find(byKey, key, period.start());
            if (row != null) {
                inForce.put(key, row);
            }
        }
        return inForce;
    }

    private <R extends RateRow> R find(Function<RateCatalog.ProfessionRows, Map<String, List<R>>> byKey, String key,
            LocalDate date) {
        for (RateCatalog.ProfessionRows o : overlays) {
            R row = RateCatalog.ProfessionRows.find(byKey.apply(o), key, date);
            if (row != null) {
                return row;
            }
        }
        return RateCatalog.ProfessionRows.find(byKey.apply(rows), key, date);
    }

    /** The module whose coverage holds the segment. */
    RateModule module() {
        return module;
    }

    /** The days of the segment. */
    DateRange period() {
        return period;
    }

    /** The parameter row in force on the segment's days, or null. */
    ParameterValue parameter(String name) {
        return parameters.get(name);
    }

    /** The tariff row in force on the segment's days, or null. */
    Tariff tariff(String code) {
        return tariffs.get(code);
    }

    /**
     * The code row of a key on the segment's days: an overlay's (its exact row, else its wildcard row)
     * before the module's.
     */
    NomenclatureCode code(List<String> key) {
        for (CodeLayer layer : codes) {
            NomenclatureCode row = layer.code(key);
            if (row != null) {
                return row;
            }
        }
        return null;
    }
}
