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
 */
final class TableReport implements AssessmentReport {
    private static final List<String> HEADER = List.of("session", "date", "band (rank)", "code", "fee", "insurance",
            "patient", "suppl.", "outcome", "refusal");
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
        TextColumns columns = new TextColumns(HEADER, RIGHT, rows);
        out.println(columns.line(HEADER));
        for (int i = 0; i < rows.size(); i++) {
            out.println(columns.line(rows.get(i)));
            details(a.decisions().get(i), locale, out);
        }
        out.println();
        counters(a, out);
        totals(a, out);
    }

    private static List<String> row(Decision d, Locale locale) {
        return List.of(d.sessionId(), d.date().toString(), DecisionText.band(d, locale),
                d.nomenclatureCode().orElse("-"), DecisionText.amount(d, d.fee()),
                DecisionText.amount(d, d.insurance()), DecisionText.amount(d, d.patientShare()),
                d.supplement().toString(), d.outcome().toString(), d.refusalCode().map(c -> c.code()).orElse(""));
    }

    private static void details(Decision d, Locale locale, PrintWriter out) {
        for (Reason r : d.reasons()) {
            out.println(DETAIL + DecisionText.reason(r, locale));
        }
        d.usedUpBy().ifPresent(id -> out.println(DETAIL + "used up by session " + id));
        for (Missing m : d.missing()) {
            out.println(DETAIL + "missing: " + m.message(locale));
        }
    }

    private static void counters(Assessment a, PrintWriter out) {
        if (a.entitlements().isEmpty()) {
            return;
        }
        out.println("counters after the last session:");
        List<List<String>> rows = new ArrayList<>();
        for (Entitlement e : a.entitlements()) {
            rows.add(List.of(e.counter(), e.episodeId().orElse("(all)"), e.period().toString(),
                    "used " + e.used() + e.limit().map(l -> " of " + l + ", remaining " + e.remaining().orElseThrow())
                            .orElse("")));
        }
        List<String> header = List.of("counter", "episode", "period", "");
        TextColumns columns = new TextColumns(header, List.of(false, false, false, false), rows);
        for (List<String> row : rows) {
            out.println("  " + columns.line(row));
        }
        out.println();
    }

    private static void totals(Assessment a, PrintWriter out) {
        out.println("sessions: " + a.decisions().size() + "; " + a.count(Outcome.REIMBURSED) + " reimbursed, "
                + a.count(Outcome.REFUSED) + " refused, " + a.count(Outcome.INSUFFICIENT_DATA) + " insufficient data"
                + (a.countUnpriced() == 0 ? "" : "; " + a.countUnpriced() + " reimbursed but unpriced (an amount no "
                        + "source gives), left out of the totals below"));
        out.println("priced reimbursed sessions: fee " + a.totalFee() + " = insurance " + a.totalInsurance()
                + " + patient share " + a.totalPatientShare() + "; supplements " + a.totalSupplement()
                + "; the patient pays " + a.totalPatientShare().plus(a.totalSupplement()));
    }
}
