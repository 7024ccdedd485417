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
 * break. The columns are the JSON report's decision fields with the same names, preceded by
 * {@code file} and {@code scenario}; lists are flattened: {@code reasonCodes} (codes separated by
 * spaces), {@code reasons} ({@code CODE (rule id): message}, separated by {@code " | "}),
 * {@code missing} (separated by {@code " | "}), {@code tariffStatus}. An absent value is an empty field.
 */
final class CsvReport implements AssessmentReport {
    private static final String CRLF = "\r\n";
    private static final List<String> SCALARS = List.of("sessionId", "date", "profession", "episodeId", "outcome",
            "band", "bandLabel", "rank", "nomenclatureCode", "fee", "insurance", "patientShare", "supplement",
            "patientTotal", "refusalCode", "usedUpBy");

    @Override
    public void print(List<AssessedScenario> scenarios, Locale locale, PrintWriter out) {
        List<String> header = new ArrayList<>(List.of("file", "scenario"));
        header.addAll(SCALARS);
        header.addAll(List.of("reasonCodes", "reasons", "missing", "tariffStatus"));
        out.print(record(header));
        for (AssessedScenario s : scenarios) {
            for (Decision d : s.assessment().decisions()) {
                out.print(record(row(s, d, locale)));
            }
        }
        out.flush();
    }

    private static List<String> row(AssessedScenario s, Decision d, Locale locale) {
        Map<String, Object> fields = JsonReport.decision(d, locale);
        List<String> row = new ArrayList<>(List.of(s.file().orElse(""), s.name()));
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
