package io.github.inamirules.psychology;

import static io.github.inamirules.psychology.PsyCase.eur;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Facts;
import io.github.inamirules.model.Session;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What issue 8 says will be checked, one test each, plus the unknowns it names. */
class TestIssue8Checks {
    private static final LocalDate DATE_2025_03_03 = LocalDate.of(2025, 3, 3);
    private static final LocalDate DATE_2019_10_07 = LocalDate.of(2019, 10, 7);

    private static PsyCase adult() {
        return PsyCase.born(LocalDate.of(1980, 1, 1)).psychologist("psy", NetworkType.ADULTS);
    }

    @Test
    void conv2024Adult_firstIndividualFree_next11_preferential4_group2_50() {
        PsyCase c = adult().weekly("s", 2, DATE_2025_03_03, "psy", PsyFunction.FIRST_LINE_SUPPORT, SessionType.INDIVIDUAL)
                .network("g", DATE_2025_03_03.plusDays(3), "psy", PsyFunction.FIRST_LINE_SUPPORT, SessionType.GROUP);
        assertThat(c.decision("s-1").patientShare()).contains(eur("0.00"));
        assertThat(c.decision("s-2").patientShare()).contains(eur("11.00"));
        assertThat(c.decision("g").patientShare()).contains(eur("2.50"));
        assertThat(c.decision("s-2").outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(c.decision("s-2").fee()).isEmpty();
        assertThat(c.decision("s-2").insurance()).isEmpty();
        PsyCase bim = PsyCase.born(LocalDate.of(1980, 1, 1)).preferentialFrom(DATE_2025_03_03)
                .psychologist("psy", NetworkType.ADULTS)
                .weekly("s", 2, DATE_2025_03_03, "psy", PsyFunction.FIRST_LINE_SUPPORT, SessionType.INDIVIDUAL);
        assertThat(bim.decision("s-2").patientShare()).contains(eur("4.00"));
    }

    @Test
    void conv2024_age23_free_age24_pays11() {
        PsyCase c = PsyCase.born(LocalDate.of(2001, 6, 1)).psychologist("psy", NetworkType.ADULTS)
                .network("s1", LocalDate.of(2025, 5, 1), "psy", PsyFunction.FIRST_LINE_SUPPORT, SessionType.INDIVIDUAL)
                .network("s2", LocalDate.of(2025, 5, 20), "psy", PsyFunction.FIRST_LINE_SUPPORT, SessionType.INDIVIDUAL)
                .network("s3", LocalDate.of(2025, 6, 2), "psy", PsyFunction.FIRST_LINE_SUPPORT, SessionType.INDIVIDUAL);
        assertThat(c.decision("s2").patientShare()).contains(eur("0.00"));
        assertThat(c.decision("s2").hasReason("PSY_FREE_UNTIL_AGE")).isTrue();
        assertThat(c.decision("s3").patientShare()).contains(eur("11.00"));
    }

    @Test
    void adultSupport_ninthIndividualRefused002_namingTheEighth_twelveGroupsCovered() {
        PsyCase c = adult().weekly("s", 9, DATE_2025_03_03, "psy", PsyFunction.FIRST_LINE_SUPPORT, SessionType.INDIVIDUAL)
                .weekly("g", 12, DATE_2025_03_03.plusDays(2), "psy", PsyFunction.FIRST_LINE_SUPPORT, SessionType.GROUP);
        Decision ninth = c.decision("s-9");
        assertThat(ninth.refusalCode()).contains(RefusalCode.MAXIMUM_REACHED);
        assertThat(ninth.usedUpBy()).contains("s-8");
        assertThat(c.assess().decisions()).filteredOn(d -> d.sessionId().startsWith("g-"))
                .hasSize(12).allSatisfy(d -> assertThat(d.isReimbursed()).isTrue());
    }

    @Test
    void pilot2019_66YearsOldInOctober_refused() {
        PsyCase c = PsyCase.born(LocalDate.of(1953, 1, 1)).practitioner(ClinicalPsychology.practitioner("psy")
                .addConventionPeriods(DateRange.startingFrom(PsyCase.FOREVER_FROM)).build())
                .referral("r1", LocalDate.of(2019, 10, 1), PrescriberRole.GP).pilot("s1", DATE_2019_10_07, "psy", "r1");
        assertThat(c.decision("s1").outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(c.decision("s1").hasReason("PSY_PILOT_AGE_OUTSIDE_TARGET")).isTrue();
    }

    @Test
    void pilot_withoutReferral_refused_andVideoBeforeMarch2020_refused() {
        PsyCase c = PsyCase.born(LocalDate.of(1980, 1, 1)).practitioner(ClinicalPsychology.practitioner("psy")
                .addConventionPeriods(DateRange.startingFrom(PsyCase.FOREVER_FROM)).build())
                .referral("r1", LocalDate.of(2019, 10, 1), PrescriberRole.GP)
                .add(Session.builder().id("none").date(DATE_2019_10_07).practitionerId("psy").episodeId("path"))
                .add(Session.builder().id("video").date(DATE_2019_10_07.plusDays(1)).practitionerId("psy")
                        .episodeId("path").prescriptionId("r1").facts(Facts.of(PsychologyFacts.VIDEO, true)));
        assertThat(c.decision("none").hasReason("PSY_PILOT_REFERRAL_MISSING")).isTrue();
        assertThat(c.decision("video").hasReason("PSY_PILOT_VIDEO_NOT_ALLOWED")).isTrue();
    }

    @Test
    void noNetworkAgreementOnTheDate_refused_withAReasonSayingWhy() {
        PsyCase c = PsyCase.born(LocalDate.of(1980, 1, 1))
                .practitioner(ClinicalPsychology.agreement("psy", "net", NetworkType.ADULTS,
                        DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 1))).build())
                .network("s1", DATE_2025_03_03, "psy", PsyFunction.FIRST_LINE_SUPPORT, SessionType.INDIVIDUAL);
        Decision d = c.decision("s1");
        assertThat(d.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(d.refusalCode()).contains(RefusalCode.PREREQUISITE_NOT_MET);
        assertThat(d.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("PSY_NO_NETWORK_AGREEMENT");
            assertThat(r.message(Locale.ENGLISH)).contains("psy", "no agreement", "2025-03-03");
            assertThat(r.message(Locale.FRENCH)).contains("pas de convention");
        });
    }

