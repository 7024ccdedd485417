package io.github.inamirules.tables;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads the typed values of one {@link TableRow}, naming table, column and row of any bad value. Values
 * of the patients table (birth dates, the patient's id) are never shown. Package-private.
 */
final class RowReader {
    private final TableRow row;

    RowReader(TableRow row) {
        this.row = row;
    }

    TableRow row() {
        return row;
    }

    /** Where the row is, for messages: {@code sessions row 12}. */
    String where() {
        return row.toString();
    }

    InvalidInputException error(String column, @Nullable Object value, String problem) {
        String field = row.table().tableName() + "." + column;
        if (row.table() == InputTable.PATIENTS || column.equals(InputTable.PATIENT_ID)) {
            // patient data: the field and the problem only
            return new InvalidInputException(field + ": " + problem + " (" + where() + ")");
        }
        return InvalidInputException.of(field, value instanceof String ? "'" + value + "'" : value,
                problem + " (" + where() + ")");
    }

    /** The same exception, saying which row it comes from; the field (and so the session id) kept. */
    InvalidInputException locate(InvalidInputException e) {
        if (e.field().isPresent()) {
            return InvalidInputException.of(e.field().get(), e.value().orElse(""),
                    e.problem().orElse("is invalid") + " (" + where() + ")");
        }
        return new InvalidInputException(e.getMessage() + " (" + where() + ")");
    }

    private @Nullable Object raw(String column) {
        InputTable.Column c = row.table().column(column)
                .orElseThrow(() -> new IllegalStateException(row.table() + " has no column " + column));
        Object v = row.get(column);
        if (v instanceof String && ((String) v).isBlank() && !c.isRequired()) {
            return null;
        }
        if (c.isRequired() && (v == null || v instanceof String && ((String) v).isBlank())) {
            throw error(column, v, "is missing");
        }
        return v;
    }

    private <T> @Nullable T typed(String column, Class<T> type, String expected) {
        Object v = raw(column);
        if (v == null || type.isInstance(v)) {
            return type.cast(v);
        }
        throw error(column, v, "expected " + expected);
    }

    @Nullable String text(String column) {
        return typed(column, String.class, "a text");
    }

    String requiredText(String column) {
        return java.util.Objects.requireNonNull(text(column));
    }

    @Nullable LocalDate date(String column) {
        return typed(column, LocalDate.class, "a date");
    }

    LocalDate requiredDate(String column) {
        return java.util.Objects.requireNonNull(date(column));
    }

    @Nullable Integer integer(String column) {
        return typed(column, Integer.class, "an integer");
    }

    @Nullable Money amount(String column) {
        Object v = raw(column);
        if (v == null) {
            return null;
        }
        if (!(v instanceof BigDecimal)) {
            throw error(column, v, "expected an amount (decimal, scale 2 at most)");
        }
        try {
            return Money.of((BigDecimal) v);
        } catch (InvalidInputException e) {
            throw error(column, v, e.problem().orElse("is not an amount"));
        }
    }

    @Nullable LocalTime time(String column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        try {
            return LocalTime.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw error(column, v, "expected a time of day HH:mm or HH:mm:ss");
        }
    }

    /** Half-open periods {@code start/end} separated by commas, an open end left empty. */
    List<DateRange> periods(String column) {
        String v = text(column);
        if (v == null) {
            return List.of();
        }
        List<DateRange> periods = new ArrayList<>();
        for (String part : v.split(",", -1)) {
            periods.add(period(column, part.strip()));
        }
        return periods;
    }

    private DateRange period(String column, String text) {
        int slash = text.indexOf('/');
        String expected = "expected periods 'start/end' (end excluded, empty if open) separated by ','";
        if (slash < 0) {
            throw error(column, text, expected);
        }
        try {
            LocalDate start = LocalDate.parse(text.substring(0, slash).strip());
            String end = text.substring(slash + 1).strip();
            return DateRange.of(start, end.isEmpty() ? LocalDate.MAX : LocalDate.parse(end));
        } catch (DateTimeParseException e) {
            throw error(column, text, expected);
        } catch (InvalidInputException e) {
            throw error(column, text, "has an end before its start");
        }
    }

    static String formatPeriods(List<DateRange> periods) {
        return periods.stream().map(p -> p.start() + "/" + (p.isUnbounded() ? "" : p.end().toString()))
                .collect(Collectors.joining(","));
    }
}
