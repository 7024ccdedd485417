package io.github.inamirules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Outcome;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class TestYearReport {
    private static Assessment year;
    private static PageDom page;

    @BeforeAll
    static void drawTheYear() {
        year = Histories.physiotherapyYear();
        page = PageDom.parse(YearReport.of(year, Locale.ENGLISH).withTitle("Low back & knee").html(2025));
    }

    @Test
    void theAssessmentHasWhatThePageMustShow() {
        assertThat(year.count(Outcome.REFUSED)).isEqualTo(8);
        assertThat(year.countUnpriced()).isEqualTo(Histories.KNEE_SESSIONS);
        assertThat(year.totalSupplement().toString()).isEqualTo("27.60");
    }

    @Test
    void oneBarPerSessionInTheOrderOfTheirDates() {
        List<Element> bars = page.all("//svg//g[contains(concat(' ', @class, ' '), ' bar ')]");

        assertThat(bars).hasSize(Histories.BACK_SESSIONS + Histories.KNEE_SESSIONS);
        assertThat(bars).extracting(b -> b.getAttribute("data-session"))
                .containsExactlyElementsOf(year.decisions().stream().sorted(Comparator.comparing(Decision::date))
                        .map(Decision::sessionId).toList());
        assertThat(bars).allSatisfy(b -> assertThat(b.getElementsByTagName("title").getLength()).isEqualTo(1));
    }

    @Test
    void barsStackInsurancePatientShareAndSupplement() {
        Element third = page.one("//g[@data-session='back-3']");
        assertThat(third.getAttribute("class")).isEqualTo("bar priced");
        assertThat(page.all("//g[@data-session='back-3']/rect/@class/..")).extracting(r -> r.getAttribute("class"))
                .containsExactly("insurance", "patient-share");
        assertThat(page.all("//g[@data-session='back-10']/rect")).extracting(r -> r.getAttribute("class"))
                .containsExactly("insurance", "patient-share", "supplement");
        Decision d = year.decision("back-3");
        assertThat(page.one("//g[@data-session='back-3']/title").getTextContent())
                .isEqualTo("back-3, 2025-01-13: reimbursed \u2013 insurance \u20ac" + d.insurance().orElseThrow()
                        + ", patient share \u20ac" + d.patientShare().orElseThrow() + ", supplement \u20ac0.00");
    }

    @Test
    void refusedAndUnpricedSessionsAreMarked() {
        assertThat(page.all("//g[@class='bar refused']")).hasSize(8)
                .allSatisfy(b -> assertThat(b.getElementsByTagName("rect").item(0).getAttributes()
                        .getNamedItem("class").getNodeValue()).isEqualTo("marker refused"));
        assertThat(page.one("//g[@data-session='back-73']").getAttribute("class")).isEqualTo("bar refused");
        assertThat(page.one("//g[@data-session='back-73']/title").getTextContent())
                .isEqualTo("back-73, 2025-09-15: refused 002 maximum reached");
        assertThat(page.all("//g[@class='bar unpriced']")).extracting(b -> b.getAttribute("data-session"))
                .containsExactly("knee-1", "knee-2", "knee-3");
        assertThat(page.all("//g[@class='bar unpriced']/rect[@class='marker unpriced']")).hasSize(3);
    }

    @Test
    void theBackgroundFollowsTheBands() {
        List<Element> runs = page.all("//g[@class='bands']/rect");

        // The Fa knee's Tuesdays fall between the back's Mondays and Thursdays; refused sessions have no band.
        assertThat(runs).extracting(r -> r.getAttribute("data-band")).containsExactly("PHYSIO_COURANTE_1_9",
                "PHYSIO_COURANTE_10_18", "PHYSIO_DEPASSEMENT", "PHYSIO_FA_1_20", "PHYSIO_DEPASSEMENT", "",
                "PHYSIO_FA_1_20", "", "PHYSIO_FA_1_20", "");
        assertThat(runs).extracting(r -> r.getAttribute("class")).startsWith("band-bg band-0", "band-bg band-1",
                "band-bg band-2", "band-bg band-3", "band-bg band-2", "band-bg band-none");
        assertThat(page.all("//figcaption[@class='legend']/span[@class='item']")).extracting(Element::getTextContent)
                .contains("Insurance", "Patient share", "Supplement", "Refused", "Amount unknown",
                        "courante, sessions 1-9", "courante, dépassement");
    }

    @Test
    void countersAreGaugesOfTheirUse() {
        List<Element> gauges = page.all("//figure[contains(@class, 'gauge')]");

        assertThat(gauges).hasSize(year.entitlements().size());
        Element depassement = page.one("//figure[@data-counter='PHYSIO_DEPASSEMENT']");
        assertThat(depassement.getAttribute("class")).isEqualTo("gauge full");
        assertThat(depassement.getAttribute("data-used")).isEqualTo("54");
        assertThat(depassement.getTextContent()).contains("54/54", "54 of 54 used, 0 left", "all episodes",
                "2025-01-01 to 2025-12-31");
        assertThat(page.all("//figure[@data-counter='PHYSIO_DEPASSEMENT']//path[@class='fill']"))
                .singleElement().satisfies(p -> assertThat(p.getAttribute("stroke-dasharray")).isEqualTo("100 100"));
    }

    @Test
    void totalsAreTheAssessments() {
        assertThat(total("sessions")).isEqualTo("83");
        assertThat(total("refused")).isEqualTo("8");
        assertThat(total("unpriced")).isEqualTo("3");
        assertThat(amount("insurance")).isEqualTo(year.totalInsurance().toString());
        assertThat(amount("patientShare")).isEqualTo(year.totalPatientShare().toString());
        assertThat(amount("supplement")).isEqualTo(year.totalSupplement().toString());
        assertThat(amount("fee")).isEqualTo(year.totalFee().toString());
        assertThat(amount("patientPays")).isEqualTo(year.totalPatientShare().plus(year.totalSupplement()).toString());
        assertThat(page.one("//td[@data-total='insurance']").getTextContent()).isEqualTo("\u20ac"
                + year.totalInsurance());
    }

    @Test
    void theTableHasEverySessionWithItsReasonsOnDemand() {
        assertThat(page.all("//table[@class='sessions']/tbody/tr")).hasSize(83);
        Element refused = page.one("//tr[@data-session='back-73']");
        assertThat(refused.getAttribute("class")).isEqualTo("session refused");
        Element details = page.one("//tr[@data-session='back-73']//details");
        assertThat(details.getElementsByTagName("summary").item(0).getTextContent()).startsWith("Reasons (");
        assertThat(page.all("//tr[@data-session='back-73']//li[@data-code='PHYSIO_DEPASSEMENT_CAP_REACHED']"))
                .singleElement().satisfies(li -> assertThat(li.getTextContent()).contains("(P-22)"));
        assertThat(page.one("//tr[@data-session='back-73']//li[@class='used-up-by']").getTextContent())
                .isEqualTo("Used up by session back-72.");
        assertThat(page.all("//tr[@data-session='back-73']//a")).allSatisfy(a -> assertThat(a.getAttribute("href"))
                .startsWith("http"));
        assertThat(page.one("//tr[@data-session='knee-1']//li[@class='missing']").getTextContent())
                .startsWith("Missing: nomenclature code");
        assertThat(page.all("//tr[@data-session='knee-1']/td[@class='amount']")).extracting(Element::getTextContent)
                .containsExactly("?", "?", "\u20ac" + year.decision("knee-1").patientShare().orElseThrow(),
                        "\u20ac0.00");
    }

    @Test
    void aPageIsSelfContainedAndRunsNothing() {
        assertThat(page.all("//script")).isEmpty();
        assertThat(page.all("//link")).isEmpty();
        assertThat(page.all("//img")).isEmpty();
        assertThat(page.attributeNames()).noneMatch(n -> n.startsWith("on")).doesNotContain("src");
        assertThat(page.one("//meta[@http-equiv='Content-Security-Policy']").getAttribute("content"))
                .startsWith("default-src 'none';");
        assertThat(page.one("/html").getAttribute("lang")).isEqualTo("en");
        assertThat(page.one("//style").getTextContent()).contains(".gauge");
        assertThat(page.one("/html/head/title").getTextContent()).isEqualTo("Low back & knee \u2013 Year 2025");
    }

    @Test
    void noPatientIdIsPrinted() {
        String html = YearReport.of(year, Locale.ENGLISH).html(2025);

        assertThat(html).doesNotContain("patient-secret-42");
    }

    @Test
    void theSameAssessmentGivesTheSamePage() {
        assertThat(YearReport.of(year, Locale.FRENCH).html(2025)).isEqualTo(YearReport.of(year, Locale.FRENCH)
                .html(2025));
        assertThat(YearReport.of(year, Locale.FRENCH)).isEqualTo(YearReport.of(year, Locale.FRANCE));
    }

    @Test
    void onePagePerYearOfSessions() {
        YearReport report = YearReport.of(Histories.hostile(), Locale.ENGLISH);

        assertThat(report.years()).containsExactly(2025, 2026);
        assertThat(report.pages()).extracting(YearPage::year).containsExactly(2025, 2026);
        PageDom later = PageDom.parse(report.pages().get(1).html());
        assertThat(later.all("//g[contains(concat(' ', @class, ' '), ' bar ')]"))
                .extracting(b -> b.getAttribute("data-session"))
                .containsExactly("undecided-1");
        assertThat(later.all("//figure[contains(@class, 'gauge')]")).as("the counter's period is 2025").isEmpty();
        assertThat(later.one("//td[@data-total='insufficientData']").getTextContent()).isEqualTo("1");
    }

    @Test
    void aYearWithoutSessionsIsAnError() {
        assertThatThrownBy(() -> YearReport.of(year, Locale.ENGLISH).html(2024))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("year").hasMessageContaining("[2025]");
        assertThatThrownBy(() -> YearReport.of(null, Locale.ENGLISH)).isInstanceOf(NullValueException.class);
        assertThatThrownBy(() -> YearReport.of(year, null)).isInstanceOf(NullValueException.class);
        assertThatThrownBy(() -> YearReport.of(year, Locale.ENGLISH).withTitle(null))
                .isInstanceOf(NullValueException.class);
    }

    private static String total(String name) {
        return page.one("//td[@data-total='" + name + "']").getTextContent();
    }

    private static String amount(String name) {
        return page.one("//td[@data-total='" + name + "']").getAttribute("data-amount");
    }
}
