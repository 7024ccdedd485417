package io.github.inamirules.rates2025;

import static io.github.inamirules.rates2025.PhysioCase.asking;
import static io.github.inamirules.rates2025.PhysioCase.at;
import static io.github.inamirules.rates2025.PhysioCase.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.RateCoverageException;
import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Band;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Entitlement;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.ApprovalKind;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Place;
import io.github.inamirules.model.Situation;
import io.github.inamirules.rates.ProvenanceStatus;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * End-to-end physiotherapy cases of 2025: the worked examples of shared/research/physio.md (WE-xx)
 * and the checks of the foundation issue, through the installed engine and the real 2025 rates.
 */
class TestPhysiotherapy2025 {
    private static final LocalDate DATE_2025_01_02 = LocalDate.of(2025, 1, 2);
    private static final LocalDate DATE_2025_01_10 = LocalDate.of(2025, 1, 10);
    private static final LocalDate DATE_2025_02_01 = LocalDate.of(2025, 2, 1);
    private static final LocalDate DATE_2025_03_01 = LocalDate.of(2025, 3, 1);
    private static final LocalDate DATE_2025_03_06 = LocalDate.of(2025, 3, 6);
    private static final LocalDate DATE_2025_03_10 = LocalDate.of(2025, 3, 10);
    private static final LocalDate DATE_2025_06_01 = LocalDate.of(2025, 6, 1);
    private static final LocalDate DATE_2025_07_01 = LocalDate.of(2025, 7, 1);

    /** Two sessions before {@code date}, then one on it: the third courante session of the year. */
    private static PhysioCase thirdCouranteSessionOn(LocalDate date, String practitioner, String feeAsked) {
        PhysioCase c = PhysioCase.create().pathology("back", Situation.COURANTE, date.minusDays(20))
                .session("back", date.minusDays(14), practitioner)
                .session("back", date.minusDays(7), practitioner);
        return feeAsked == null ? c.session("back", date, practitioner)
                : c.session("back", date, practitioner, asking(feeAsked));
    }

    @Nested
    class ConventionedCourante {
        @Test
        void we01_ordinaryPatient_2025_03_10() {
            Decision d = thirdCouranteSessionOn(DATE_2025_03_10, "conv", null).last();
            assertThat(d.outcome()).isEqualTo(Outcome.REIMBURSED);
            assertThat(d.nomenclatureCode()).contains("567011");
            assertThat(d.band()).contains(Band.of("PHYSIO_COURANTE_1_9", 3));
            assertThat(d.fee()).contains(eur("30.80"));
            assertThat(d.insurance()).contains(eur("24.55"));
            assertThat(d.patientShare()).contains(eur("6.25"));
            assertThat(d.supplement()).isEqualTo(eur("0.00"));
        }

        @Test
        void we02_preferentialPatient_2025_03_10() {
            Decision d = thirdCouranteSessionOn(DATE_2025_03_10, "conv", null).preferential().last();
            assertThat(d.fee()).contains(eur("30.80"));
            assertThat(d.insurance()).contains(eur("28.30"));
            assertThat(d.patientShare()).contains(eur("2.50"));
        }

        @Test
        void january2025_noConvention_feeOfM24_andFreeFees() {
            Decision d = thirdCouranteSessionOn(LocalDate.of(2025, 1, 27), "conv", "35.00").last();
            assertThat(d.fee()).contains(eur("30.00"));
            assertThat(d.insurance()).contains(eur("23.75"));
            assertThat(d.patientShare()).contains(eur("6.25"));
            assertThat(d.supplement()).isEqualTo(eur("5.00"));
            assertThat(d.hasReason("PHYSIO_NO_CONVENTION_IN_FORCE")).isTrue();
        }

        @Test
        void conventionedPractitionerAskingMore_getsWarningAndNoSupplement() {
            Decision d = thirdCouranteSessionOn(DATE_2025_03_10, "conv", "40.00").last();
            assertThat(d.supplement()).isEqualTo(eur("0.00"));
            assertThat(d.insurance()).contains(eur("24.55"));
            assertThat(d.hasReason("PHYSIO_CONVENTIONED_FEE_ABOVE_OFFICIAL")).isTrue();
        }

