package io.github.inamirules.rates;

import io.github.inamirules.RateDataException;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Place;
import io.github.inamirules.model.Profession;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
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
    private final List<String> columns;
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

        int positiveInt(String column) {
            String value = text(column);
            if (!value.matches("[1-9]\\d{0,3}")) {
                throw error(column, "a positive whole number");
            }
            return Integer.parseInt(value);
        }

        Profession profession() {
            try {
                return Profession.of(text("profession"));
            } catch (RuntimeException e) {
                throw error("profession", "a profession id like 'physiotherapy'");
            }
        }

        Place place() {
            try {
                return Place.valueOf(text("place"));
            } catch (IllegalArgumentException e) {
                throw error("place", "one of " + Arrays.toString(Place.values()));
            }
        }

        Provenance provenance(Map<String, Source> sources) {
            ProvenanceStatus status;
            try {
                status = ProvenanceStatus.valueOf(text("status").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw error("status", "official, reported or derived");
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
            if (status == ProvenanceStatus.DERIVED && note.isEmpty()) {
                throw error("note", "the derivation of a derived figure");
            }
            return Provenance.of(status, found, note, location());
        }
    }

    private RateFileReader(String module, String file, List<String> columns) {
        this.module = module;
        this.file = file;
        this.columns = columns;
    }

    /**
     * Reads a file whose first non-comment line must be exactly the given header.
     */
    static RateFileReader read(String module, String file, InputStream in, List<String> columns) {
        if (in == null) {
            throw new RateDataException(module + ": data file " + file + " is missing");
        }
        RateFileReader reader = new RateFileReader(module, file, columns);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.parse(r);
        } catch (IOException e) {
            throw new RateDataException(module + ":" + file + ": cannot be read: " + e.getMessage());
        }
        return reader;
    }

    private void parse(BufferedReader r) throws IOException {
        boolean header = false;
        int number = 0;
        for (String raw = r.readLine(); raw != null; raw = r.readLine()) {
            number++;
            if (raw.isBlank() || raw.stripLeading().startsWith("#")) {
                continue;
            }
            int[] starts = new int[columns.size()];
            String[] fields = split(raw, number, starts);
            if (!header) {
                if (!Arrays.asList(fields).equals(columns)) {
                    throw new RateDataException(module + ":" + file + ":" + number + ":1: header must be '"
                            + String.join(" | ", columns) + "'");
                }
                header = true;
            } else {
                lines.add(new Line(number, fields, starts));
            }
        }
        if (!header) {
            throw new RateDataException(module + ":" + file + ": no header line");
        }
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
