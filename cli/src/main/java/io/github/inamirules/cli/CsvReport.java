package io.github.inamirules.cli;

import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Reason;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints assessments as CSV (RFC 4180): a header row, then one row per session of every scenario.
 * Records end with CRLF; a field is quoted when it holds a comma, a double quote (doubled) or a line
 * break. An absent value is an empty field.
 *
 * <p>The columns, in this order, are {@code file} (relative to the folder given, or the file's name),
 * {@code scenario}, {@code patientId}, then the JSON report's decision fields with the same names, then
 * the lists flattened: {@code reasonCodes} (codes separated by spaces), {@code reasons}
 * ({@code CODE (rule id): message}, separated by {@code " | "}), {@code missing} (separated by
 * {@code " | "}), {@code tariffStatus}. The header row gives each column's label in the {@code --lang}
 * language ({@link #LOCALISED}, for spreadsheets), or, with {@code --machine}, these identifiers
 * themselves whatever the language ({@link #MACHINE}, for programs: they change only with the JSON
 * schema's version). Values are the same in both: amounts plain decimals ({@code 30.80}), texts in the
 * chosen language.
 */
final class CsvReport implements AssessmentReport {
    /** Headers in the chosen language. */
    static final CsvReport LOCALISED = new CsvReport(false);
    /** Headers that are the stable column identifiers. */
    static final CsvReport MACHINE = new CsvReport(true);

    private static final String CRLF = "\r\n";
    /** The decision fields taken as they are from the JSON report. */
    private static final List<String> SCALARS = List.of("sessionId", "date", "profession", "episodeId", "outcome",
            "band", "bandLabel", "rank", "nomenclatureCode", "fee", "insurance", "patientShare", "supplement",
            "patientTotal", "refusalCode", "usedUpBy");

    private final boolean machine;

    private CsvReport(boolean machine) {
        this.machine = machine;
    }

    /** Returns the column identifiers, in order: the {@code --machine} header row. */
    static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("file", "scenario", "patientId"));
        columns.addAll(SCALARS);
        columns.addAll(List.of("reasonCodes", "reasons", "missing", "tariffStatus"));
        return columns;
    }

    @Override
    public void print(List<AssessedScenario> scenarios, Locale locale, PrintWriter out) {
        List<String> header = columns();
        out.print(record(machine ? header : header.stream().map(c -> CliTexts.text("csv." + c, locale)).toList()));
        for (AssessedScenario s : scenarios) {
            for (Decision d : s.assessment().decisions()) {
                out.print(record(row(s, d, locale)));
            }
        }
        out.flush();
    }

    private static List<String> row(AssessedScenario s, Decision d, Locale locale) {
        Map<String, Object> fields = JsonReport.decision(d, locale);
        List<String> row = new ArrayList<>(List.of(s.file().orElse(""), s.name(), s.patientId()));
        for (String name : SCALARS) {
            Object value = fields.get(name);
            row.add(value == null ? "" : value.toString());
        }
        row.add(d.reasons().stream().map(Reason::code).collect(Collectors.joining(" ")));
        row.add(d.reasons().stream().map(r -> DecisionText.reason(r, locale)).collect(Collectors.joining(" | ")));
        row.add(d.missing().stream().map(m -> m.message(locale)).collect(Collectors.joining(" | ")));
        row.add(d.tariffProvenance().map(p -> p.status().name()).orElse(""));
        return row;
    }

    /** One CSV record with its CRLF. */
    static String record(List<String> fields) {
        return fields.stream().map(CsvReport::field).collect(Collectors.joining(",")) + CRLF;
    }

    private static String field(String raw) {
        String value = SafeText.csvCell(raw);
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
