package io.github.inamirules.report;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.model.Money;
import java.util.List;

/**
 * The totals of one year, as {@link Assessment} counts and sums them: the year's decisions are put in
 * an assessment of their own, so the page's totals are the library's (priced reimbursed sessions only,
 * the unpriced ones counted apart), never a second summing rule. Each figure is one table row whose
 * value cell carries {@code data-total} and, for an amount, {@code data-amount} as a plain decimal.
 */
final class YearTotals {
    private final Assessment year;
    private final PageText text;

    YearTotals(List<Decision> sessions, PageText text) {
        this.year = Assessment.builder().addAllDecisions(sessions).build();
        this.text = text;
    }

    void write(Markup m) {
        m.open("section", "class", "totals").element("h2", text.get("section.totals"));
        m.open("table", "class", "totals").open("tbody").newline();
        count(m, "sessions", year.decisions().size());
        count(m, "reimbursed", year.count(Outcome.REIMBURSED));
        count(m, "refused", year.count(Outcome.REFUSED));
        count(m, "insufficientData", year.count(Outcome.INSUFFICIENT_DATA));
        count(m, "unpriced", year.countUnpriced());
        amount(m, "fee", year.totalFee());
        amount(m, "insurance", year.totalInsurance());
        amount(m, "patientShare", year.totalPatientShare());
        amount(m, "supplement", year.totalSupplement());
        amount(m, "patientPays", year.totalPatientShare().plus(year.totalSupplement()));
        m.close("tbody").close("table").close("section").newline();
    }

    private void count(Markup m, String name, long value) {
        m.open("tr").element("th", text.get("totals." + name), "scope", "row")
                .element("td", Long.toString(value), "data-total", name).close("tr").newline();
    }

    private void amount(Markup m, String name, Money value) {
        m.open("tr").element("th", text.get("totals." + name), "scope", "row")
                .element("td", text.money(value), "class", "amount", "data-total", name,
                        "data-amount", value.toString())
                .close("tr").newline();
    }
}
