package io.github.inamirules.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Money;
import io.github.inamirules.testprofession.DieteticsFiction;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TestAssessment {
    private static final LocalDate DATE_2025_03_10 = LocalDate.of(2025, 3, 10);

    private static Decision.Builder decision(String sessionId, Outcome outcome) {
        return Decision.builder().sessionId(sessionId).date(DATE_2025_03_10).profession(DieteticsFiction.PROFESSION)
                .episodeId("menu").outcome(outcome);
    }

    private static Decision priced(String sessionId, String fee, String insurance, String share, String supplement) {
        return decision(sessionId, Outcome.REIMBURSED).fee(Money.parse(fee)).insurance(Money.parse(insurance))
                .patientShare(Money.parse(share)).supplement(Money.parse(supplement)).build();
    }

    private static Decision unpriced(String sessionId) {
        return decision(sessionId, Outcome.REIMBURSED).patientShare(Money.parse("5.00"))
                .addMissing(Missing.builder().item("TARIFF").impact(Missing.Impact.AMOUNT).date(DATE_2025_03_10).build())
                .build();
    }

    private static Decision refused(String sessionId) {
        return decision(sessionId, Outcome.REFUSED).refusalCode(RefusalCode.PREREQUISITE_NOT_MET).insurance(Money.ZERO)
                .build();
    }

    private static Decision insufficient(String sessionId) {
        return decision(sessionId, Outcome.INSUFFICIENT_DATA).patientShare(Money.parse("5.00"))
                .addMissing(Missing.builder().item("PARAMETER").impact(Missing.Impact.COVERAGE).date(DATE_2025_03_10)
                        .build())
                .build();
    }

    private static Assessment assessment() {
        return Assessment.builder().addDecisions(priced("s-1", "25.00", "20.00", "5.00", "0.00"),
                unpriced("s-2"), refused("s-3"), priced("s-4", "40.00", "36.00", "4.00", "2.50"), insufficient("s-5"))
                .addEntitlements(Entitlement.builder().counter("DIET_SESSIONS").episodeId("menu")
                        .period(DateRange.ofYear(2025)).used(3).limit(3).build())
                .addEntitlements(Entitlement.builder().counter("DIET_SESSIONS").episodeId("clinic")
                        .period(DateRange.ofYear(2025)).used(1).build())
                .build();
    }

    @Test
    void countUnpriced_countsReimbursedSessionsWithoutEveryAmount() {
        assertThat(assessment().countUnpriced()).isEqualTo(1);
    }

    @Test
    void totals_skipUnpricedRefusedAndUndecidedSessions() {
        Assessment a = assessment();

        assertThat(a.totalFee()).isEqualTo(Money.parse("65.00"));
        assertThat(a.totalInsurance()).isEqualTo(Money.parse("56.00"));
        assertThat(a.totalPatientShare()).isEqualTo(Money.parse("9.00"));
        assertThat(a.totalSupplement()).isEqualTo(Money.parse("2.50"));
        assertThat(a.totalFee()).isEqualTo(a.totalInsurance().plus(a.totalPatientShare()));
    }

    @Test
    void emptyAssessment_hasZeroTotals() {
        Assessment none = Assessment.builder().build();

        assertThat(none.totalFee()).isEqualTo(Money.ZERO);
        assertThat(none.countUnpriced()).isZero();
        assertThat(none.count(Outcome.REIMBURSED)).isZero();
    }

    @Test
    void count_byOutcome() {
        Assessment a = assessment();

        assertThat(a.count(Outcome.REIMBURSED)).isEqualTo(3);
        assertThat(a.count(Outcome.REFUSED)).isEqualTo(1);
        assertThat(a.count(Outcome.INSUFFICIENT_DATA)).isEqualTo(1);
    }

    @Test
    void decision_bySessionId() {
        Assessment a = assessment();

        assertThat(a.decision("s-3").outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(a.decisions()).extracting(Decision::sessionId).containsExactly("s-1", "s-2", "s-3", "s-4", "s-5");
        assertThatThrownBy(() -> a.decision("s-9"))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("sessionId = s-9: is not in the assessment");
    }

    @Test
    void entitlementsOf_oneEpisode() {
        assertThat(assessment().entitlementsOf("clinic")).singleElement()
                .satisfies(e -> assertThat(e.used()).isEqualTo(1));
        assertThat(assessment().entitlementsOf("ghost")).isEmpty();
    }
}