        @Test
        void we14_homeSession10_from_february() {
            Decision d = PhysioCase.create().pathology("back", Situation.COURANTE, DATE_2025_03_01)
                    .daily("back", DATE_2025_03_01, 9, "conv")
                    .session("back", DATE_2025_03_10, "conv", at(Place.HOME, 30)).last();
            assertThat(d.nomenclatureCode()).contains("560313");
            assertThat(d.fee()).contains(eur("33.88"));
            assertThat(d.insurance()).contains(eur("27.63"));
            assertThat(d.patientShare()).contains(eur("6.25"));
        }

        @Test
        void we13_homeSession10_january_reimbursements() {
            PhysioCase c = PhysioCase.create().pathology("back", Situation.COURANTE, DATE_2025_01_02)
                    .daily("back", DATE_2025_01_02, 9, "conv")
                    .session("back", LocalDate.of(2025, 1, 11), "conv", at(Place.HOME, 30));
            assertThat(c.last().insurance()).contains(eur("26.75"));
            assertThat(c.preferential().last().insurance()).contains(eur("30.50"));
        }
    }

    @Nested
    class NonConventioned {
        @Test
        void we08_ordinaryPatient_from_may_insuranceReducedBy25Percent() {
            Decision d = thirdCouranteSessionOn(DATE_2025_07_01, "free", "40.00").last();
            assertThat(d.fee()).contains(eur("30.80"));
            assertThat(d.insurance()).contains(eur("18.41"));
            assertThat(d.patientTotal()).contains(eur("21.59"));
            assertThat(d.supplement()).isEqualTo(eur("9.20"));
            assertThat(d.patientShare()).contains(eur("12.39"));
            assertThat(d.hasReason("PHYSIO_NON_CONVENTIONED_REDUCTION")).isTrue();
        }

        @Test
        void we10_before_may_noReduction() {
            Decision march = thirdCouranteSessionOn(DATE_2025_03_01, "free", "40.00").last();
            assertThat(march.insurance()).contains(eur("24.55"));
            assertThat(march.patientShare()).contains(eur("6.25"));
            assertThat(march.supplement()).isEqualTo(eur("9.20"));
            assertThat(march.hasReason("PHYSIO_NON_CONVENTIONED_REDUCTION")).isFalse();
            Decision february = thirdCouranteSessionOn(LocalDate.of(2025, 2, 15), "free", "40.00").last();
            assertThat(february.insurance()).contains(eur("24.55"));
        }

        @Test
        void reductionStartsExactlyOn_2025_05_01() {
            assertThat(thirdCouranteSessionOn(LocalDate.of(2025, 4, 30), "free", null).last().insurance())
                    .contains(eur("24.55"));
            assertThat(thirdCouranteSessionOn(LocalDate.of(2025, 5, 1), "free", null).last().insurance())
                    .contains(eur("18.41"));
        }

        @Test
        void we09_preferentialPatient_keepsFullInsurance_andIsChargedTheOfficialFee() {
            Decision d = thirdCouranteSessionOn(DATE_2025_07_01, "free", "40.00").preferential().last();
            assertThat(d.insurance()).contains(eur("28.30"));
            assertThat(d.patientShare()).contains(eur("2.50"));
            assertThat(d.supplement()).isEqualTo(eur("0.00"));
            assertThat(d.hasReason("PHYSIO_PREFERENTIAL_OFFICIAL_FEE")).isTrue();
        }

        @Test
        void seed004_sixteenEuroClaimIsNotWhatTheRuleGives() {
            // Seed 004 (a practice's website) says the insurance pays 16 EUR; the rule (P-12: 75 % of
            // the conventioned 24.55) gives 18.41, which physio.md WE-08 and the issue both expect.
            Decision d = thirdCouranteSessionOn(DATE_2025_07_01, "free", "40.00").last();
            assertThat(d.insurance()).contains(eur("18.41"));
            assertThat(d.insurance().orElseThrow()).isNotEqualTo(eur("16.00"));
        }
    }

