package io.github.inamirules.physio;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Band;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.assessment.ReimbursementEngine;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.ImmutableCareHistory;
import io.github.inamirules.model.ImmutableSession;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Pathology;
import io.github.inamirules.model.Patient;
import io.github.inamirules.model.Place;
import io.github.inamirules.model.Practitioner;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.model.Profession;
import io.github.inamirules.model.Session;
import io.github.inamirules.model.Situation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The physiotherapy rule set over the 2025 parameters, through the engine. */
class TestPhysiotherapyRuleSet {
    private static final LocalDate DATE_2025_01_10 = LocalDate.of(2025, 1, 10);
    private static final LocalDate DATE_2025_01_20 = LocalDate.of(2025, 1, 20);
    private static final LocalDate DATE_2025_02_01 = LocalDate.of(2025, 2, 1);
    private static final LocalDate DATE_2025_03_01 = LocalDate.of(2025, 3, 1);
    private static final LocalDate DATE_2025_03_10 = LocalDate.of(2025, 3, 10);
    private static final LocalDate DATE_2025_03_12 = LocalDate.of(2025, 3, 12);
    private static final LocalDate DATE_2025_06_01 = LocalDate.of(2025, 6, 1);
    private static final LocalDate DATE_2025_06_10 = LocalDate.of(2025, 6, 10);

    private static final ReimbursementEngine ENGINE = ReimbursementEngine.builder()
            .ruleSet(new PhysiotherapyRuleSet()).rateModule(PhysioTestRates.module2025()).build();

    private static ImmutableCareHistory.Builder history(Patient patient) {
        return CareHistory.builder().patient(patient)
                .addPractitioners(Practitioner.builder().id("kine-1").profession(Profession.PHYSIOTHERAPY)
                        .addConventionPeriods(DateRange.startingFrom(DATE_2025_02_01)).build())
                .addPractitioners(Practitioner.builder().id("kine-free").profession(Profession.PHYSIOTHERAPY).build())
                .addPathologies(Pathology.builder().id("knee").situation(Situation.COURANTE).build())
                .addPathologies(Pathology.builder().id("back").situation(Situation.COURANTE).build())
                .addPrescriptions(Prescription.builder().id("rx-1").date(DATE_2025_03_01).pathologyId("knee").build())
                .addPrescriptions(Prescription.builder().id("rx-jan").date(DATE_2025_01_10).pathologyId("knee").build())
                .addPrescriptions(Prescription.builder().id("rx-back").date(DATE_2025_03_01).pathologyId("back").build())
                .addPrescriptions(Prescription.builder().id("rx-jun").date(DATE_2025_06_01).pathologyId("knee").build());
    }

    private static ImmutableCareHistory.Builder history() {
        return history(Patient.builder().id("p-1").build());
    }

    private static ImmutableSession.Builder session(String id, LocalDate date) {
        return Session.builder().id(id).date(date).practitionerId("kine-1").pathologyId("knee").prescriptionId("rx-1");
    }

    private static Decision decide(CareHistory h, String sessionId) {
        return ENGINE.assess(h).decision(sessionId);
    }

