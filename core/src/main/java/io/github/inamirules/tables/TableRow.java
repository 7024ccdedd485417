package io.github.inamirules.tables;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One row of an {@link InputTable}: its table, its number (from 1, as the caller counts, named in
 * error messages) and its values by column name. Keys that are not columns of the table are kept and
 * ignored, so a row may carry the caller's own columns; a column without a key is null.
 *
 * <p>The values are read, checked and converted when a history is assembled
 * ({@link HistoryAssembler}), which names table, column and row of any bad value. {@link #toString()}
 * shows the table and the number only, never a value. Immutable and thread-safe if the values are.
 */
public final class TableRow {
    private final InputTable table;
    private final long number;
    private final Map<String, @Nullable Object> values;

    private TableRow(InputTable table, long number, Map<String, @Nullable Object> values) {
        this.table = table;
        this.number = number;
        this.values = values;
    }

    /**
     * Returns a row.
     *
     * @param table its table
     * @param number its number, from 1
     * @param values its values by column name; null values are absent values
     * @return the row
     * @throws InvalidInputException if the number is not positive
     */
    public static TableRow of(InputTable table, long number, Map<String, ? extends @Nullable Object> values) {
        if (table == null) {
            throw new NullValueException("table");
        }
        if (values == null) {
            throw new NullValueException("values");
        }
        if (number < 1) {
            throw InvalidInputException.of("row", number, "must be 1 or more");
        }
        return new TableRow(table, number, Collections.unmodifiableMap(new HashMap<>(values)));
    }

    /**
     * Returns the table of the row.
     *
     * @return the table
     */
    public InputTable table() {
        return table;
    }

    /**
     * Returns the number of the row, from 1.
     *
     * @return the number
     */
    public long number() {
        return number;
    }

    /**
     * Returns a value.
     *
     * @param column a column name
     * @return the value, or null if absent
     */
    public @Nullable Object get(String column) {
        return values.get(column);
    }

    /**
     * Returns the values by column name.
     *
     * @return the values, unmodifiable
     */
    public Map<String, @Nullable Object> values() {
        return values;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof TableRow && ((TableRow) obj).table == table && ((TableRow) obj).number == number
                && ((TableRow) obj).values.equals(values);
    }

    @Override
    public int hashCode() {
        return table.hashCode() * 31 + Long.hashCode(number) * 17 + values.hashCode();
    }

    /**
     * Returns the table and the number, never a value.
     *
     * @return e.g. {@code sessions row 12}
     */
    @Override
    public String toString() {
        return table.tableName() + " row " + number;
    }
}