    @Nested
    class CouranteCounting {
        @Test
        void we07_codesBySessionRank() {
            Assessment a = PhysioCase.create().pathology("back", Situation.COURANTE, DATE_2025_03_01)
                    .daily("back", DATE_2025_03_01, 20, "conv").assess();
            assertThat(a.decisions()).extracting(d -> d.nomenclatureCode().orElseThrow())
                    .containsExactly("567011", "567011", "567011", "567011", "567011", "567011", "567011", "567011",
                            "567011", "560011", "560011", "560011", "560011", "560011", "560011", "560011",
                            "560011", "560011", "560055", "560055");
        }

        @Test
        void session19_fallsInTheDepassementBand_atTheDerivedReducedReimbursement() {
            Decision d = PhysioCase.create().pathology("back", Situation.COURANTE, DATE_2025_03_01)
                    .daily("back", DATE_2025_03_01, 19, "conv").last();
            assertThat(d.band()).contains(Band.of("PHYSIO_DEPASSEMENT", 19));
            assertThat(d.hasReason("PHYSIO_COURANTE_OVER_18")).isTrue();
            assertThat(d.insurance()).contains(eur("4.87"));
            assertThat(d.fee()).contains(eur("30.80"));
            assertThat(d.tariffProvenance().orElseThrow().status()).isEqualTo(ProvenanceStatus.DERIVED);
            assertThat(d.hasReason("PHYSIO_TARIFF_DERIVED")).isTrue();
        }

        @Test
        void we06_depassement55_isRefused002_namingThe54th() {
            Assessment a = PhysioCase.create().pathology("back", Situation.COURANTE, DATE_2025_01_02)
                    .daily("back", DATE_2025_01_02, 18 + 55, "conv").assess();
            Decision fiftyFourth = a.decision("back-72");
            Decision fiftyFifth = a.decision("back-73");
            assertThat(fiftyFourth.band()).contains(Band.of("PHYSIO_DEPASSEMENT", 72));
            assertThat(fiftyFifth.outcome()).isEqualTo(Outcome.REFUSED);
            assertThat(fiftyFifth.refusalCode()).contains(RefusalCode.MAXIMUM_REACHED);
            assertThat(fiftyFifth.usedUpBy()).contains("back-72");
            assertThat(fiftyFifth.insurance()).contains(eur("0.00"));
            assertThat(fiftyFifth.hasReason("PHYSIO_DEPASSEMENT_CAP_REACHED")).isTrue();
            assertThat(a.entitlements()).contains(Entitlement.builder().counter("PHYSIO_DEPASSEMENT")
                    .period(DateRange.ofYear(2025)).used(54).limit(54).build());
        }

        @Test
        void depassementCap_isSharedAcrossPathologies() {
            Assessment a = PhysioCase.create()
                    .pathology("back", Situation.COURANTE, DATE_2025_01_02)
                    .pathology("neck", Situation.COURANTE, LocalDate.of(2025, 5, 1))
                    .approval("neck", ApprovalKind.ADDITIONAL_COURANTE_PATHOLOGY, DateRange.ofYear(2025))
                    .daily("back", DATE_2025_01_02, 18 + 40, "conv")
                    .daily("neck", LocalDate.of(2025, 5, 1), 18 + 15, "conv").assess();
            assertThat(a.decision("neck-32").band()).contains(Band.of("PHYSIO_DEPASSEMENT", 32));
            assertThat(a.decision("neck-33").refusalCode()).contains(RefusalCode.MAXIMUM_REACHED);
            assertThat(a.decision("neck-33").usedUpBy()).contains("neck-32");
        }

        @Test
        void countersRestartEachCalendarYear_coverageEndsThere() {
            Assessment a = PhysioCase.create().pathology("back", Situation.COURANTE, LocalDate.of(2025, 12, 1))
                    .daily("back", LocalDate.of(2025, 12, 1), 20, "conv").assess();
            assertThat(a.entitlementsOf("back")).singleElement().satisfies(e -> {
                assertThat(e.used()).isEqualTo(20);
                assertThat(e.remaining()).contains(0);
            });
        }