    @Test
    void sessionWithoutPrescription_isRefused008() {
        Decision d = decide(history().addSessions(session("s-1", DATE_2025_03_10)
                .prescriptionId(Optional.empty()).build()).build(), "s-1");

        assertThat(d.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(d.refusalCode()).contains(RefusalCode.PREREQUISITE_NOT_MET);
        assertThat(d.hasReason("PHYSIO_PRESCRIPTION_MISSING")).isTrue();
        assertThat(d.insurance()).contains(Money.ZERO);
    }

    @ParameterizedTest
    @CsvSource({"2025-03-09, REIMBURSED", "2025-03-10, REFUSED"})
    void firstSession_withinTwoMonthsOfThePrescription(LocalDate first, Outcome outcome) {
        Decision d = decide(history().addSessions(session("s-1", first).prescriptionId("rx-jan").build()).build(),
                "s-1");

        assertThat(d.outcome()).isEqualTo(outcome);
        assertThat(d.hasReason("PHYSIO_PRESCRIPTION_START_LATE")).isEqualTo(outcome == Outcome.REFUSED);
    }

    @Test
    void sessionBeforeThePrescription_isRefused() {
        Decision d = decide(history().addSessions(session("s-1", DATE_2025_02_01).build()).build(), "s-1");

        assertThat(d.refusalCode()).contains(RefusalCode.PREREQUISITE_NOT_MET);
        assertThat(d.hasReason("PHYSIO_SESSION_BEFORE_PRESCRIPTION")).isTrue();
    }

    @Test
    void secondSessionOfTheDay_isRefused010_usedUpByTheFirst() {
        Decision d = decide(history().addSessions(session("s-1", DATE_2025_03_10).build(),
                session("s-2", DATE_2025_03_10).pathologyId("back").prescriptionId("rx-back").build()).build(), "s-2");

        assertThat(d.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(d.refusalCode()).contains(RefusalCode.CANNOT_BE_COMBINED);
        assertThat(d.usedUpBy()).contains("s-1");
    }

    @Test
    void secondCourantePathologyOfTheYear_withoutApproval_isRefused005() {
        Decision d = decide(history().addSessions(session("s-1", DATE_2025_03_10).build(),
                session("s-2", DATE_2025_03_12).pathologyId("back").prescriptionId("rx-back").build()).build(), "s-2");

        assertThat(d.refusalCode()).contains(RefusalCode.NO_AGREEMENT);
        assertThat(d.hasReason("PHYSIO_COURANTE_APPROVAL_MISSING")).isTrue();
    }

    @Test
    void courante_bands_andDepassementFromThe19th() {
        List<Session> sessions = new ArrayList<>();
        for (int i = 1; i <= 19; i++) {
            sessions.add(session("s-" + i, DATE_2025_03_01.plusDays(i)).build());
        }
        Assessment a = ENGINE.assess(history().addAllSessions(sessions).build());

        assertThat(a.decision("s-9").nomenclatureCode()).contains("567011");
        assertThat(a.decision("s-10").band()).contains(Band.of("PHYSIO_COURANTE_10_18", 10));
        assertThat(a.decision("s-10").nomenclatureCode()).contains("560011");
        assertThat(a.decision("s-17").hasReason("PHYSIO_COURANTE_NEARLY_USED")).isTrue();
        Decision depassement = a.decision("s-19");
        assertThat(depassement.band()).contains(Band.of("PHYSIO_DEPASSEMENT", 19));
        assertThat(depassement.nomenclatureCode()).contains("560055");
        assertThat(depassement.insurance()).contains(Money.parse("4.87"));
        assertThat(depassement.patientShare()).contains(Money.parse("25.93"));
        assertThat(depassement.hasReason("PHYSIO_COURANTE_OVER_18")).isTrue();
        assertThat(depassement.hasReason("PHYSIO_TARIFF_DERIVED")).isTrue();
    }

    @Test
    void january_noConventionInForce_theFeeAskedAboveTheOfficialFeeIsASupplement() {
        Decision d = decide(history().addSessions(session("s-1", DATE_2025_01_20).prescriptionId("rx-jan")
                .feeAsked(Money.parse("35.00")).build()).build(), "s-1");

        assertThat(d.fee()).contains(Money.parse("30.00"));
        assertThat(d.insurance()).contains(Money.parse("23.75"));
        assertThat(d.patientShare()).contains(Money.parse("6.25"));
        assertThat(d.supplement()).isEqualTo(Money.parse("5.00"));
        assertThat(d.hasReason("PHYSIO_NO_CONVENTION_IN_FORCE")).isTrue();
    }

    @Test
    void nonConventioned_fromMay_ordinaryPatient_insuranceReducedBy25Percent() {
        Decision d = decide(history().addSessions(session("s-1", DATE_2025_06_10).practitionerId("kine-free")
                .prescriptionId("rx-jun").feeAsked(Money.parse("40.00")).build()).build(), "s-1");

        // 18.4125 rounded half-up to the cent
        assertThat(d.insurance()).contains(Money.parse("18.41"));
        assertThat(d.patientShare()).contains(Money.parse("12.39"));
        assertThat(d.supplement()).isEqualTo(Money.parse("9.20"));
        assertThat(d.patientTotal()).contains(Money.parse("21.59"));
        assertThat(d.hasReason("PHYSIO_NON_CONVENTIONED_REDUCTION")).isTrue();
    }

    @Test
    void nonConventioned_fromMay_preferentialPatient_fullInsuranceAndNoSupplement() {
        Patient preferential = Patient.builder().id("p-1").addPreferentialPeriods(DateRange.ofYear(2025)).build();
        Decision d = decide(history(preferential).addSessions(session("s-1", DATE_2025_06_10)
                .practitionerId("kine-free").prescriptionId("rx-jun").feeAsked(Money.parse("40.00")).build()).build(), "s-1");

        assertThat(d.insurance()).contains(Money.parse("28.30"));
        assertThat(d.patientShare()).contains(Money.parse("2.50"));
        assertThat(d.supplement()).isEqualTo(Money.ZERO);
        assertThat(d.hasReason("PHYSIO_PREFERENTIAL_OFFICIAL_FEE")).isTrue();
    }

    @Test
    void conventioned_feeAskedAboveTheOfficialFee_givesAWarningAndNoSupplement() {
        Decision d = decide(history().addSessions(session("s-1", DATE_2025_03_10)
                .feeAsked(Money.parse("35.00")).build()).build(), "s-1");

        assertThat(d.outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(d.supplement()).isEqualTo(Money.ZERO);
        assertThat(d.hasReason("PHYSIO_CONVENTIONED_FEE_ABOVE_OFFICIAL")).isTrue();
    }

    @Test
    void unknownCode_isInsufficientData_withTheFixedPatientShare() {
        Decision d = decide(history().addSessions(session("s-1", DATE_2025_03_10).place(Place.HOME).build()).build(),
                "s-1");

        assertThat(d.outcome()).isEqualTo(Outcome.INSUFFICIENT_DATA);
        assertThat(d.missing()).containsExactly(
                "nomenclature code for PHYSIO_COURANTE_1_9 at HOME, 30 min, on 2025-03-10");
        assertThat(d.fee()).isEmpty();
        assertThat(d.patientShare()).contains(Money.parse("6.25"));
        assertThat(d.hasReason("PHYSIO_CODE_UNKNOWN")).isTrue();
    }
}
