package io.github.inamirules.testkit;

import static io.github.inamirules.testkit.InamiAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.Approval;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Patient;
import io.github.inamirules.model.Practitioner;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.model.Session;
import io.github.inamirules.physiotherapy.Physiotherapy;
import io.github.inamirules.physiotherapy.Situation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * {@link AssessmentAssert} on a real assessment: twenty courante sessions of "back" (18 at the normal
 * reimbursement, 2 dépassement), one of a second courante pathology "neck" without approval (refused),
 * one Fa session of "knee" (no published fee: insufficient data).
 */
class TestAssessmentAssert {
    private static final LocalDate DATE_2025_03_01 = LocalDate.of(2025, 3, 1);
    private static final Assessment ASSESSMENT = ReimbursementEngine.loadInstalled().assess(history());

    private static CareHistory history() {
        var b = CareHistory.builder().patient(Patient.builder().id("patient").build())
                .addPractitioners(Practitioner.builder().id("kine").profession(Physiotherapy.PROFESSION)
                        .addConventionPeriods(DateRange.startingFrom(LocalDate.of(2025, 2, 1))).build());
        for (String id : new String[] {"back", "neck", "knee"}) {
            b.addEpisodes(Physiotherapy.episode(id, id.equals("knee") ? Situation.FA : Situation.COURANTE));
            b.addPrescriptions(Prescription.builder().id("rx-" + id).episodeId(id).date(DATE_2025_03_01).build());
        }
        b.addApprovals(Approval.builder().id("fa").episodeId("knee").kind(Physiotherapy.FA_NOTIFICATION)
                .period(DateRange.startingFrom(DATE_2025_03_01)).build());
        for (int i = 0; i < 20; i++) {
            b.addSessions(session("back-" + (i + 1), "back", DATE_2025_03_01.plusDays(i)));
        }
        b.addSessions(session("neck-1", "neck", LocalDate.of(2025, 3, 25)));
        b.addSessions(session("knee-1", "knee", LocalDate.of(2025, 3, 26)));
        return b.build();
    }

    private static Session session(String id, String pathology, LocalDate date) {
        return Session.builder().id(id).date(date).practitionerId("kine").episodeId(pathology)
                .prescriptionId("rx-" + pathology).build();
    }

    @Test
    void passesWhatHolds() {
        // knee-1 (Fa, no known code or fee) is reimbursed and unpriced: it is left out of the totals.
        assertThat(ASSESSMENT).hasDecisionCount(22).hasCount(Outcome.REIMBURSED, 21).hasCount(Outcome.REFUSED, 1)
                .hasCount(Outcome.INSUFFICIENT_DATA, 0).hasUnpricedCount(1).hasTotalFee("616.00").hasTotalInsurance("451.64")
                .hasTotalPatientShare("164.36").hasTotalSupplement("0").hasEntitlement("PHYSIO_COURANTE", "back", 18)
                .hasEntitlement("PHYSIO_COURANTE_BEYOND_18", "back", 2);
    }

    @Test
    void decision_givesTheDecisionsAssertions() {
        assertThat(ASSESSMENT).decision("back-19").isReimbursed().hasBand("PHYSIO_DEPASSEMENT").hasRank(19);
        assertThat(ASSESSMENT).decision("neck-1").isRefused().hasRefusalCode("005");
        assertThatThrownBy(() -> assertThat(ASSESSMENT).decision("back-19").hasInsurance("24.55"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("session back-19, insurance: expected 24.55, actual 4.87");
    }

    @Test
    void unknownSession_listsTheSessions() {
        assertThatThrownBy(() -> assertThat(ASSESSMENT).decision("back-21"))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("session back-21: expected a decision, actual none; sessions: [back-1, back-2,")
                .hasMessageEndingWith("back-20, neck-1, knee-1]");
    }

    @Test
    void entitlements() {
        assertThat(ASSESSMENT).entitlement("PHYSIO_COURANTE", "back").hasUsed(18).hasLimit(18).hasRemaining(0)
                .hasPeriod(DateRange.ofYear(2025));
        assertThat(ASSESSMENT).entitlement("PHYSIO_DEPASSEMENT").hasUsed(2).hasLimit(54).hasRemaining(52);
    }

    @Test
    void wrongCountsAndTotals_nameTheField() {
        assertThatThrownBy(() -> assertThat(ASSESSMENT).hasDecisionCount(21))
                .isInstanceOf(AssertionFailedError.class).hasMessage("assessment, decisions: expected 21, actual 22");
        assertThatThrownBy(() -> assertThat(ASSESSMENT).hasCount(Outcome.INSUFFICIENT_DATA, 1))
                .hasMessage("totals, insufficient_data: expected 1, actual 0");
        assertThatThrownBy(() -> assertThat(ASSESSMENT).hasUnpricedCount(0))
                .hasMessage("totals, unpriced: expected 0, actual 1");
        assertThatThrownBy(() -> assertThat(ASSESSMENT).hasTotalInsurance("451.6"))
                .hasMessage("totals, insurance: expected 451.60, actual 451.64");
        assertThatThrownBy(() -> assertThat(ASSESSMENT).hasTotalFee("1"))
                .hasMessage("totals, fee: expected 1.00, actual 616.00");
        assertThatThrownBy(() -> assertThat(ASSESSMENT).hasTotalPatientShare("1"))
                .hasMessage("totals, patient_share: expected 1.00, actual 164.36");
        assertThatThrownBy(() -> assertThat(ASSESSMENT).hasTotalSupplement("1"))
                .hasMessage("totals, supplement: expected 1.00, actual 0.00");
    }

    @Test
    void wrongEntitlement_namesTheCounter() {
        assertThatThrownBy(() -> assertThat(ASSESSMENT).hasEntitlement("PHYSIO_COURANTE", "back", 20))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("entitlement PHYSIO_COURANTE of back from 2025-01-01, used: expected 20, actual 18");
    }

    @Test
    void missingCounter_listsTheCounters() {
        assertThatThrownBy(() -> assertThat(ASSESSMENT).entitlement("PHYSIO_COURANTE", "elbow"))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("entitlement PHYSIO_COURANTE of elbow: expected one counter, actual 0; "
                        + "counters: [")
                .hasMessageContaining("entitlement PHYSIO_COURANTE of back from 2025-01-01");
        assertThatThrownBy(() -> assertThat(ASSESSMENT).entitlement("PHYSIO_COURANTE"))
                .hasMessageStartingWith("entitlement PHYSIO_COURANTE: expected one counter, actual 0");
    }

    @Test
    void nullAssessment_fails() {
        assertThatThrownBy(() -> assertThat((Assessment) null).hasDecisionCount(0))
                .hasMessageContaining("Expecting actual not to be null");
    }
}