        @Test
        void secondPathology_needsApproval_005() {
            Decision d = PhysioCase.create()
                    .pathology("back", Situation.COURANTE, DATE_2025_03_01)
                    .pathology("neck", Situation.COURANTE, DATE_2025_03_01)
                    .session("back", DATE_2025_03_01, "conv")
                    .session("neck", DATE_2025_03_06, "conv").last();
            assertThat(d.refusalCode()).contains(RefusalCode.NO_AGREEMENT);
            assertThat(d.hasReason("PHYSIO_COURANTE_APPROVAL_MISSING")).isTrue();
        }

        @Test
        void fourthPathology_isRefused002_namingTheFirstSessionOfTheThird() {
            PhysioCase c = PhysioCase.create();
            String[] ids = {"a", "b", "c", "d"};
            for (int i = 0; i < ids.length; i++) {
                c.pathology(ids[i], Situation.COURANTE, DATE_2025_03_01);
                if (i > 0) {
                    c.approval(ids[i], ApprovalKind.ADDITIONAL_COURANTE_PATHOLOGY, DateRange.ofYear(2025));
                }
                c.session(ids[i], DATE_2025_03_01.plusDays(i), "conv");
            }
            Assessment a = c.assess();
            assertThat(a.decision("c-1").isReimbursed()).isTrue();
            assertThat(a.decision("c-1").hasReason("PHYSIO_COURANTE_ADDITIONAL_PATHOLOGY")).isTrue();
            assertThat(a.decision("d-1").refusalCode()).contains(RefusalCode.MAXIMUM_REACHED);
            assertThat(a.decision("d-1").usedUpBy()).contains("c-1");
        }
    }

    @Nested
    class Prescriptions {
        @Test
        void we23_firstSessionMoreThanTwoMonthsAfterThePrescription_isRefused008() {
            Decision d = PhysioCase.create().pathology("back", Situation.COURANTE, DATE_2025_01_10)
                    .session("back", LocalDate.of(2025, 3, 20), "conv").last();
            assertThat(d.refusalCode()).contains(RefusalCode.PREREQUISITE_NOT_MET);
            assertThat(d.hasReason("PHYSIO_PRESCRIPTION_START_LATE")).isTrue();
        }

        @ParameterizedTest
        @CsvSource({"2025-03-09, REIMBURSED", "2025-03-10, REFUSED"})
        void startWindowIsHalfOpen(LocalDate firstSession, Outcome expected) {
            Decision d = PhysioCase.create().pathology("back", Situation.COURANTE, DATE_2025_01_10)
                    .session("back", firstSession, "conv").last();
            assertThat(d.outcome()).isEqualTo(expected);
        }

        @Test
        void laterSessionsOfALateStartedPrescription_areRefusedToo() {
            Assessment a = PhysioCase.create().pathology("back", Situation.COURANTE, DATE_2025_01_10)
                    .daily("back", LocalDate.of(2025, 3, 20), 3, "conv").assess();
            assertThat(a.decisions()).allSatisfy(d -> assertThat(d.outcome()).isEqualTo(Outcome.REFUSED));
        }

        @Test
        void noPrescription_isRefused008() {
            Decision d = PhysioCase.create().pathology("back", Situation.COURANTE, DATE_2025_03_01)
                    .session("back", DATE_2025_03_06, "conv", b -> b.prescriptionId(java.util.Optional.empty()))
                    .last();
            assertThat(d.refusalCode()).contains(RefusalCode.PREREQUISITE_NOT_MET);
            assertThat(d.hasReason("PHYSIO_PRESCRIPTION_MISSING")).isTrue();
            assertThat(d.reasons().get(0).ruleId()).isEqualTo("P-01");
        }

        @Test
        void sessionBeforeThePrescription_isRefused008() {
            Decision d = PhysioCase.create().pathology("back", Situation.COURANTE, DATE_2025_03_06)
                    .session("back", DATE_2025_03_01, "conv").last();
            assertThat(d.hasReason("PHYSIO_SESSION_BEFORE_PRESCRIPTION")).isTrue();
        }
    }

