package io.github.inamirules.rates;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The shape of a profession's code table, as its vocabulary declares it: the key columns a rate
 * module's {@code codes.psv} must have, in order, and the values each may take. Physiotherapy keys its
 * codes on band, place and minutes; another profession keys them on whatever selects its codes.
 *
 * <p>The engine checks every code row of every loaded module against it when built: an unknown column
 * or value is a {@link io.github.inamirules.RateDataException} naming module, file, line and column.
 *
 * <p>Immutable and thread-safe.
 */
public final class CodeTable {
    private final List<Column> columns;

    private CodeTable(List<Column> columns) {
        this.columns = List.copyOf(columns);
        if (this.columns.isEmpty()) {
            throw new IllegalArgumentException("a code table needs at least one key column");
        }
    }

    /**
     * Obtains a table shape.
     *
     * @param columns the key columns, in file order
     * @return the shape
     */
    public static CodeTable of(List<Column> columns) {
        return new CodeTable(columns);
    }

    /**
     * Returns the key columns.
     *
     * @return the columns, in file order
     */
    public List<Column> columns() {
        return columns;
    }

    /**
     * Returns the names of the key columns.
     *
     * @return the names, in file order
     */
    public List<String> columnNames() {
        return columns.stream().map(Column::name).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns every key the table can be asked for, where every column has a finite list of values:
     * the grid a coverage walk checks.
     *
     * @return the keys, each a list of values in column order
     */
    public List<List<String>> allKeys() {
        List<List<String>> keys = new ArrayList<>();
        keys.add(List.of());
        for (Column c : columns) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> k : keys) {
                for (String v : c.values()) {
                    List<String> longer = new ArrayList<>(k);
                    longer.add(v);
                    next.add(List.copyOf(longer));
                }
            }
            keys = next;
        }
        return keys;
    }

    /**
     * One key column: its name in the file header and the values it may take.
     */
    public static final class Column {
        private final String name;
        private final Set<String> values;

        private Column(String name, Set<String> values) {
            this.name = Objects.requireNonNull(name, "name");
            this.values = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(values));
            if (this.values.isEmpty()) {
                throw new IllegalArgumentException("column " + name + " needs at least one value");
            }
        }

        /**
         * Obtains a column.
         *
         * @param name its name in the header, {@code snake_case}
         * @param values the values it may take
         * @return the column
         */
        public static Column of(String name, Iterable<String> values) {
            Set<String> set = new LinkedHashSet<>();
            values.forEach(set::add);
            return new Column(name, set);
        }

        /**
         * Returns the column's name.
         *
         * @return the name
         */
        public String name() {
            return name;
        }

        /**
         * Returns the values the column may take.
         *
         * @return the values, in declared order
         */
        public Set<String> values() {
            return values;
        }
    }
}
