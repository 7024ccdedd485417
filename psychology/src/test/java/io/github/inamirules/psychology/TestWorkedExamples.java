package io.github.inamirules.psychology;

import static io.github.inamirules.psychology.PsyCase.eur;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Money;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/**
 * The worked examples P-E1 to P-E26 of shared/research/psy.md §3, each test named after its id. The
 * pilot and the 2021 convention are decided with the historic TEST DATA module, 2025 with the copy of
 * the proposed rates-2025 data. P-E27 and P-E28 are complementary mutuality benefits (Helan), not
 * compulsory insurance: they belong to the complementary module and are not decided here.
 */
class TestWorkedExamples {
    private static final LocalDate BORN_1979 = LocalDate.of(1979, 3, 1);
    private static final LocalDate DATE_2019_06_01 = LocalDate.of(2019, 6, 1);
    private static final LocalDate DATE_2019_06_10 = LocalDate.of(2019, 6, 10);
    private static final LocalDate DATE_2019_06_17 = LocalDate.of(2019, 6, 17);
    private static final LocalDate DATE_2020_01_06 = LocalDate.of(2020, 1, 6);
    private static final LocalDate DATE_2022_03_01 = LocalDate.of(2022, 3, 1);
    private static final LocalDate DATE_2024_06_01 = LocalDate.of(2024, 6, 1);

    private static PsyCase pilotPatient(LocalDate birth) {
        return PsyCase.born(birth).practitioner(ClinicalPsychology.practitioner("psy")
                .addConventionPeriods(DateRange.startingFrom(PsyCase.FOREVER_FROM)).build());
    }