    @Nested
    class OtherSituations {
        @Test
        void we16_faSession_patientShare550_feeUnknown() {
            Decision d = PhysioCase.create().pathology("knee", Situation.FA, DATE_2025_03_01)
                    .approval("knee", ApprovalKind.FA_NOTIFICATION, DateRange.startingFrom(DATE_2025_03_01))
                    .session("knee", DATE_2025_03_06, "conv").last();
            assertThat(d.outcome()).isEqualTo(Outcome.INSUFFICIENT_DATA);
            assertThat(d.band()).contains(Band.of("PHYSIO_FA_1_20", 1));
            assertThat(d.patientShare()).contains(eur("5.50"));
            assertThat(d.fee()).isEmpty();
            assertThat(d.missing()).isNotEmpty();
        }

        @Test
        void fa_withoutNotification_isRefused005() {
            Decision d = PhysioCase.create().pathology("knee", Situation.FA, DATE_2025_03_01)
                    .session("knee", DATE_2025_03_06, "conv").last();
            assertThat(d.refusalCode()).contains(RefusalCode.NO_AGREEMENT);
        }

        @Test
        void we19_we20_faBands_60_or120ForPolytrauma() {
            Assessment a = PhysioCase.create().pathology("knee", Situation.FA, DATE_2025_03_01)
                    .polytrauma("poly", LocalDate.of(2025, 5, 1))
                    .approval("knee", ApprovalKind.FA_NOTIFICATION, DateRange.startingFrom(DATE_2025_03_01))
                    .approval("poly", ApprovalKind.FA_NOTIFICATION, DateRange.startingFrom(DATE_2025_03_01))
                    .daily("knee", DATE_2025_03_01, 61, "conv")
                    .daily("poly", LocalDate.of(2025, 5, 1), 121, "conv")
                    .assess();
            assertThat(a.decision("knee-20").band()).contains(Band.of("PHYSIO_FA_1_20", 20));
            assertThat(a.decision("knee-21").band()).contains(Band.of("PHYSIO_FA_21_60", 21));
            assertThat(a.decision("knee-60").band()).contains(Band.of("PHYSIO_FA_21_60", 60));
            assertThat(a.decision("knee-61").band()).contains(Band.of("PHYSIO_FA_REDUCED", 61));
            assertThat(a.decision("poly-61").band()).contains(Band.of("PHYSIO_FA_21_60", 61));
            assertThat(a.decision("poly-121").band()).contains(Band.of("PHYSIO_FA_REDUCED", 121));
        }

        @Test
        void fbTiers_60_80_81() {
            Assessment a = PhysioCase.create().pathology("ms", Situation.FB, DATE_2025_01_02)
                    .approval("ms", ApprovalKind.FB_NOTIFICATION, DateRange.startingFrom(DATE_2025_01_02))
                    .daily("ms", DATE_2025_01_02, 81, "conv").assess();
            assertThat(a.decision("ms-60").band()).contains(Band.of("PHYSIO_FB_1_60", 60));
            assertThat(a.decision("ms-61").band()).contains(Band.of("PHYSIO_FB_61_80", 61));
            assertThat(a.decision("ms-80").band()).contains(Band.of("PHYSIO_FB_61_80", 80));
            assertThat(a.decision("ms-81").band()).contains(Band.of("PHYSIO_FB_REDUCED", 81));
            assertThat(a.decision("ms-1").patientShare()).contains(eur("5.50"));
        }

        @Test
        void we15_eSession_patientShare400_or150() {
            PhysioCase c = PhysioCase.create().pathology("parkinson", Situation.E, DATE_2025_03_01)
                    .approval("parkinson", ApprovalKind.E_AGREEMENT,
                            DateRange.of(DATE_2025_03_01, DATE_2025_03_01.plusYears(3)))
                    .session("parkinson", DATE_2025_03_06, "conv");
            assertThat(c.last().band()).contains(Band.of("PHYSIO_E", 1));
            assertThat(c.last().patientShare()).contains(eur("4.00"));
            assertThat(c.preferential().last().patientShare()).contains(eur("1.50"));
        }

