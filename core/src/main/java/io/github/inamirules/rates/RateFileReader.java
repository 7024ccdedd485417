package io.github.inamirules.rates;

import io.github.inamirules.RateDataException;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Profession;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads one pipe-separated data file in the format of the rate modules and reports any error as
 * {@code module:file:line:column: what was expected}. The format is documented in
 * {@link DataFileRateModule} and {@code docs/rates-format.md}: comments, a fixed header, trimmed
 * fields, half-open periods, two-decimal amounts, and the {@code status | source | note} columns read
 * into a {@link Provenance}.
 *
 * <p>Public so that other data of the library and of its users (a mutuality's complementary benefits,
 * for example) are written, read and checked exactly as rates are, with one reader: a module that
 * reads its own files opens them and hands the stream here. A reader is used by one thread while it
 * reads; the lines it returns are immutable.
 */
public final class RateFileReader {
    /** An amount with two decimals, as the files write it. */
    private static final java.util.regex.Pattern MONEY = java.util.regex.Pattern.compile("\\d+\\.\\d\\d");
    /** A key column's name. */
    private static final java.util.regex.Pattern SNAKE_CASE = java.util.regex.Pattern.compile("[a-z][a-z0-9_]*");

    /**
     * Whether a text is a date written {@code YYYY-MM-DD} with digits only: the files' form, read without
     * {@code DateTimeFormatter} (whose first uses dominate the reading of every file at engine build).
     */
    private static boolean isPlainDate(String value) {
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (value.charAt(i) < '0' || value.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String value, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (value.charAt(i) - '0');
        }
        return n;
    }

    private final String module;
    private final String file;
    private List<String> columns;
    private final List<String> tail;
    private final List<Line> lines = new ArrayList<>();

    /** One data line, split into trimmed fields, with the column at which each field starts. */
    public final class Line {
        private final int number;
        private final String[] fields;
        private final int[] starts;

        Line(int number, String[] fields, int[] starts) {
            this.number = number;
            this.fields = fields;
            this.starts = starts;
        }

        /**
         * Returns where the line is.
         *
         * @return {@code module:file:line}
         */
        public String location() {
            return module + ":" + file + ":" + number;
        }

        /**
         * Returns an error about one field of this line.
         *
         * @param column the column of the field
         * @param expected what the field should have held
         * @return the exception, naming module, file, line and column, to throw
         */
        public RateDataException error(String column, String expected) {
            int i = columns.indexOf(column);
            return new RateDataException(location() + ":" + starts[i] + ": column '" + column + "': "
                    + expected + ", found '" + fields[i] + "'");
        }

        /**
         * Returns a field that must not be empty.
         *
         * @param column the column
         * @return the trimmed text
         * @throws RateDataException if the field is empty
         */
        public String text(String column) {
            String value = fields[columns.indexOf(column)];
            if (value.isEmpty()) {
                throw error(column, "a value is required");
            }
            return value;
        }

        /**
         * Returns a field that may be empty.
         *
         * @param column the column
         * @return the trimmed text, empty if the field is
         */
        public String optionalText(String column) {
            return fields[columns.indexOf(column)];
        }

        /**
         * Returns a field holding an ISO date.
         *
         * @param column the column
         * @return the date
         * @throws RateDataException if the field is empty or not an ISO date
         */
        public LocalDate date(String column) {
            String value = text(column);
            try {
                return isPlainDate(value) ? LocalDate.of(digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10))
                        : LocalDate.parse(value);
            } catch (java.time.DateTimeException e) {
                throw error(column, "an ISO date (YYYY-MM-DD)");
            }
        }

        /**
         * Returns the half-open period of the columns {@code from} and {@code to}.
         *
         * @return the period {@code [from, to)}
         * @throws RateDataException if a date is missing or {@code to} is not after {@code from}
         */
        public DateRange period() {
            LocalDate from = date("from");
            LocalDate to = date("to");
            if (!to.isAfter(from)) {
                throw error("to", "a day after 'from' " + from + " (periods are [from, to))");
            }
            return DateRange.of(from, to);
        }