    private static void priced(Decision d, String fee, String insurance, String share) {
        assertThat(d.outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(d.fee()).contains(eur(fee));
        assertThat(d.insurance()).contains(eur(insurance));
        assertThat(d.patientShare()).contains(eur(share));
    }

    private static void refused(Decision d, String reason, RefusalCode code) {
        assertThat(d.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(d.hasReason(reason)).as("%s", d.reasons()).isTrue();
        assertThat(d.refusalCode()).contains(code);
    }

    private static void shareOnly(Decision d, String share) {
        assertThat(d.outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(d.patientShare()).contains(eur(share));
    }

    @Test
    void pE1_pilotFirstSession_60Minutes_fee60_patient11() {
        PsyCase c = pilotPatient(BORN_1979).referral("r1", DATE_2019_06_01, PrescriberRole.GP)
                .pilot("s1", DATE_2019_06_10, "psy", "r1");
        priced(c.decision("s1"), "60.00", "49.00", "11.00");
        assertThat(c.decision("s1").band().orElseThrow().id()).isEqualTo(PsyBands.PILOT_FIRST);
        assertThat(c.decision("s1").hasReason("PSY_PILOT_ALTERNATIVE_FIGURES")).isFalse();
    }

    @Test
    void pE2_pilotSecondSession_preferential_fee45_patient4() {
        PsyCase c = pilotPatient(BORN_1979).preferentialFrom(DATE_2019_06_17)
                .referral("r1", DATE_2019_06_01, PrescriberRole.GP)
                .pilot("s1", DATE_2019_06_10, "psy", "r1").pilot("s2", DATE_2019_06_17, "psy", "r1");
        priced(c.decision("s2"), "45.00", "41.00", "4.00");
        assertThat(c.decision("s2").band().orElseThrow().id()).isEqualTo(PsyBands.PILOT_NEXT);
    }

    @Test
    void pE3_pilotAge17_beforeApril2020_refused() {
        PsyCase c = pilotPatient(LocalDate.of(2002, 6, 1)).referral("r1", LocalDate.of(2020, 2, 1), PrescriberRole.GP)
                .pilot("s1", LocalDate.of(2020, 2, 15), "psy", "r1");
        refused(c.decision("s1"), "PSY_PILOT_AGE_OUTSIDE_TARGET", RefusalCode.PREREQUISITE_NOT_MET);
    }

    @Test
    void pE4_pilotAge17_afterApril2020_paediatrician_reimbursed() {
        PsyCase c = pilotPatient(LocalDate.of(2002, 6, 1))
                .referral("r1", LocalDate.of(2020, 5, 1), PrescriberRole.PAEDIATRICIAN)
                .pilot("s1", LocalDate.of(2020, 5, 15), "psy", "r1");
        priced(c.decision("s1"), "60.00", "49.00", "11.00");
        // C-1: the alternative figures of the COVID-period information sheet stay visible.
        assertThat(c.decision("s1").hasReason("PSY_PILOT_ALTERNATIVE_FIGURES")).isTrue();
    }

    @Test
    void pE5_pilotFifthSessionWithoutNewReferral_refused002_namingTheFourth() {
        PsyCase c = pilotPatient(BORN_1979).referral("r1", DATE_2019_06_01, PrescriberRole.GP);
        for (int i = 1; i <= 5; i++) {
            c.pilot("s" + i, DATE_2019_06_10.plusWeeks(i - 1L), "psy", "r1");
        }
        refused(c.decision("s5"), "PSY_PILOT_SERIES_USED_UP", RefusalCode.MAXIMUM_REACHED);
        assertThat(c.decision("s5").usedUpBy()).contains("s4");
    }

    @Test
    void pE6_pilotNinthSessionOfTheYear_refused002() {
        PsyCase c = pilotPatient(BORN_1979).referral("r1", DATE_2020_01_06, PrescriberRole.GP)
                .referral("r2", LocalDate.of(2020, 3, 1), PrescriberRole.GP)
                .referral("r3", LocalDate.of(2020, 5, 1), PrescriberRole.GP);
        for (int i = 1; i <= 4; i++) {
            c.pilot("a" + i, DATE_2020_01_06.plusWeeks(i - 1L), "psy", "r1");
            c.pilot("b" + i, LocalDate.of(2020, 3, 2).plusWeeks(i - 1L), "psy", "r2");
        }
        c.pilot("c1", LocalDate.of(2020, 5, 4), "psy", "r3");
        assertThat(c.assess().count(Outcome.REIMBURSED)).isEqualTo(8);
        refused(c.decision("c1"), "PSY_PILOT_YEAR_CAP_REACHED", RefusalCode.MAXIMUM_REACHED);
        assertThat(c.decision("c1").usedUpBy()).contains("b4");
    }

    @Test
    void pE7_pilotGapOfMoreThanThreeMonths_endsTheSeries() {
        PsyCase c = pilotPatient(BORN_1979).referral("r1", LocalDate.of(2020, 1, 2), PrescriberRole.GP)
                .pilot("s1", LocalDate.of(2020, 1, 10), "psy", "r1").pilot("s2", LocalDate.of(2020, 4, 20), "psy", "r1");
        refused(c.decision("s2"), "PSY_PILOT_SERIES_ENDED_GAP", RefusalCode.PREREQUISITE_NOT_MET);
    }

    private static PsyCase adult2021() {
        return PsyCase.born(LocalDate.of(1987, 1, 1)).psychologist("psy", NetworkType.ADULTS);
    }

    @Test
    void pE8_conv2021FirstIndividualSession_free_insurance75() {
        PsyCase c = adult2021().network("s1", DATE_2022_03_01, "psy", PsyFunction.FIRST_LINE, SessionType.INDIVIDUAL);
        priced(c.decision("s1"), "75.00", "75.00", "0.00");
        assertThat(c.decision("s1").hasReason("PSY_FIRST_SESSION_FREE")).isTrue();
    }

    @Test
    void pE9_conv2021SecondIndividualSession_patient11_insurance64() {
        PsyCase c = adult2021().weekly("s", 2, DATE_2022_03_01, "psy", PsyFunction.FIRST_LINE, SessionType.INDIVIDUAL);
        priced(c.decision("s-2"), "75.00", "64.00", "11.00");
    }

    @Test
    void pE10_conv2021SecondIndividualSession_preferential_patient4_insurance71() {
        PsyCase c = adult2021().preferentialFrom(DATE_2022_03_01)
                .weekly("s", 2, DATE_2022_03_01, "psy", PsyFunction.FIRST_LINE, SessionType.INDIVIDUAL);
        priced(c.decision("s-2"), "75.00", "71.00", "4.00");
    }

    @Test
    void pE11_conv2021NinthFirstLineIndividualSessionIn12Months_refused() {
        PsyCase c = adult2021().weekly("s", 9, DATE_2022_03_01, "psy", PsyFunction.FIRST_LINE, SessionType.INDIVIDUAL);
        refused(c.decision("s-9"), "PSY_INDIVIDUAL_CAP_REACHED", RefusalCode.MAXIMUM_REACHED);
        assertThat(c.decision("s-9").usedUpBy()).contains("s-8");
    }

    @Test
    void pE12_conv2021SixthFirstLineGroupSessionIn12Months_refused() {
        PsyCase c = adult2021().weekly("g", 6, DATE_2022_03_01, "psy", PsyFunction.FIRST_LINE, SessionType.GROUP);
        assertThat(c.decision("g-5").patientShare()).contains(eur("2.50"));
        refused(c.decision("g-6"), "PSY_GROUP_CAP_REACHED", RefusalCode.MAXIMUM_REACHED);
        assertThat(c.decision("g-6").usedUpBy()).contains("g-5");
    }

    @Test
    void pE13_conv2021GroupSeries_withOneIndividualBeforeAndOneAfter_allReimbursed() {
        PsyCase c = adult2021().network("before", DATE_2022_03_01, "psy", PsyFunction.FIRST_LINE, SessionType.INDIVIDUAL)
                .weekly("g", 5, DATE_2022_03_01.plusWeeks(1), "psy", PsyFunction.FIRST_LINE, SessionType.GROUP)
                .network("after", DATE_2022_03_01.plusWeeks(7), "psy", PsyFunction.FIRST_LINE, SessionType.INDIVIDUAL);
        assertThat(c.assess().count(Outcome.REIMBURSED)).isEqualTo(7);
        assertThat(c.decision("before").patientShare()).contains(Money.ZERO);
        assertThat(c.decision("g-3").patientShare()).contains(eur("2.50"));
        assertThat(c.decision("g-3").fee()).isEmpty();
        priced(c.decision("after"), "75.00", "64.00", "11.00");
    }

    @Test
    void pE14_conv2021IndividualSessionInTheMiddleOfAGroupSeries_refused() {
        PsyCase c = adult2021().network("before", DATE_2022_03_01, "psy", PsyFunction.FIRST_LINE, SessionType.INDIVIDUAL)
                .weekly("g", 3, DATE_2022_03_01.plusWeeks(1), "psy", PsyFunction.FIRST_LINE, SessionType.GROUP)
                .network("middle", DATE_2022_03_01.plusWeeks(4), "psy", PsyFunction.FIRST_LINE, SessionType.INDIVIDUAL)
                .weekly("h", 2, DATE_2022_03_01.plusWeeks(5), "psy", PsyFunction.FIRST_LINE, SessionType.GROUP)
                .network("after", DATE_2022_03_01.plusWeeks(8), "psy", PsyFunction.FIRST_LINE, SessionType.INDIVIDUAL);
        refused(c.decision("middle"), "PSY_INDIVIDUAL_DURING_GROUP_SERIES", RefusalCode.CANNOT_BE_COMBINED);
        assertThat(c.assess().count(Outcome.REIMBURSED)).isEqualTo(7);
    }

    @Test
    void pE15_conv2021ChildrenSpecialised21stIndividualSessionIn12Months_refused() {
        PsyCase c = PsyCase.born(LocalDate.of(2006, 1, 1)).psychologist("psy", NetworkType.CHILDREN_ADOLESCENTS)
                .weekly("s", 21, DATE_2022_03_01, "psy", PsyFunction.SPECIALISED, SessionType.INDIVIDUAL);
        assertThat(c.decision("s-20").isReimbursed()).isTrue();
        refused(c.decision("s-21"), "PSY_INDIVIDUAL_CAP_REACHED", RefusalCode.MAXIMUM_REACHED);
    }

    @Test
    void pE16_conv2021OneNetworkCategoryPer12Months() {
        PsyCase c = PsyCase.born(LocalDate.of(2004, 6, 1)).psychologist("kids", NetworkType.CHILDREN_ADOLESCENTS)
                .psychologist("adults", NetworkType.ADULTS)
                .network("jan", LocalDate.of(2023, 1, 10), "kids", PsyFunction.FIRST_LINE, SessionType.INDIVIDUAL)
                .network("jun", LocalDate.of(2023, 6, 10), "adults", PsyFunction.FIRST_LINE, SessionType.INDIVIDUAL);
        assertThat(c.decision("jan").isReimbursed()).isTrue();
        refused(c.decision("jun"), "PSY_OTHER_NETWORK_CATEGORY", RefusalCode.CANNOT_BE_COMBINED);
        assertThat(c.decision("jun").usedUpBy()).contains("jan");
    }

    @Test
    void pE17_february2024_age19_freeUnderTheConvention2021() {
        PsyCase c = PsyCase.born(LocalDate.of(2004, 9, 1)).psychologist("psy", NetworkType.ADULTS)
                .network("s1", LocalDate.of(2024, 2, 8), "psy", PsyFunction.FIRST_LINE, SessionType.INDIVIDUAL)
                .network("s2", LocalDate.of(2024, 2, 15), "psy", PsyFunction.FIRST_LINE, SessionType.INDIVIDUAL);
        priced(c.decision("s2"), "75.00", "75.00", "0.00");
        assertThat(c.decision("s2").hasReason("PSY_FREE_UNTIL_AGE")).isTrue();
    }

    private static PsyCase born2000() {
        return PsyCase.born(LocalDate.of(2000, 12, 1)).psychologist("psy", NetworkType.ADULTS);
    }

    @Test
    void pE18_conv2024_age23_free() {
        PsyCase c = born2000().network("s1", DATE_2024_06_01, "psy", PsyFunction.FIRST_LINE_SUPPORT, SessionType.INDIVIDUAL);
        shareOnly(c.decision("s1"), "0.00");
        assertThat(c.decision("s1").fee()).isEmpty();
        assertThat(c.decision("s1").missing()).anySatisfy(m -> assertThat(m.item()).isEqualTo("TARIFF"));
    }

    @Test
    void pE19_conv2024_2025_nowAge24_thirdIndividualSupportSession_patient11() {
        PsyCase c = born2000()
                .network("s1", DATE_2024_06_01, "psy", PsyFunction.FIRST_LINE_SUPPORT, SessionType.INDIVIDUAL)
                .network("s2", DATE_2024_06_01.plusWeeks(1), "psy", PsyFunction.FIRST_LINE_SUPPORT, SessionType.INDIVIDUAL)
                .network("s3", LocalDate.of(2025, 1, 10), "psy", PsyFunction.FIRST_LINE_SUPPORT, SessionType.INDIVIDUAL);
        shareOnly(c.decision("s3"), "11.00");
        assertThat(c.decision("s3").band().orElseThrow().rank()).contains(3);
    }

    private static PsyCase bim50() {
        return PsyCase.born(LocalDate.of(1974, 5, 1)).preferentialFrom(DATE_2024_06_01)
                .psychologist("psy", NetworkType.ADULTS);
    }

    @Test
    void pE20_conv2024_age50_preferential_firstIndividualSession_free() {
        PsyCase c = bim50().network("s1", DATE_2024_06_01, "psy", PsyFunction.FIRST_LINE_SUPPORT, SessionType.INDIVIDUAL);
        shareOnly(c.decision("s1"), "0.00");
    }

    @Test
    void pE21_conv2024_age50_preferential_groupSession_2_50() {
        PsyCase c = bim50().network("g1", DATE_2024_06_01, "psy", PsyFunction.FIRST_LINE_SUPPORT, SessionType.GROUP);
        shareOnly(c.decision("g1"), "2.50");
    }

    @Test
    void pE22_conv2024_adultNinthIndividualSupportSession_refused002_namingTheEighth() {
        PsyCase c = bim50().weekly("s", 9, DATE_2024_06_01, "psy", PsyFunction.FIRST_LINE_SUPPORT, SessionType.INDIVIDUAL);
        refused(c.decision("s-9"), "PSY_INDIVIDUAL_CAP_REACHED", RefusalCode.MAXIMUM_REACHED);
        assertThat(c.decision("s-9").usedUpBy()).contains("s-8");
    }

    @Test
    void pE23_conv2024_eightIndividualAndTenGroupSessions_allReimbursed() {
        PsyCase c = bim50().weekly("s", 8, DATE_2024_06_01, "psy", PsyFunction.FIRST_LINE_SUPPORT, SessionType.INDIVIDUAL)
                .weekly("g", 10, DATE_2024_06_01.plusDays(2), "psy", PsyFunction.FIRST_LINE_SUPPORT, SessionType.GROUP);
        assertThat(c.assess().count(Outcome.REIMBURSED)).isEqualTo(18);
    }

    @Test
    void pE24_conv2024_individualAndGroupOnOneDay_onlyOneReimbursed() {
        PsyCase c = bim50().network("s1", DATE_2024_06_01, LocalTime.of(9, 0), "psy", "path",
                PsyFunction.FIRST_LINE_SUPPORT, SessionType.INDIVIDUAL)
                .network("g1", DATE_2024_06_01, LocalTime.of(14, 0), "psy", "path", PsyFunction.FIRST_LINE_SUPPORT,
                        SessionType.GROUP);
        assertThat(c.decision("s1").isReimbursed()).isTrue();
        refused(c.decision("g1"), "PSY_ONE_SESSION_PER_DAY", RefusalCode.CANNOT_BE_COMBINED);
        assertThat(c.decision("g1").usedUpBy()).contains("s1");
    }

    @Test
    void pE25_conv2024_childAndEntourageOnOneDay_bothReimbursed() {
        PsyCase c = PsyCase.born(LocalDate.of(2014, 1, 1)).psychologist("psy", NetworkType.CHILDREN_ADOLESCENTS)
                .network("child", DATE_2024_06_01, LocalTime.of(9, 0), "psy", "path", PsyFunction.FIRST_LINE_SUPPORT,
                        SessionType.INDIVIDUAL)
                .network("parents", DATE_2024_06_01, LocalTime.of(10, 0), "psy", "path", PsyFunction.FIRST_LINE_SUPPORT,
                        SessionType.ENTOURAGE);
        shareOnly(c.decision("child"), "0.00");
        shareOnly(c.decision("parents"), "0.00");
    }

    @Test
    void pE26_conv2024_parallelSupportAndTreatment_secondFunctionRefused_consecutiveFine() {
        PsyCase c = bim50();
        for (int i = 0; i < 3; i++) {
            c.network("support-" + (i + 1), DATE_2024_06_01.plusWeeks(2L * i), "psy", PsyFunction.FIRST_LINE_SUPPORT,
                    SessionType.INDIVIDUAL);
            c.network("treat-" + (i + 1), DATE_2024_06_01.plusWeeks(2L * i + 1), "psy", PsyFunction.FIRST_LINE_TREATMENT,
                    SessionType.INDIVIDUAL);
        }
        refused(c.decision("treat-1"), "PSY_PARALLEL_SUPPORT_AND_TREATMENT", RefusalCode.CANNOT_BE_COMBINED);
        refused(c.decision("treat-2"), "PSY_PARALLEL_SUPPORT_AND_TREATMENT", RefusalCode.CANNOT_BE_COMBINED);
        // After the last support session, treatment follows consecutively.
        assertThat(c.decision("treat-3").isReimbursed()).isTrue();
        assertThat(c.decision("support-3").isReimbursed()).isTrue();
    }
}