        @Test
        void eAgreement_longerThanThreeYears_coversOnlyThreeYears() {
            Decision d = PhysioCase.create().pathology("parkinson", Situation.E, LocalDate.of(2025, 6, 1))
                    .approval("parkinson", ApprovalKind.E_AGREEMENT,
                            DateRange.of(LocalDate.of(2022, 6, 1), LocalDate.of(2026, 6, 1)))
                    .session("parkinson", LocalDate.of(2025, 6, 10), "conv").last();
            assertThat(d.refusalCode()).contains(RefusalCode.NOT_ATTESTABLE_ON_DATE);
            assertThat(d.hasReason("PHYSIO_E_AGREEMENT_TOO_LONG")).isTrue();
        }

        @Test
        void we17_twentyMinuteRestHomeSession_patientShare200_or100() {
            PhysioCase c = PhysioCase.create().pathology("hip", Situation.COURANTE, DATE_2025_03_01)
                    .session("hip", DATE_2025_03_06, "conv", at(Place.REST_HOME, 20));
            assertThat(c.last().nomenclatureCode()).contains("560571");
            assertThat(c.last().patientShare()).contains(eur("2.00"));
            assertThat(c.preferential().last().patientShare()).contains(eur("1.00"));
        }

        @Test
        void we18_palliativeAtHome_code564211_patientShare0() {
            Decision d = PhysioCase.create().pathology("pall", Situation.PALLIATIVE_HOME, DATE_2025_03_01)
                    .session("pall", DATE_2025_03_06, "conv", at(Place.HOME, 30)).last();
            assertThat(d.nomenclatureCode()).contains("564211");
            assertThat(d.patientShare()).contains(eur("0.00"));
        }

        @Test
        void palliativeInARestHome_isRefused009() {
            Decision d = PhysioCase.create().pathology("pall", Situation.PALLIATIVE_HOME, DATE_2025_03_01)
                    .session("pall", DATE_2025_03_06, "conv", at(Place.REST_HOME, 30)).last();
            assertThat(d.refusalCode()).contains(RefusalCode.NOT_ATTESTABLE_ON_DATE);
        }

        @Test
        void we22_perinatalNine_thenCouranteWithoutApproval() {
            Assessment a = PhysioCase.create().pathology("pregnancy", Situation.PERINATAL, DATE_2025_03_01)
                    .daily("pregnancy", DATE_2025_03_01, 11, "conv").assess();
            assertThat(a.decision("pregnancy-9").band()).contains(Band.of("PHYSIO_PERINATAL", 9));
            assertThat(a.decision("pregnancy-9").nomenclatureCode()).contains("561595");
            assertThat(a.decision("pregnancy-10").band()).contains(Band.of("PHYSIO_COURANTE_1_9", 1));
            assertThat(a.decision("pregnancy-10").nomenclatureCode()).contains("567011");
            assertThat(a.decision("pregnancy-10").hasReason("PHYSIO_PERINATAL_CONTINUED_AS_COURANTE")).isTrue();
            assertThat(a.decision("pregnancy-10").isReimbursed()).isTrue();
        }

        @Test
        void perinatalOverflow_afterAnotherCouranteThatYear_needsApproval() {
            Assessment a = PhysioCase.create().pathology("back", Situation.COURANTE, LocalDate.of(2025, 2, 10))
                    .pathology("pregnancy", Situation.PERINATAL, DATE_2025_03_01)
                    .session("back", LocalDate.of(2025, 2, 10), "conv")
                    .daily("pregnancy", DATE_2025_03_01, 10, "conv").assess();
            assertThat(a.decision("pregnancy-10").refusalCode()).contains(RefusalCode.NO_AGREEMENT);
        }
    }

    @Nested
    class SessionsPerDay {
        @Test
        void secondSessionTheSameDay_isRefused010_namingTheFirst() {
            Assessment a = PhysioCase.create().pathology("back", Situation.COURANTE, DATE_2025_03_01)
                    .session("back", DATE_2025_03_06, "conv").session("back", DATE_2025_03_06, "free").assess();
            Decision second = a.decision("back-2");
            assertThat(second.refusalCode()).contains(RefusalCode.CANNOT_BE_COMBINED);
            assertThat(second.usedUpBy()).contains("back-1");
            assertThat(a.entitlementsOf("back")).singleElement().extracting(Entitlement::used).isEqualTo(1);
        }

