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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads one pipe-separated data file of a rate module and reports any error as
 * {@code module:file:line:column: what was expected}. Package-private: the format is documented in
 * {@link DataFileRateModule}.
 */
final class RateFileReader {
    private final String module;
    private final String file;
    private List<String> columns;
    private final List<String> tail;
    private final List<Line> lines = new ArrayList<>();

    /** One data line, split into trimmed fields, with the column at which each field starts. */
    final class Line {
        private final int number;
        private final String[] fields;
        private final int[] starts;

        Line(int number, String[] fields, int[] starts) {
            this.number = number;
            this.fields = fields;
            this.starts = starts;
        }

        String location() {
            return module + ":" + file + ":" + number;
        }

        RateDataException error(String column, String expected) {
            int i = columns.indexOf(column);
            return new RateDataException(location() + ":" + starts[i] + ": column '" + column + "': "
                    + expected + ", found '" + fields[i] + "'");
        }

        String text(String column) {
            String value = fields[columns.indexOf(column)];
            if (value.isEmpty()) {
                throw error(column, "a value is required");
            }
            return value;
        }

        String optionalText(String column) {
            return fields[columns.indexOf(column)];
        }

        LocalDate date(String column) {
            try {
                return LocalDate.parse(text(column));
            } catch (DateTimeParseException e) {
                throw error(column, "an ISO date (YYYY-MM-DD)");
            }
        }

        DateRange period() {
            LocalDate from = date("from");
            LocalDate to = date("to");
            if (!to.isAfter(from)) {
                throw error("to", "a day after 'from' " + from + " (periods are [from, to))");
            }
            return DateRange.of(from, to);
        }

        Money optionalMoney(String column) {
            String value = optionalText(column);
            if (value.isEmpty()) {
                return null;
            }
            if (!value.matches("\\d+\\.\\d\\d")) {
                throw error(column, "an amount with two decimals, like 30.80, or nothing if unknown");
            }
            return Money.parse(value);
        }

        /** The start column of every field, by column name, for errors found after reading. */
        Map<String, Integer> columnStarts() {
            Map<String, Integer> out = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                out.put(columns.get(i), starts[i]);
            }
            return out;
        }

        /** The key columns (those before the fixed tail) and their values, in file order. */
        Map<String, String> keyColumns(int count) {
            Map<String, String> out = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                out.put(columns.get(i), text(columns.get(i)));
            }
            return out;
        }

        Profession profession() {
            try {
                return Profession.of(text("profession"));
            } catch (RuntimeException e) {
                throw error("profession", "a profession id (lower-case letters, digits, '-' or '_')");
            }
        }


        Provenance provenance(Map<String, Source> sources) {
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
    static RateFileReader readKeyed(String module, String file, InputStream in, List<String> tail) {
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
     */
    static RateFileReader read(String module, String file, InputStream in, List<String> columns) {
        RateFileReader reader = new RateFileReader(module, file, columns, null);
        reader.parseStream(in);
        return reader;
    }

    private void parseStream(InputStream in) {
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
                && names.subList(0, names.size() - tail.size()).stream().allMatch(n -> n.matches("[a-z][a-z0-9_]*"));
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

    void forEach(java.util.function.Consumer<Line> action) {
        lines.forEach(action);
    }

    <T> List<T> map(Function<Line, T> mapper) {
        List<T> out = new ArrayList<>();
        for (Line line : lines) {
            out.add(mapper.apply(line));
        }
        return out;
    }
}
