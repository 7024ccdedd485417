package io.github.inamirules.rates;

import io.github.inamirules.RateDataException;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Profession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a profession's code table: which nomenclature code a session is attested under, for a
 * key made of the columns the profession's vocabulary declares (physiotherapy: band, place and
 * minutes), over a period. Codes are data because the nomenclature renumbers them (the 2021 split of
 * courante sessions 1–9 and 10–18, for instance) without changing the shape of the law.
 *
 * <p>A combination the nomenclature has no code for, or whose code no source states, is an explicit
 * {@link ProvenanceStatus#UNKNOWN unknown} row without code. An unknown row may write {@value #ANY} for
 * a column ("any other place"): it then stands for every key not listed by a row of its own, so the
 * data say "unknown" for a whole family of combinations without listing each. Rows with a code never
 * use it. Immutable and thread-safe.
 */
public final class NomenclatureCode extends RateRow {
    /** The value of a key column that matches any value, on unknown rows only. */
    public static final String ANY = "*";

    private final Map<String, String> key;
    private final String keyText;
    /** The key's values in column order, for matching without an iterator. */
    private final List<String> values;
    private final String code;
    private final String label;

    private NomenclatureCode(Profession profession, Map<String, String> key, String code, String label,
            DateRange period, Provenance provenance, Map<String, Integer> columns) {
        super(profession, period, provenance, columns);
        this.key = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(key, "key")));
        this.values = List.copyOf(this.key.values());
        this.keyText = keyOf(values);
        this.code = Objects.requireNonNull(code, "code");
        this.label = Objects.requireNonNull(label, "label");
        if (code.isEmpty() != isUnknown()) {
            throw new RateDataException(location("code") + ": code of " + key
                    + (isUnknown() ? ": an unknown row has no code" : ": a code is required (or status unknown)"));
        }
        if (!isUnknown()) {
            key.forEach((column, value) -> {
                if (ANY.equals(value)) {
                    throw new RateDataException(location(column) + ": column '" + column + "': '" + ANY
                            + "' (any value) is allowed on unknown rows only");
                }
            });
        }
    }

    /**
     * Tells whether the row stands for a family of keys (a column written {@value #ANY}).
     *
     * @return true for a row with a wildcard column
     */
    public boolean isWildcard() {
        return key.containsValue(ANY);
    }

    /**
     * Tells whether the row's key matches a key, column by column ({@value #ANY} matches any value).
     *
     * @param values the values of the key columns, in declared order
     * @return true if every column matches
     */
    public boolean matches(List<String> values) {
        if (values.size() != this.values.size()) {
            return false;
        }
        for (int i = 0; i < values.size(); i++) {
            String v = this.values.get(i);
            if (!(ANY.equals(v) || v.equals(values.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells whether two rows could both match one key: each column equal, or {@value #ANY} in either.
     *
     * @param other another row of the same table
     * @return true if their keys intersect
     */
    boolean intersects(NomenclatureCode other) {
        List<String> mine = values;
        List<String> theirs = other.values;
        if (mine.size() != theirs.size()) {
            return false;
        }
        for (int i = 0; i < mine.size(); i++) {
            if (!ANY.equals(mine.get(i)) && !ANY.equals(theirs.get(i)) && !mine.get(i).equals(theirs.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Obtains a code row.
     *
     * @param profession the profession
     * @param key the key columns and their values, in the order the vocabulary declares them
     * @param code the nomenclature code; empty for an unknown row
     * @param label the nomenclature's label, possibly empty
     * @param period the period, half-open
     * @param provenance where it comes from
     * @return the row
     */
    public static NomenclatureCode of(Profession profession, Map<String, String> key, String code, String label,
            DateRange period, Provenance provenance) {
        return new NomenclatureCode(profession, key, code, label, period, provenance, Map.of());
    }

    static NomenclatureCode read(Profession profession, Map<String, String> key, String code, String label,
            DateRange period, Provenance provenance, Map<String, Integer> columns) {
        return new NomenclatureCode(profession, key, code, label, period, provenance, columns);
    }

    /**
     * Builds the lookup key of a code table from its column values, in declared order.
     *
     * @param values the values of the key columns
     * @return the key, the values joined by {@code /}
     */
    public static String keyOf(List<String> values) {
        return String.join("/", values);
    }

    /**
     * Returns the key columns and their values.
     *
     * @return the key, in declared column order
     */
    public Map<String, String> keyColumns() {
        return key;
    }

    /**
     * Returns the nomenclature code, if a source gives it.
     *
     * @return the code; empty for an unknown row
     */
    public Optional<String> code() {
        return code.isEmpty() ? Optional.empty() : Optional.of(code);
    }

    /**
     * Returns the nomenclature's label, for reviewers.
     *
     * @return the label, possibly empty
     */
    public String label() {
        return label;
    }

    @Override
    public String key() {
        return keyText;
    }

    @Override
    public String toString() {
        return profession() + " " + keyText + " -> " + (code.isEmpty() ? "unknown" : code) + " " + period();
    }
}