        @Test
        void secondSessionWithApproval_isCountedAndFlagged() {
            Assessment a = PhysioCase.create().pathology("back", Situation.COURANTE, DATE_2025_03_01)
                    .approval("back", ApprovalKind.SECOND_SESSION_PER_DAY, DateRange.ofYear(2025))
                    .session("back", DATE_2025_03_06, "conv").session("back", DATE_2025_03_06, "conv")
                    .session("back", DATE_2025_03_06, "conv").assess();
            assertThat(a.decision("back-2").band()).contains(Band.of("PHYSIO_COURANTE_1_9", 2));
            assertThat(a.decision("back-2").hasReason("PHYSIO_SECOND_SESSION_OF_DAY")).isTrue();
            assertThat(a.decision("back-3").refusalCode()).contains(RefusalCode.CANNOT_BE_COMBINED);
        }

        @Test
        void palliativeSecondSession_withAnEAccord_is564233() {
            Decision d = PhysioCase.create().pathology("pall", Situation.PALLIATIVE_HOME, DATE_2025_03_01)
                    .approval("pall", ApprovalKind.E_AGREEMENT, DateRange.ofYear(2025))
                    .session("pall", DATE_2025_03_06, "conv", at(Place.HOME, 30))
                    .session("pall", DATE_2025_03_06, "conv", at(Place.HOME, 30)).last();
            assertThat(d.nomenclatureCode()).contains("564233");
            assertThat(d.band()).contains(Band.of("PHYSIO_PALLIATIVE_SECOND"));
        }
    }

    @Nested
    class Coverage {
        @ParameterizedTest
        @CsvSource({"2024-12-31", "2027-03-01", "2026-01-01"})
        void sessionOutsideRates2025_namesTheMissingCoverage(LocalDate date) {
            PhysioCase c = PhysioCase.create().pathology("back", Situation.COURANTE, date.minusDays(5))
                    .session("back", date, "conv");
            assertThatThrownBy(c::assess).isInstanceOf(RateCoverageException.class)
                    .hasMessageContaining("physiotherapy").hasMessageContaining(date.toString())
                    .hasMessageContaining("back-1").hasMessageContaining("rates-2025")
                    .hasMessageContaining("inami-rules-rates-" + date.getYear());
        }
    }

    @Nested
    class Explanations {
        @Test
        void everyReasonCitesItsRuleAndSource_inThreeLanguages() {
            Decision d = thirdCouranteSessionOn(DATE_2025_07_01, "free", "40.00").last();
            assertThat(d.reasons()).isNotEmpty().allSatisfy(r -> {
                assertThat(r.ruleId()).matches("P-\\d\\d");
                assertThat(r.source()).startsWith("https://");
                for (Locale l : new Locale[] {Locale.FRENCH, Locale.forLanguageTag("nl"), Locale.ENGLISH}) {
                    assertThat(r.message(l)).doesNotContain("{").doesNotStartWith(r.code());
                }
            });
            assertThat(d.reasons().stream().filter(r -> r.code().equals("PHYSIO_NON_CONVENTIONED_REDUCTION"))
                    .findFirst().orElseThrow().message(Locale.FRENCH)).contains("24.55").contains("18.41");
        }

        @Test
        void bandLabels_inThreeLanguages() {
            Band band = Band.of("PHYSIO_COURANTE_10_18", 12);
            assertThat(band.label(Locale.FRENCH)).isEqualTo("courante, séances 10-18");
            assertThat(band.label(Locale.forLanguageTag("nl"))).isEqualTo("courant, zittingen 10-18");
            assertThat(band.label(Locale.GERMAN)).isEqualTo("courante, sessions 10-18");
        }

        @Test
        void quote_answersForTheNextSession() {
            PhysioCase c = PhysioCase.create().pathology("back", Situation.COURANTE, DATE_2025_03_01)
                    .daily("back", DATE_2025_03_01, 18, "conv");
            Decision next = PhysioCase.ENGINE.quote(c.build(), io.github.inamirules.model.Session.builder()
                    .id("next").date(DATE_2025_06_01).practitionerId("conv").pathologyId("back")
                    .prescriptionId("rx-back").build());
            assertThat(next.band()).contains(Band.of("PHYSIO_DEPASSEMENT", 19));
        }
    }
}