        /**
         * Returns a field holding an amount with two decimals, or nothing.
         *
         * @param column the column
         * @return the amount, or null if the field is empty
         * @throws RateDataException if the field is not an amount with two decimals
         */
        public @Nullable Money optionalMoney(String column) {
            String value = optionalText(column);
            if (value.isEmpty()) {
                return null;
            }
            if (!MONEY.matcher(value).matches()) {
                throw error(column, "an amount with two decimals, like 30.80, or nothing if unknown");
            }
            return Money.parse(value);
        }

        /** The start column of every field, by column name, for errors found after reading. */
        Map<String, Integer> columnStarts() {
            return new ColumnStarts(columns, starts);
        }

        /** The key columns (those before the fixed tail) and their values, in file order. */
        Map<String, String> keyColumns(int count) {
            Map<String, String> out = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                out.put(columns.get(i), text(columns.get(i)));
            }
            return out;
        }

        /**
         * Returns the profession id of the column {@code profession}.
         *
         * @return the profession
         * @throws RateDataException if the field is not a profession id
         */
        public Profession profession() {
            try {
                return Profession.of(text("profession"));
            } catch (RuntimeException e) {
                throw error("profession", "a profession id (lower-case letters, digits, '-' or '_')");
            }
        }


        /**
         * Returns the provenance written in the columns {@code status}, {@code source} and {@code note}.
         *
         * @param sources the sources of the module, by name ({@link #readSources})
         * @return the provenance, located at this line
         * @throws RateDataException if the status is not one of the five, a source is not declared, or a
         *     derived, carried or unknown row has no note
         */
        public Provenance provenance(Map<String, Source> sources) {
            ProvenanceStatus status;
            try {
                String written = text("status");
                if (!written.equals(written.toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException("statuses are written in lower case");
                }
                status = ProvenanceStatus.valueOf(written.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw error("status", "official, reported, derived, carried or unknown");
            }
            List<Source> found = new ArrayList<>();
            for (String name : text("source").split("\\+")) {
                Source source = sources.get(name.trim());
                if (source == null) {
                    throw error("source", "source names declared in sources.psv, joined by '+'");
                }
                found.add(source);
            }
            String note = optionalText("note");
            if (status.needsNote() && note.isEmpty()) {
                throw error("note", "the derivation of a derived figure, the text a carried one rests on, "
                        + "or what was searched for an unknown one");
            }
            return Provenance.of(status, found, note, location());
        }
    }

    private RateFileReader(String module, String file, List<String> columns, List<String> tail) {
        this.module = module;
        this.file = file;
        this.columns = columns;
        this.tail = tail;
    }

    /**
     * Reads a file whose header is one or more key columns followed exactly by the given tail; the key
     * columns are whatever the header names before it ({@link #keyColumnCount()}).
     */
    static RateFileReader readKeyed(String module, String file, @Nullable InputStream in, List<String> tail) {
        RateFileReader reader = new RateFileReader(module, file, null, tail);
        reader.parseStream(in);
        return reader;
    }

    /** The number of key columns of a file read with {@link #readKeyed}. */
    int keyColumnCount() {
        return columns.size() - tail.size();
    }

    /**
     * Reads a file whose first non-comment line must be exactly the given header.
     *
     * @param module the id of the module the file belongs to, for errors
     * @param file the name of the file in its module, for errors
     * @param in the content, UTF-8; read and closed here; null if the file does not exist
     * @param columns the header, column by column
     * @return the reader, holding every data line
     * @throws RateDataException if the file is missing or unreadable, its header is not exactly
     *     {@code columns}, or a line has another number of fields
     */
    public static RateFileReader read(String module, String file, @Nullable InputStream in, List<String> columns) {
        RateFileReader reader = new RateFileReader(module, file, columns, null);
        reader.parseStream(in);
        return reader;
    }

    /**
     * Reads a {@code sources.psv} file ({@code source | url}) into the sources its rows name.
     *
     * @param module the id of the module, for errors
     * @param file the name of the file in its module, for errors
     * @param in the content; read and closed here; null if the file does not exist
     * @return the sources by name, in file order
     * @throws RateDataException if the file is missing, malformed, or declares a name twice
     */
    public static Map<String, Source> readSources(String module, String file, @Nullable InputStream in) {
        Map<String, Source> sources = new LinkedHashMap<>();
        read(module, file, in, List.of("source", "url")).forEach(l -> {
            if (sources.putIfAbsent(l.text("source"), Source.of(l.text("source"), l.text("url"))) != null) {
                throw l.error("source", "a name not declared before");
            }
        });
        return java.util.Collections.unmodifiableMap(sources);
    }

    private void parseStream(@Nullable InputStream in) {
        if (in == null) {
            throw new RateDataException(module + ": data file " + file + " is missing");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            parse(r);
        } catch (IOException e) {
            throw new RateDataException(module + ":" + file + ": cannot be read: " + e.getMessage());
        }
    }

    private void parse(BufferedReader r) throws IOException {
        boolean header = false;
        int number = 0;
        for (String raw = r.readLine(); raw != null; raw = r.readLine()) {
            number++;
            if (raw.isBlank() || raw.stripLeading().startsWith("#")) {
                continue;
            }
            if (!header) {
                header(raw, number);
                header = true;
                continue;
            }
            int[] starts = new int[columns.size()];
            lines.add(new Line(number, split(raw, number, starts), starts));
        }
        if (!header) {
            throw new RateDataException(module + ":" + file + ": no header line");
        }
    }

    private void header(String raw, int number) {
        List<String> names = new ArrayList<>();
        for (String part : raw.split("\\|", -1)) {
            names.add(part.strip());
        }
        if (tail == null) {
            if (!names.equals(columns)) {
                throw new RateDataException(module + ":" + file + ":" + number + ":1: header must be '"
                        + String.join(" | ", columns) + "'");
            }
            return;
        }
        boolean keyed = names.size() > tail.size()
                && names.subList(names.size() - tail.size(), names.size()).equals(tail)
                && names.subList(0, names.size() - tail.size()).stream().allMatch(n -> SNAKE_CASE.matcher(n).matches());
        if (!keyed) {
            throw new RateDataException(module + ":" + file + ":" + number + ":1: header must be the key columns "
                    + "of the profession's code table (snake_case names), then '" + String.join(" | ", tail) + "'");
        }
        columns = List.copyOf(names);
    }

    private String[] split(String raw, int number, int[] starts) {
        String[] parts = raw.split("\\|", -1);
        if (parts.length != columns.size()) {
            throw new RateDataException(module + ":" + file + ":" + number + ":1: expected " + columns.size()
                    + " fields separated by '|' (" + String.join(" | ", columns) + "), found " + parts.length);
        }
        String[] fields = new String[parts.length];
        int offset = 0;
        for (int i = 0; i < parts.length; i++) {
            int lead = parts[i].length() - parts[i].stripLeading().length();
            starts[i] = offset + lead + 1;
            fields[i] = parts[i].strip();
            offset += parts[i].length() + 1;
        }
        return fields;
    }

    /**
     * Runs an action on every data line, in file order.
     *
     * @param action the action
     */
    public void forEach(java.util.function.Consumer<Line> action) {
        lines.forEach(action);
    }

    /**
     * Maps every data line, in file order.
     *
     * @param <T> the type of the results
     * @param mapper the mapping
     * @return the results, in file order
     */
    public <T> List<T> map(Function<Line, T> mapper) {
        List<T> out = new ArrayList<>();
        for (Line line : lines) {
            out.add(mapper.apply(line));
        }
        return out;
    }

    /**
     * The start columns of a line's fields by column name: an immutable view over the file's column
     * names and the line's starts, so a row keeps its error locations without a map of its own (every
     * row of every module is read at engine build).
     */
    static final class ColumnStarts extends java.util.AbstractMap<String, Integer> {
        private final List<String> names;
        private final int[] starts;

        ColumnStarts(List<String> names, int[] starts) {
            this.names = List.copyOf(names);
            this.starts = starts;   // each line has its own array, never changed after reading
        }

        @Override
        public Integer get(Object key) {
            int i = names.indexOf(key);
            return i < 0 ? null : starts[i];
        }

        @Override
        public boolean containsKey(Object key) {
            return names.contains(key);
        }

        @Override
        public java.util.Set<Map.Entry<String, Integer>> entrySet() {
            java.util.Set<Map.Entry<String, Integer>> entries = new java.util.LinkedHashSet<>();
            for (int i = 0; i < names.size(); i++) {
                entries.add(Map.entry(names.get(i), starts[i]));
            }
            return java.util.Collections.unmodifiableSet(entries);
        }
    }
}