    @Test
    void missingBirthDate_isInsufficientData_namingIt() {
        PsyCase c = PsyCase.withoutBirthDate().psychologist("psy", NetworkType.ADULTS)
                .network("s1", DATE_2025_03_03, "psy", PsyFunction.FIRST_LINE_SUPPORT, SessionType.INDIVIDUAL);
        assertThat(c.decision("s1").outcome()).isEqualTo(Outcome.INSUFFICIENT_DATA);
        assertThat(c.decision("s1").missing()).singleElement().satisfies(m -> assertThat(m.item()).isEqualTo("BIRTH_DATE"));
    }

    @Test
    void adultTreatment_decidedUpToTheSourcedBound_thenInsufficientDataNamingTheUnknownCap() {
        PsyCase c = adult().weekly("t", 9, DATE_2025_03_03, "psy", PsyFunction.FIRST_LINE_TREATMENT, SessionType.INDIVIDUAL);
        assertThat(c.decision("t-8").outcome()).isEqualTo(Outcome.REIMBURSED);
        Decision ninth = c.decision("t-9");
        assertThat(ninth.outcome()).isEqualTo(Outcome.INSUFFICIENT_DATA);
        assertThat(ninth.missing()).anySatisfy(m -> assertThat(m.values())
                .containsEntry("parameter", "conv2024.cap.adults.treatment.individual"));
        assertThat(ninth.patientShare()).contains(eur("11.00"));
    }

    @Test
    void youngTreatment_cap20_isSourced() {
        PsyCase c = PsyCase.born(LocalDate.of(2008, 1, 1)).psychologist("psy", NetworkType.CHILDREN_ADOLESCENTS)
                .weekly("t", 21, DATE_2025_03_03, "psy", PsyFunction.FIRST_LINE_TREATMENT, SessionType.INDIVIDUAL);
        assertThat(c.decision("t-20").isReimbursed()).isTrue();
        assertThat(c.decision("t-21").refusalCode()).contains(RefusalCode.MAXIMUM_REACHED);
    }

    @Test
    void communityIntervention_isFree_andGroupOnly() {
        PsyCase c = adult().network("c1", DATE_2025_03_03, "psy", PsyFunction.COMMUNITY_INTERVENTION, SessionType.GROUP)
                .network("c2", DATE_2025_03_03.plusDays(1), "psy", PsyFunction.COMMUNITY_INTERVENTION,
                        SessionType.INDIVIDUAL);
        assertThat(c.decision("c1").patientShare()).contains(eur("0.00"));
        assertThat(c.decision("c2").hasReason("PSY_COMMUNITY_INTERVENTION_IS_GROUP")).isTrue();
    }

    @Test
    void a2021Function_in2025_isRefused009() {
        PsyCase c = adult().network("s1", DATE_2025_03_03, "psy", PsyFunction.FIRST_LINE, SessionType.INDIVIDUAL);
        assertThat(c.decision("s1").refusalCode()).contains(RefusalCode.NOT_ATTESTABLE_ON_DATE);
    }

    @Test
    void overlap2021_referralMakesAPilotClaim_withoutItA2021Claim() {
        PsyCase c = PsyCase.born(LocalDate.of(1980, 1, 1)).psychologist("psy", NetworkType.ADULTS)
                .referral("r1", LocalDate.of(2021, 10, 1), PrescriberRole.GP)
                .pilot("pilot", LocalDate.of(2021, 10, 4), "psy", "r1")
                .network("conv", LocalDate.of(2021, 10, 12), "psy", PsyFunction.FIRST_LINE, SessionType.INDIVIDUAL);
        assertThat(c.decision("pilot").band().orElseThrow().id()).isEqualTo(PsyBands.PILOT_FIRST);
        assertThat(c.decision("conv").band().orElseThrow().id()).isEqualTo(PsyBands.FIRST_LINE_INDIVIDUAL);
    }
}
