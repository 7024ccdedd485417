package io.github.inamirules.cli;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Entitlement;
import io.github.inamirules.assessment.Missing;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.Reason;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints assessments as text tables for people: for each scenario, its name, one row per session
 * (session, date, band label with rank, code, fee, insurance, patient share, supplement, outcome,
 * refusal code) followed by the session's reasons in the chosen language, what was missing and which
 * session used an entitlement up; then the counters and the totals. Column widths follow the content.
 * Every word is in the chosen language (the table's own words from the CLI's bundles, the rest from
 * the professions'), so a French table holds no English sentence; amounts in the columns stay plain
 * decimals, which line up.
 */
final class TableReport implements AssessmentReport {
    private static final List<String> COLUMNS = List.of("session", "date", "band", "code", "fee", "insurance",
            "patient", "supplement", "outcome", "refusal");
    /** Amount columns are aligned on the right, so the decimal points line up. */
    private static final List<Boolean> RIGHT = List.of(false, false, false, false, true, true, true, true, false,
            false);
    private static final String DETAIL = "    ";

    @Override
    public void print(List<AssessedScenario> scenarios, Locale locale, PrintWriter target) {
        PrintWriter out = SafeText.writer(target);
        for (int i = 0; i < scenarios.size(); i++) {
            if (i > 0) {
                out.println();
            }
            scenario(scenarios.get(i), locale, out);
        }
        out.flush();
    }

    private static void scenario(AssessedScenario s, Locale locale, PrintWriter out) {
        out.println(s.name() + s.file().map(f -> "  (" + f + ")").orElse(""));
        out.println();
        Assessment a = s.assessment();
        List<List<String>> rows = new ArrayList<>();
        for (Decision d : a.decisions()) {
            rows.add(row(d, locale));
        }
        List<String> header = COLUMNS.stream().map(c -> text("col." + c, locale)).toList();
        TextColumns columns = new TextColumns(header, RIGHT, rows);
        out.println(columns.line(header));
        for (int i = 0; i < rows.size(); i++) {
            out.println(columns.line(rows.get(i)));
            details(a.decisions().get(i), locale, out);
        }
        out.println();
        counters(a, locale, out);
        totals(a, locale, out);
    }

    private static List<String> row(Decision d, Locale locale) {
        return List.of(d.sessionId(), d.date().toString(), DecisionText.band(d, locale),
                d.nomenclatureCode().orElse("-"), DecisionText.amount(d, d.fee()),
                DecisionText.amount(d, d.insurance()), DecisionText.amount(d, d.patientShare()),
                d.supplement().toString(), text("outcome." + d.outcome().name(), locale),
                d.refusalCode().map(c -> c.code()).orElse(""));
    }

    private static void details(Decision d, Locale locale, PrintWriter out) {
        for (Reason r : d.reasons()) {
            out.println(DETAIL + DecisionText.reason(r, locale));
        }
        d.usedUpBy().ifPresent(id -> out.println(DETAIL + text("detail.usedUpBy", locale, "session", id)));
        for (Missing m : d.missing()) {
            out.println(DETAIL + text("detail.missing", locale, "item", m.message(locale)));
        }
    }

    private static void counters(Assessment a, Locale locale, PrintWriter out) {
        if (a.entitlements().isEmpty()) {
            return;
        }
        out.println(text("counters.title", locale));
        List<List<String>> rows = new ArrayList<>();
        for (Entitlement e : a.entitlements()) {
            String used = e.limit().map(l -> text("counters.usedOf", locale, "used", e.used(), "limit", l,
                    "remaining", e.remaining().orElseThrow())).orElse(text("counters.used", locale, "used", e.used()));
            rows.add(List.of(e.counter(), e.episodeId().orElse(text("counters.all", locale)), e.period().toString(),
                    used));
        }
        List<String> header = List.of("counter", "episode", "period", "");
        TextColumns columns = new TextColumns(header, List.of(false, false, false, false), rows);
        for (List<String> row : rows) {
            out.println("  " + columns.line(row));
        }
        out.println();
    }

    private static void totals(Assessment a, Locale locale, PrintWriter out) {
        out.println(text("totals.sessions", locale, "count", a.decisions().size(),
                "reimbursed", a.count(Outcome.REIMBURSED), "refused", a.count(Outcome.REFUSED),
                "insufficient", a.count(Outcome.INSUFFICIENT_DATA))
                + (a.countUnpriced() == 0 ? "" : text("totals.unpriced", locale, "unpriced", a.countUnpriced())));
        out.println(text("totals.amounts", locale, "fee", a.totalFee(), "insurance", a.totalInsurance(),
                "patientShare", a.totalPatientShare(), "supplement", a.totalSupplement(),
                "patientPays", a.totalPatientShare().plus(a.totalSupplement())));
    }

    private static String text(String key, Locale locale, Object... values) {
        return CliTexts.text(key, locale, values);
    }
}
