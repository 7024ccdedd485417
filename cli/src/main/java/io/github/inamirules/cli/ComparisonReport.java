package io.github.inamirules.cli;

import io.github.inamirules.assessment.Comparison;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prints a {@link Comparison}: every session's decision with the installed rates and with the overlay,
 * side by side, a {@code *} marking the sessions that differ, then the changed fields of each.
 */
final class ComparisonReport {
    private static final List<String> HEADER = List.of("", "session", "outcome", "code", "fee", "insurance",
            "patient", "outcome'", "code'", "fee'", "insurance'", "patient'");

    private ComparisonReport() {
    }

    static void print(String title, Comparison comparison, Path overlay, PrintWriter target) {
        PrintWriter out = SafeText.writer(target);
        out.println(title);
        out.println("compared: the installed rates, and the same with overlay " + overlay
                + " (columns marked ')");
        out.println();
        List<List<String>> rows = new ArrayList<>();
        for (Comparison.Row r : comparison.rows()) {
            List<String> row = new ArrayList<>();
            row.add(r.differs() ? "*" : "");
            row.add(r.sessionId());
            for (var d : List.of(r.before(), r.after())) {
                row.add(d.outcome().name());
                row.add(d.nomenclatureCode().orElse("-"));
                row.add(d.fee().map(Object::toString).orElse("-"));
                row.add(d.insurance().map(Object::toString).orElse("-"));
                row.add(d.patientShare().map(Object::toString).orElse("-"));
            }
            rows.add(row);
        }
        List<Boolean> right = List.of(false, false, false, false, true, true, true, false, false, true, true, true);
        TextColumns columns = new TextColumns(HEADER, right, rows);
        out.println(columns.line(HEADER));
        rows.forEach(r -> out.println(columns.line(r)));
        out.println();
        out.println(comparison.differences().size() + " of " + comparison.rows().size() + " sessions differ");
        for (Comparison.Row r : comparison.differences()) {
            StringBuilder b = new StringBuilder("  ").append(r.sessionId()).append(':');
            for (Map.Entry<String, List<String>> c : r.changed().entrySet()) {
                b.append(' ').append(c.getKey()).append(' ').append(c.getValue().get(0)).append(" -> ")
                        .append(c.getValue().get(1)).append(';');
            }
            out.println(b);
        }
        out.flush();
    }
}
