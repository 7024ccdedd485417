package io.github.inamirules.occupational;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The worked examples E-E1…E-E19 of shared/research/ergo.md §3, with the MOVITA fixture fees
 * ({@link FixtureRates}). The research dates them in 2021 (programme end 2021-03-01); they are moved by
 * four years to 2025 (end 2025-03-01), the year the data cover, because in 2021 the COVID-19 extension
 * of the window to 12 months may still have applied (its end date is unknown, update-2026 §3), which
 * would contradict E-E15. E-E20 is {@link PatientShareProperties}.
 */
class TestWorkedExamples {
    private static final LocalDate END = LocalDate.of(2025, 3, 1);

    private static Decision one(OtCase c, String session) {
        return c.assess(OtCase.FIXTURE).decision(session);
    }

    private static OtCase one(Service service, LocalDate date, Place place) {
        return OtCase.programmeEnding(END).session("s", date, OccupationalTherapy.at(service, place));
    }

    private static void priced(Decision d, String fee, String insurance, String patient) {
        assertThat(d.outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(d.fee()).contains(Money.parse(fee));
        assertThat(d.insurance()).contains(Money.parse(insurance));
        assertThat(d.patientShare()).contains(Money.parse(patient));
    }

    private static void refused(Decision d, String reason, RefusalCode code) {
        assertThat(d.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(d.hasReason(reason)).as("reasons %s", d.reasons()).isTrue();
        assertThat(d.refusalCode()).contains(code);
    }

    @Test
    void e_e1_observationBilanAtHomeOrdinary() {
        Decision d = one(one(Service.OBSERVATION_BILAN, LocalDate.of(2025, 3, 15), Place.HOME), "s");
        priced(d, "170.85", "128.14", "42.71");
        assertThat(d.nomenclatureCode()).contains("784291");
        assertThat(d.band().orElseThrow().id()).isEqualTo("OT_OBSERVATION_BILAN");
    }

    @Test
    void e_e2_observationBilanPreferential() {
        priced(one(one(Service.OBSERVATION_BILAN, LocalDate.of(2025, 3, 15), Place.HOME).preferential(), "s"),
                "170.85", "153.77", "17.08");
    }

    @Test
    void e_e3_observationBilanOnTheLastDayAtTheCentre() {
        Decision d = one(one(Service.OBSERVATION_BILAN, END, Place.REHABILITATION_CENTRE), "s");
        assertThat(d.outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(d.hasReason("OT_OBSERVATION_BILAN_AT_PROGRAMME_END")).isTrue();
    }

    @Test
    void e_e3_boundary_observationBilanTheDayBeforeTheEndIsRefused() {
        refused(one(one(Service.OBSERVATION_BILAN, END.minusDays(1), Place.HOME), "s"), "OT_BEFORE_PROGRAMME_END",
                RefusalCode.NOT_ATTESTABLE_ON_DATE);
    }

    @Test
    void e_e4_exerciseSessionTwoMonthsAfterOrdinary() {
        Decision d = one(one(Service.EXERCISE_SESSION, END.plusMonths(2), Place.HOME), "s");
        priced(d, "149.96", "112.47", "37.49");
        assertThat(d.nomenclatureCode()).contains("784313");
    }

    @Test
    void e_e5_exerciseSessionPreferentialIsTruncated() {
        Decision d = one(one(Service.EXERCISE_SESSION, END.plusMonths(2), Place.HOME).preferential(), "s");
        priced(d, "149.96", "134.97", "14.99");
        assertThat(d.hasReason("OT_PATIENT_SHARE_TRUNCATED")).isTrue();
    }

    @ParameterizedTest(name = "E-E6/E-E7 {0} preferential={1}")
    @CsvSource({"INFORMATION_SESSION, false, 52.47, 39.36, 13.11", "INFORMATION_SESSION, true, 52.47, 47.23, 5.24",
            "FINAL_BILAN, false, 83.55, 62.67, 20.88", "FINAL_BILAN, true, 83.55, 75.20, 8.35"})
    void e_e6_e_e7_informationSessionAndFinalBilan(Service service, boolean preferential, String fee, String insurance,
            String patient) {
        OtCase c = one(service, END.plusMonths(3), Place.HOME);
        priced(one(preferential ? c.preferential() : c, "s"), fee, insurance, patient);
    }

    @Test
    void e_e8_fullPackageOrdinary() {
        Assessment a = OtCase.programmeEnding(END).fullPackage(END.plusDays(7)).assess(OtCase.FIXTURE);
        assertThat(a.count(Outcome.REIMBURSED)).isEqualTo(11);
        assertThat(a.totalFee()).isEqualTo(Money.parse("1409.06"));
        assertThat(a.totalInsurance()).isEqualTo(Money.parse("1056.82"));
        assertThat(a.totalPatientShare()).isEqualTo(Money.parse("352.24"));
    }

    @Test
    void e_e9_fullPackagePreferential() {
        Assessment a = OtCase.programmeEnding(END).preferential().fullPackage(END.plusDays(7)).assess(OtCase.FIXTURE);
        assertThat(a.totalFee()).isEqualTo(Money.parse("1409.06"));
        assertThat(a.totalInsurance()).isEqualTo(Money.parse("1268.22"));
        assertThat(a.totalPatientShare()).isEqualTo(Money.parse("140.84"));
    }

    @Test
    void e_e10_eighthExerciseSessionIsRefused002NamingTheSeventh() {
        OtCase c = OtCase.programmeEnding(END).fullPackage(END.plusDays(7))
                .session("ex-8", END.plusDays(7).plusWeeks(11), OccupationalTherapy.at(Service.EXERCISE_SESSION, Place.HOME));
        Decision d = one(c, "ex-8");
        refused(d, "OT_SERVICE_LIMIT_REACHED", RefusalCode.MAXIMUM_REACHED);
        assertThat(d.usedUpBy()).contains("ex-7");
    }

    @Test
    void e_e11_thirdInformationSessionIsRefused002() {
        OtCase c = OtCase.programmeEnding(END).fullPackage(END.plusDays(7))
                .session("info-3", END.plusDays(7).plusWeeks(11), OccupationalTherapy.at(Service.INFORMATION_SESSION, Place.HOME));
        Decision d = one(c, "info-3");
        refused(d, "OT_SERVICE_LIMIT_REACHED", RefusalCode.MAXIMUM_REACHED);
        assertThat(d.usedUpBy()).contains("info-2");
    }

    @Test
    void e_e12_exerciseSessionInTheNursingHomeWhereThePatientLives() {
        OtCase c = OtCase.programmeEnding(END).session("s", END.plusMonths(1),
                OccupationalTherapy.at(Service.EXERCISE_SESSION, Place.CARE_INSTITUTION, Residence.NURSING_HOME));
        refused(one(c, "s"), "OT_PATIENT_IN_CARE_INSTITUTION", RefusalCode.PREREQUISITE_NOT_MET);
    }

    @Test
    void e_e13_exerciseSessionAtThePractice() {
        refused(one(one(Service.EXERCISE_SESSION, END.plusMonths(1), Place.PRACTICE), "s"),
                "OT_NOT_IN_LIVING_ENVIRONMENT", RefusalCode.PREREQUISITE_NOT_MET);
    }

    @ParameterizedTest(name = "E-E14 {0} and partly {1}")
    @CsvSource({"HOME, SHOP", "HOME, WORKPLACE", "PRACTICE, HOME", "REHABILITATION_CENTRE, WORKPLACE"})
    void e_e14_partlyInTheLivingEnvironment(Place place, Place alsoAt) {
        OtCase c = OtCase.programmeEnding(END).session("s", END.plusMonths(1),
                OccupationalTherapy.partlyAt(Service.EXERCISE_SESSION, place, alsoAt));
        assertThat(one(c, "s").outcome()).isEqualTo(Outcome.REIMBURSED);
    }

    @Test
    void e_e15_sixMonthsAndOneDayAfterTheEndIsRefused() {
        Decision d = one(one(Service.EXERCISE_SESSION, LocalDate.of(2025, 9, 2), Place.HOME), "s");
        refused(d, "OT_WINDOW_ENDED", RefusalCode.NOT_ATTESTABLE_ON_DATE);
        assertThat(d.reasons().get(0).values()).containsEntry("lastDay", "2025-09-01");
    }

    @Test
    void e_e16_theSameCalendarDaySixMonthsLaterIsCovered() {
        assertThat(one(one(Service.EXERCISE_SESSION, LocalDate.of(2025, 9, 1), Place.HOME), "s").outcome())
                .isEqualTo(Outcome.REIMBURSED);
    }

    @Test
    void e_e17_prescriptionByTheGeneralPractitioner() {
        OtCase c = OtCase.programmeEnding(END);
        c.prescription(OccupationalTherapy.prescription("rx", "stroke", END, PrescriberRole.GENERAL_PRACTITIONER,
                "Cabinet médical").build());
        c.session("s", END.plusMonths(1), OccupationalTherapy.at(Service.EXERCISE_SESSION, Place.HOME));
        refused(one(c, "s"), "OT_PRESCRIBER_NOT_REHABILITATION_PHYSICIAN", RefusalCode.PREREQUISITE_NOT_MET);
    }

    @Test
    void e_e18_therapistWithoutInamiNumber() {
        OtCase c = OtCase.programmeEnding(END).practitioner(io.github.inamirules.model.Practitioner.builder().id("ergo")
                .profession(OccupationalTherapy.PROFESSION).build());
        c.session("s", END.plusMonths(1), OccupationalTherapy.at(Service.EXERCISE_SESSION, Place.HOME));
        refused(one(c, "s"), "OT_PRACTITIONER_WITHOUT_INAMI_NUMBER", RefusalCode.PREREQUISITE_NOT_MET);
    }

    @ParameterizedTest(name = "E-E19 convention {0}")
    @CsvSource({"NONE", "C772", "K30_K60", "OTHER"})
    void e_e19_noQualifyingProgramme(Convention convention) {
        OtCase c = OtCase.programmeEnding(END)
                .episode(OccupationalTherapy.programme("stroke", OtCase.CENTRE, convention, END));
        c.session("s", END.plusMonths(1), OccupationalTherapy.at(Service.EXERCISE_SESSION, Place.HOME));
        refused(one(c, "s"), "OT_PROGRAMME_NOT_QUALIFYING", RefusalCode.PREREQUISITE_NOT_MET);
    }
}
