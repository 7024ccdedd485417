package io.github.inamirules.occupational;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Entitlement;
import io.github.inamirules.assessment.Missing;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.Episode;
import io.github.inamirules.model.Facts;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.model.Session;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The checks of issue 9 and the rules' edges, against the proposed 2025 data ({@link Rates2025Copy}),
 * in which no fee is known: covered sessions are REIMBURSED and unpriced.
 */
class TestOccupationalTherapy2025 {
    private static final LocalDate END = LocalDate.of(2025, 2, 14);

    private static Facts at(Service s) {
        return OccupationalTherapy.at(s, Place.HOME);
    }

    private static Decision single(OtCase c, LocalDate date, Facts facts) {
        return c.session("s", date, facts).assess(OtCase.SHIPPED).decision("s");
    }

    @Test
    void issue9_fullPackageWithinSixMonthsIsCoveredUnpricedAndAnEighthExerciseIsRefused002() {
        OtCase c = OtCase.programmeEnding(END).fullPackage(END.plusDays(7))
                .session("ex-8", END.plusDays(7).plusWeeks(11), at(Service.EXERCISE_SESSION));
        Assessment a = c.assess(OtCase.SHIPPED);
        for (String id : new String[] {"bilan", "ex-1", "ex-7", "info-2", "final"}) {
            Decision d = a.decision(id);
            assertThat(d.outcome()).as(id).isEqualTo(Outcome.REIMBURSED);
            assertThat(d.isPriced()).as(id).isFalse();
            assertThat(d.fee()).isEmpty();
            assertThat(d.insurance()).isEmpty();
            assertThat(d.patientShare()).isEmpty();
        }
        assertThat(a.decision("ex-1").missing()).extracting(Missing::item).containsExactly(Missing.TARIFF);
        assertThat(a.decision("ex-1").nomenclatureCode()).contains("784313");
        assertThat(a.decision("bilan").missing()).extracting(Missing::item).containsExactly(Missing.NOMENCLATURE_CODE);
        assertThat(a.count(Outcome.REIMBURSED)).isEqualTo(11);
        Decision eighth = a.decision("ex-8");
        assertThat(eighth.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(eighth.refusalCode()).contains(RefusalCode.MAXIMUM_REACHED);
        assertThat(eighth.usedUpBy()).contains("ex-7");
        assertThat(a.entitlements()).filteredOn(e -> e.counter().equals("OT_EXERCISE_SESSION"))
                .singleElement().satisfies(e -> {
                    assertThat(e.used()).isEqualTo(7);
                    assertThat(e.limit()).contains(7);
                    assertThat(e.remaining()).contains(0);
                });
    }

    @Test
    void issue9_clearlyInsideIsCoveredAndClearlyAfterIsRefused() {
        assertThat(single(OtCase.programmeEnding(END), LocalDate.of(2025, 5, 20), at(Service.EXERCISE_SESSION))
                .outcome()).isEqualTo(Outcome.REIMBURSED);
        Decision late = single(OtCase.programmeEnding(END), LocalDate.of(2025, 11, 3), at(Service.EXERCISE_SESSION));
        assertThat(late.hasReason("OT_WINDOW_ENDED")).isTrue();
        assertThat(late.refusalCode()).contains(RefusalCode.NOT_ATTESTABLE_ON_DATE);
    }

    @Test
    void issue9_windowBoundaryOfAProgrammeEnding14February() {
        assertThat(single(OtCase.programmeEnding(END), LocalDate.of(2025, 8, 14), at(Service.FINAL_BILAN)).outcome())
                .isEqualTo(Outcome.REIMBURSED);
        assertThat(single(OtCase.programmeEnding(END), LocalDate.of(2025, 8, 15), at(Service.FINAL_BILAN)).outcome())
                .isEqualTo(Outcome.REFUSED);
    }

    @Test
    void windowOfAProgrammeEndingOnTheLastDayOfAMonthEndsOnTheLastDayOfTheSixthMonth() {
        LocalDate end = LocalDate.of(2025, 3, 31);
        assertThat(single(OtCase.programmeEnding(end), LocalDate.of(2025, 9, 30), at(Service.EXERCISE_SESSION))
                .outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(single(OtCase.programmeEnding(end), LocalDate.of(2025, 10, 1), at(Service.EXERCISE_SESSION))
                .outcome()).isEqualTo(Outcome.REFUSED);
    }

    @Test
    void exerciseSessionOnTheProgrammesLastDayIsRefused009() {
        Decision d = single(OtCase.programmeEnding(END), END, at(Service.EXERCISE_SESSION));
        assertThat(d.hasReason("OT_BEFORE_PROGRAMME_END")).isTrue();
        assertThat(d.reasons().get(0).values()).containsEntry("firstDay", "2025-02-15");
    }

    @Test
    void issue9_restHomeResidentGpPrescription772ProgrammeAndNoInamiNumberAreEachRefusedWithTheirReason() {
        LocalDate day = LocalDate.of(2025, 4, 1);
        assertThat(single(OtCase.programmeEnding(END), day,
                OccupationalTherapy.at(Service.EXERCISE_SESSION, Place.CARE_INSTITUTION, Residence.REST_HOME))
                .hasReason("OT_PATIENT_IN_CARE_INSTITUTION")).isTrue();
        OtCase gp = OtCase.programmeEnding(END);
        gp.prescription(OccupationalTherapy.prescription("rx", "stroke", END, PrescriberRole.GENERAL_PRACTITIONER,
                "Maison médicale").build());
        assertThat(single(gp, day, at(Service.EXERCISE_SESSION)).hasReason("OT_PRESCRIBER_NOT_REHABILITATION_PHYSICIAN"))
                .isTrue();
        OtCase psychosocial = OtCase.programmeEnding(END)
                .episode(OccupationalTherapy.programme("stroke", OtCase.CENTRE, Convention.C772, END));
        assertThat(single(psychosocial, day, at(Service.EXERCISE_SESSION)).hasReason("OT_PROGRAMME_NOT_QUALIFYING"))
                .isTrue();
        OtCase noNumber = OtCase.programmeEnding(END).practitioner(io.github.inamirules.model.Practitioner.builder()
                .id("ergo").profession(OccupationalTherapy.PROFESSION).inamiNumber(" ").build());
        Decision d = single(noNumber, day, at(Service.EXERCISE_SESSION));
        assertThat(d.hasReason("OT_PRACTITIONER_WITHOUT_INAMI_NUMBER")).isTrue();
        assertThat(d.reasons().get(0).ruleId()).isEqualTo("ERGO-16");
    }

    @Test
    void everyQualifyingConventionIsCovered() {
        for (Convention c : new Convention[] {Convention.C771, Convention.C950, Convention.C951, Convention.R30_R60}) {
            OtCase k = OtCase.programmeEnding(END).episode(OccupationalTherapy.programme("stroke", OtCase.CENTRE, c, END));
            assertThat(single(k, LocalDate.of(2025, 4, 1), at(Service.EXERCISE_SESSION)).outcome()).as(c.id())
                    .isEqualTo(Outcome.REIMBURSED);
        }
    }

    @Test
    void prescriptionOfAnotherCentreOrNoneOrLaterThanTheSessionIsRefused008() {
        LocalDate day = LocalDate.of(2025, 4, 1);
        OtCase other = OtCase.programmeEnding(END);
        other.prescription(OccupationalTherapy.prescription("rx", "stroke", END, PrescriberRole.REHABILITATION_PHYSICIAN,
                "Centre Liège").build());
        assertThat(single(other, day, at(Service.EXERCISE_SESSION)).hasReason("OT_PRESCRIBER_OF_OTHER_CENTRE")).isTrue();
        OtCase sameCentre = OtCase.programmeEnding(END);
        sameCentre.prescription(OccupationalTherapy.prescription("rx", "stroke", END,
                PrescriberRole.REHABILITATION_PHYSICIAN, "  crf bruxelles ").build());
        assertThat(single(sameCentre, day, at(Service.EXERCISE_SESSION)).outcome()).isEqualTo(Outcome.REIMBURSED);
        OtCase later = OtCase.programmeEnding(END);
        later.prescription(OccupationalTherapy.prescription("rx", "stroke", LocalDate.of(2025, 5, 1),
                PrescriberRole.REHABILITATION_PHYSICIAN, OtCase.CENTRE).build());
        assertThat(single(later, day, at(Service.EXERCISE_SESSION)).hasReason("OT_SESSION_BEFORE_PRESCRIPTION")).isTrue();
        OtCase none = OtCase.programmeEnding(END);
        Decision d = none.session(Session.builder().id("s").date(day).practitionerId("ergo").episodeId("stroke")
                .facts(at(Service.EXERCISE_SESSION)).build()).assess(OtCase.SHIPPED).decision("s");
        assertThat(d.hasReason("OT_PRESCRIPTION_MISSING")).isTrue();
        assertThat(d.refusalCode()).contains(RefusalCode.PREREQUISITE_NOT_MET);
    }

    @Test
    void withoutProgrammeEndConventionPrescriberRoleOrServiceCoverageIsUndecidedAndNothingIsUsedUp() {
        LocalDate day = LocalDate.of(2025, 4, 1);
        OtCase noEnd = OtCase.programmeEnding(END).episode(Episode.builder().id("stroke").kind(OccupationalTherapy.FOLLOW_UP)
                .facts(Facts.of(OccupationalTherapyFacts.CONVENTION, Convention.C771)).build());
        Assessment a = noEnd.session("s", day, at(Service.EXERCISE_SESSION)).assess(OtCase.SHIPPED);
        assertThat(a.decision("s").outcome()).isEqualTo(Outcome.INSUFFICIENT_DATA);
        assertThat(a.decision("s").missing()).extracting(Missing::item).containsExactly("PROGRAMME_END");
        assertThat(a.entitlements()).isEmpty();
        OtCase noConvention = OtCase.programmeEnding(END).episode(Episode.builder().id("stroke")
                .kind(OccupationalTherapy.FOLLOW_UP).facts(Facts.of(OccupationalTherapyFacts.PROGRAMME_END, "2025-02-14"))
                .build());
        assertThat(single(noConvention, day, at(Service.EXERCISE_SESSION)).missing()).extracting(Missing::item)
                .containsExactly("PROGRAMME_CONVENTION");
        OtCase noRole = OtCase.programmeEnding(END);
        noRole.prescription(Prescription.builder().id("rx").episodeId("stroke").date(END).build());
        assertThat(single(noRole, day, at(Service.EXERCISE_SESSION)).missing()).extracting(Missing::item)
                .containsExactly("PRESCRIBER_ROLE");
        Decision noService = single(OtCase.programmeEnding(END), day, Facts.of(OccupationalTherapyFacts.PLACE, Place.HOME));
        assertThat(noService.outcome()).isEqualTo(Outcome.INSUFFICIENT_DATA);
        assertThat(noService.missing()).extracting(Missing::item).containsExactly("SERVICE");
    }

    @Test
    void aRefusalStillWinsOverMissingData() {
        OtCase noRoleAtPractice = OtCase.programmeEnding(END);
        noRoleAtPractice.prescription(Prescription.builder().id("rx").episodeId("stroke").date(END).build());
        Decision d = single(noRoleAtPractice, LocalDate.of(2025, 4, 1),
                OccupationalTherapy.at(Service.EXERCISE_SESSION, Place.PRACTICE));
        assertThat(d.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(d.hasReason("OT_NOT_IN_LIVING_ENVIRONMENT")).isTrue();
    }

    @Test
    void aMalformedProgrammeEndIsAnErrorNamingTheEpisode() {
        OtCase bad = OtCase.programmeEnding(END).episode(Episode.builder().id("stroke").kind(OccupationalTherapy.FOLLOW_UP)
                .facts(Facts.builder().put(OccupationalTherapyFacts.CONVENTION, Convention.C771)
                        .put(OccupationalTherapyFacts.PROGRAMME_END, "14/02/2025").build()).build());
        bad.session("s", LocalDate.of(2025, 4, 1), at(Service.EXERCISE_SESSION));
        assertThatThrownBy(() -> bad.assess(OtCase.SHIPPED)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("episode[stroke].facts.programme_end").hasMessageContaining("14/02/2025");
    }

    @Test
    void anExpectedProgrammeEndIsUsedWithAWarning() {
        OtCase expected = OtCase.programmeEnding(END).episode(OccupationalTherapy.programmeExpectedToEnd("stroke",
                OtCase.CENTRE, Convention.C771, END));
        Decision d = single(expected, END, OccupationalTherapy.at(Service.OBSERVATION_BILAN, Place.REHABILITATION_CENTRE));
        assertThat(d.outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(d.hasReason("OT_PROGRAMME_END_EXPECTED")).isTrue();
        assertThat(d.hasReason("OT_OBSERVATION_BILAN_AT_PROGRAMME_END")).isTrue();
    }

    @Test
    void aShorterSessionIsWarnedNotRefused() {
        Decision d = OtCase.programmeEnding(END).session(Session.builder().id("s").date(LocalDate.of(2025, 4, 1))
                .practitionerId("ergo").episodeId("stroke").prescriptionId("rx").minutes(120)
                .facts(at(Service.EXERCISE_SESSION)).build()).assess(OtCase.SHIPPED).decision("s");
        assertThat(d.outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(d.hasReason("OT_SESSION_SHORTER_THAN_SERVICE")).isTrue();
    }

    @Test
    void limitsCountPerPrescriptionAndRefusedSessionsUseUpNothing() {
        OtCase c = OtCase.programmeEnding(END);
        c.session("bilan-practice", LocalDate.of(2025, 2, 20), OccupationalTherapy.at(Service.OBSERVATION_BILAN,
                Place.PRACTICE));
        c.session("bilan-home", LocalDate.of(2025, 2, 21), at(Service.OBSERVATION_BILAN));
        Prescription second = OccupationalTherapy.prescription("rx-2", "stroke", LocalDate.of(2025, 3, 1),
                PrescriberRole.REHABILITATION_PHYSICIAN, OtCase.CENTRE).build();
        c.session(Session.builder().id("bilan-rx2").date(LocalDate.of(2025, 3, 3)).practitionerId("ergo")
                .episodeId("stroke").prescriptionId("rx-2").facts(at(Service.OBSERVATION_BILAN)).build());
        Assessment a = c.alsoPrescription(second).assess(OtCase.SHIPPED);
        assertThat(a.decision("bilan-practice").outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(a.decision("bilan-home").outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(a.decision("bilan-home").band().orElseThrow().rank()).contains(1);
        assertThat(a.decision("bilan-rx2").outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(a.entitlements()).extracting(Entitlement::used).containsExactly(1, 1);
    }

    @Test
    void issue9_fixtureOverlayPrices784313For149_96AndAPreferentialPatientPays14_99() {
        Decision d = OtCase.programmeEnding(END).preferential()
                .session("s", LocalDate.of(2025, 4, 1), at(Service.EXERCISE_SESSION)).assess(OtCase.FIXTURE).decision("s");
        assertThat(d.fee()).contains(Money.parse("149.96"));
        assertThat(d.patientShare()).contains(Money.parse("14.99"));
        assertThat(d.insurance()).contains(Money.parse("134.97"));
    }

    @Test
    void theFixtureOverlayReplacesExactlyTheUnknownTariffsAndTheObservationBilanCode() {
        assertThat(OtCase.FIXTURE.catalog().replacements()).hasSize(6);
    }

    @Test
    void aFeeAskedAboveTheOfficialFeeIsWarnedWithoutSupplement() {
        Decision d = OtCase.programmeEnding(END).session(Session.builder().id("s").date(LocalDate.of(2025, 4, 1))
                .practitionerId("ergo").episodeId("stroke").prescriptionId("rx").feeAsked(Money.parse("160.00"))
                .facts(at(Service.EXERCISE_SESSION)).build()).assess(OtCase.FIXTURE).decision("s");
        assertThat(d.hasReason("OT_FEE_ASKED_ABOVE_MAXIMUM")).isTrue();
        assertThat(d.supplement()).isEqualTo(Money.ZERO);
        assertThat(d.fee()).contains(Money.parse("149.96"));
    }
}
