package io.github.inamirules.physiotherapy;

import static io.github.inamirules.physiotherapy.PhysioCase.asking;
import static io.github.inamirules.physiotherapy.PhysioCase.at;
import static io.github.inamirules.physiotherapy.PhysioCase.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Band;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Entitlement;
import io.github.inamirules.assessment.Missing;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Money;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The physiotherapy rule set, rule by rule, through the engine and over the real 2025 rates. */
class TestPhysiotherapyRuleSet {
    private static final LocalDate DATE_2025_01_02 = LocalDate.of(2025, 1, 2);
    private static final LocalDate DATE_2025_01_10 = LocalDate.of(2025, 1, 10);
    private static final LocalDate DATE_2025_01_20 = LocalDate.of(2025, 1, 20);
    private static final LocalDate DATE_2025_02_01 = LocalDate.of(2025, 2, 1);
    private static final LocalDate DATE_2025_02_10 = LocalDate.of(2025, 2, 10);
    private static final LocalDate DATE_2025_03_01 = LocalDate.of(2025, 3, 1);
    private static final LocalDate DATE_2025_03_10 = LocalDate.of(2025, 3, 10);
    private static final LocalDate DATE_2025_03_11 = LocalDate.of(2025, 3, 11);
    private static final LocalDate DATE_2025_03_12 = LocalDate.of(2025, 3, 12);
    private static final LocalDate DATE_2025_03_13 = LocalDate.of(2025, 3, 13);
    private static final LocalDate DATE_2025_03_14 = LocalDate.of(2025, 3, 14);
    private static final LocalDate DATE_2025_06_01 = LocalDate.of(2025, 6, 1);
    private static final LocalDate DATE_2025_06_10 = LocalDate.of(2025, 6, 10);

    /** One courante pathology "knee" prescribed on 2025-03-01. */
    private static PhysioCase knee() {
        return PhysioCase.create().pathology("knee", Situation.COURANTE, DATE_2025_03_01);
    }

    @Nested
    class Prescriptions {
        @Test
        void sessionWithoutPrescription_isRefused008() {
            Decision d = knee().session("knee", DATE_2025_03_10, "conv", b -> b.prescriptionId(Optional.empty()))
                    .last();

            assertThat(d.outcome()).isEqualTo(Outcome.REFUSED);
            assertThat(d.refusalCode()).contains(RefusalCode.PREREQUISITE_NOT_MET);
            assertThat(d.hasReason("PHYSIO_PRESCRIPTION_MISSING")).isTrue();
            assertThat(d.insurance()).contains(Money.ZERO);
            assertThat(d.band()).isEmpty();
        }

        @ParameterizedTest
        @CsvSource({"2025-03-09, REIMBURSED", "2025-03-10, REFUSED"})
        void firstSession_withinTwoMonthsOfThePrescription(LocalDate first, Outcome outcome) {
            Decision d = PhysioCase.create().pathology("knee", Situation.COURANTE, DATE_2025_01_10)
                    .session("knee", first, "conv").last();

            assertThat(d.outcome()).isEqualTo(outcome);
            assertThat(d.hasReason("PHYSIO_PRESCRIPTION_START_LATE")).isEqualTo(outcome == Outcome.REFUSED);
        }

        @Test
        void aLaterStartDate_movesTheWindow() {
            Decision d = PhysioCase.create().pathology("knee", Situation.COURANTE, DATE_2025_01_10,
                    rx -> rx.startDate(DATE_2025_02_10)).session("knee", LocalDate.of(2025, 4, 9), "conv").last();

            assertThat(d.outcome()).isEqualTo(Outcome.REIMBURSED);
        }

        @Test
        void aLateFirstSession_spendsThePrescription() {
            Assessment a = PhysioCase.create().pathology("knee", Situation.COURANTE, DATE_2025_01_10)
                    .session("knee", DATE_2025_03_10, "conv").session("knee", DATE_2025_03_12, "conv").assess();

            assertThat(a.decision("knee-2").refusalCode()).contains(RefusalCode.PREREQUISITE_NOT_MET);
            assertThat(a.decision("knee-2").reasons().get(0).values()).containsEntry("firstSession", "2025-03-12")
                    .containsEntry("lastStartDay", "2025-03-09");
        }

        @Test
        void sessionBeforeThePrescription_isRefused() {
            Decision d = knee().session("knee", DATE_2025_02_01, "conv").last();

            assertThat(d.refusalCode()).contains(RefusalCode.PREREQUISITE_NOT_MET);
            assertThat(d.hasReason("PHYSIO_SESSION_BEFORE_PRESCRIPTION")).isTrue();
        }

        @Test
        void beyondThePrescribedNumber_stillReimbursed_withAWarning() {
            Assessment a = PhysioCase.create().pathology("knee", Situation.COURANTE, DATE_2025_03_01,
                    rx -> rx.numberOfSessions(2)).daily("knee", DATE_2025_03_10, 3, "conv").assess();

            assertThat(a.decision("knee-2").hasReason("PHYSIO_PRESCRIPTION_SESSIONS_EXCEEDED")).isFalse();
            Decision third = a.decision("knee-3");
            assertThat(third.outcome()).isEqualTo(Outcome.REIMBURSED);
            assertThat(third.hasReason("PHYSIO_PRESCRIPTION_SESSIONS_EXCEEDED")).isTrue();
        }
    }

    @Nested
    class OneSessionPerDay {
        @Test
        void secondSessionOfTheDay_isRefused010_usedUpByTheFirst_acrossPathologiesAndPractitioners() {
            // same day, no time: ids in natural order decide, "back-1" before "knee-1"
            Assessment a = knee().pathology("back", Situation.COURANTE, DATE_2025_03_01)
                    .session("knee", DATE_2025_03_10, "conv").session("back", DATE_2025_03_10, "free").assess();

            assertThat(a.decision("back-1").outcome()).isEqualTo(Outcome.REIMBURSED);
            Decision d = a.decision("knee-1");
            assertThat(d.outcome()).isEqualTo(Outcome.REFUSED);
            assertThat(d.refusalCode()).contains(RefusalCode.CANNOT_BE_COMBINED);
            assertThat(d.usedUpBy()).contains("back-1");
            assertThat(d.hasReason("PHYSIO_ONE_SESSION_PER_DAY")).isTrue();
        }

        @Test
        void anApprovedSecondSession_isReimbursed_underTheSecondSessionCodes() {
            Assessment a = knee().approval("knee", Physiotherapy.SECOND_SESSION_PER_DAY,
                            DateRange.startingFrom(DATE_2025_03_01))
                    .session("knee", DATE_2025_03_10, "conv").session("knee", DATE_2025_03_10, "conv")
                    .session("knee", DATE_2025_03_10, "conv").assess();

            Decision second = a.decision("knee-2");
            assertThat(second.outcome()).isEqualTo(Outcome.REIMBURSED);
            assertThat(second.hasReason("PHYSIO_SECOND_SESSION_OF_DAY")).isTrue();
            assertThat(second.band()).contains(Band.of(Bands.COURANTE_1_9, 2));
            // rates-2025 lists no second-session code at the practice: covered, unpriced.
            assertThat(second.missing()).extracting(Missing::item, Missing::impact)
                    .containsExactly(tuple("NOMENCLATURE_CODE", Missing.Impact.AMOUNT));
            assertThat(second.missing().get(0).values()).containsEntry("band", Bands.SECOND_SESSION);
            assertThat(second.patientShare()).contains(eur("6.25"));
            // a third never is
            assertThat(a.decision("knee-3").refusalCode()).contains(RefusalCode.CANNOT_BE_COMBINED);
            assertThat(a.decision("knee-3").usedUpBy()).contains("knee-1");
        }
    }

    @Nested
    class CourantePathologies {
        @Test
        void secondCourantePathologyOfTheYear_withoutApproval_isRefused005() {
            Decision d = knee().pathology("back", Situation.COURANTE, DATE_2025_03_01)
                    .session("knee", DATE_2025_03_10, "conv").session("back", DATE_2025_03_12, "conv").last();

            assertThat(d.refusalCode()).contains(RefusalCode.NO_AGREEMENT);
            assertThat(d.hasReason("PHYSIO_COURANTE_APPROVAL_MISSING")).isTrue();
        }

        @Test
        void secondCourantePathology_withApproval_isReimbursed_fromRankOne() {
            Decision d = knee().pathology("back", Situation.COURANTE, DATE_2025_03_01)
                    .approval("back", Physiotherapy.ADDITIONAL_COURANTE_PATHOLOGY, DateRange.ofYear(2025))
                    .session("knee", DATE_2025_03_10, "conv").session("back", DATE_2025_03_12, "conv").last();

            assertThat(d.outcome()).isEqualTo(Outcome.REIMBURSED);
            assertThat(d.band()).contains(Band.of(Bands.COURANTE_1_9, 1));
            assertThat(d.hasReason("PHYSIO_COURANTE_ADDITIONAL_PATHOLOGY")).isTrue();
        }

        @Test
        void fourthCourantePathology_isRefused002_namingTheFirstSessionOfTheThird() {
            PhysioCase c = knee();
            for (String p : new String[] {"back", "neck", "hip"}) {
                c.pathology(p, Situation.COURANTE, DATE_2025_03_01)
                        .approval(p, Physiotherapy.ADDITIONAL_COURANTE_PATHOLOGY, DateRange.ofYear(2025));
            }
            Assessment a = c.session("knee", DATE_2025_03_10, "conv").session("back", DATE_2025_03_11, "conv")
                    .session("neck", DATE_2025_03_12, "conv").session("neck", DATE_2025_03_13, "conv")
                    .session("hip", DATE_2025_03_14, "conv").assess();

            Decision fourth = a.decision("hip-1");
            assertThat(fourth.refusalCode()).contains(RefusalCode.MAXIMUM_REACHED);
            assertThat(fourth.hasReason("PHYSIO_COURANTE_PATHOLOGIES_MAX")).isTrue();
            assertThat(fourth.usedUpBy()).contains("neck-1");
            assertThat(a.entitlements()).filteredOn(e -> e.counter().equals(PhysiotherapyCounters.COURANTE_PATHOLOGIES))
                    .singleElement().satisfies(e -> {
                        assertThat(e.used()).isEqualTo(3);
                        assertThat(e.limit()).contains(3);
                        assertThat(e.episodeId()).isEmpty();
                    });
        }

        @Test
        void courante_bands_andDepassementFromThe19th() {
            Assessment a = knee().daily("knee", DATE_2025_03_01, 19, "conv").assess();

            assertThat(a.decision("knee-9").nomenclatureCode()).contains("567011");
            assertThat(a.decision("knee-9").band()).contains(Band.of(Bands.COURANTE_1_9, 9));
            assertThat(a.decision("knee-10").band()).contains(Band.of(Bands.COURANTE_10_18, 10));
            assertThat(a.decision("knee-10").nomenclatureCode()).contains("560011");
            assertThat(a.decision("knee-16").hasReason("PHYSIO_COURANTE_NEARLY_USED")).isFalse();
            assertThat(a.decision("knee-17").hasReason("PHYSIO_COURANTE_NEARLY_USED")).isTrue();
            Decision depassement = a.decision("knee-19");
            assertThat(depassement.band()).contains(Band.of(Bands.DEPASSEMENT, 19));
            assertThat(depassement.nomenclatureCode()).contains("560055");
            assertThat(depassement.fee()).contains(eur("30.80"));
            assertThat(depassement.insurance()).contains(eur("4.87"));
            assertThat(depassement.patientShare()).contains(eur("25.93"));
            assertThat(depassement.hasReason("PHYSIO_COURANTE_OVER_18")).isTrue();
            assertThat(depassement.hasReason("PHYSIO_TARIFF_DERIVED")).isTrue();
        }

        @Test
        void entitlements_countThePathologyInTheYear() {
            Assessment a = knee().daily("knee", DATE_2025_03_10, 12, "conv").assess();

            Entitlement e = a.entitlementsOf("knee").stream()
                    .filter(x -> x.counter().equals(PhysiotherapyCounters.COURANTE)).findFirst().orElseThrow();
            assertThat(e.used()).isEqualTo(12);
            assertThat(e.limit()).contains(18);
            assertThat(e.remaining()).contains(6);
            assertThat(e.period()).isEqualTo(DateRange.ofYear(2025));
        }
    }

    @Nested
    class Pricing {
        @Test
        void january_noConventionInForce_theFeeAskedAboveTheOfficialFeeIsASupplement() {
            Decision d = PhysioCase.create().pathology("knee", Situation.COURANTE, DATE_2025_01_10)
                    .session("knee", DATE_2025_01_20, "conv", asking("35.00")).last();

            assertThat(d.fee()).contains(eur("30.00"));
            assertThat(d.insurance()).contains(eur("23.75"));
            assertThat(d.patientShare()).contains(eur("6.25"));
            assertThat(d.supplement()).isEqualTo(eur("5.00"));
            assertThat(d.hasReason("PHYSIO_NO_CONVENTION_IN_FORCE")).isTrue();
        }

        @Test
        void nonConventioned_fromMay_ordinaryPatient_insuranceReducedBy25Percent() {
            Decision d = PhysioCase.create().pathology("knee", Situation.COURANTE, DATE_2025_06_01)
                    .session("knee", DATE_2025_06_10, "free", asking("40.00")).last();

            // 18.4125 rounded half-up to the cent
            assertThat(d.insurance()).contains(eur("18.41"));
            assertThat(d.patientShare()).contains(eur("12.39"));
            assertThat(d.supplement()).isEqualTo(eur("9.20"));
            assertThat(d.patientTotal()).contains(eur("21.59"));
            assertThat(d.hasReason("PHYSIO_NON_CONVENTIONED_REDUCTION")).isTrue();
        }

        @Test
        void nonConventioned_fromMay_preferentialPatient_fullInsuranceAndNoSupplement() {
            Decision d = PhysioCase.create().preferential().pathology("knee", Situation.COURANTE, DATE_2025_06_01)
                    .session("knee", DATE_2025_06_10, "free", asking("40.00")).last();

            assertThat(d.insurance()).contains(eur("28.30"));
            assertThat(d.patientShare()).contains(eur("2.50"));
            assertThat(d.supplement()).isEqualTo(Money.ZERO);
            assertThat(d.hasReason("PHYSIO_PREFERENTIAL_OFFICIAL_FEE")).isTrue();
            assertThat(d.hasReason("PHYSIO_NON_CONVENTIONED_REDUCTION")).isFalse();
        }

        @Test
        void conventioned_feeAskedAboveTheOfficialFee_givesAWarningAndNoSupplement() {
            Decision d = knee().session("knee", DATE_2025_03_10, "conv", asking("35.00")).last();

            assertThat(d.outcome()).isEqualTo(Outcome.REIMBURSED);
            assertThat(d.fee()).contains(eur("30.80"));
            assertThat(d.supplement()).isEqualTo(Money.ZERO);
            assertThat(d.hasReason("PHYSIO_CONVENTIONED_FEE_ABOVE_OFFICIAL")).isTrue();
        }

        @Test
        void unknownCode_isReimbursedUnpriced_withTheFixedPatientShare() {
            Assessment a = knee().session("knee", DATE_2025_03_10, "conv", at(Place.HOME)).assess();
            Decision d = a.decision("knee-1");

            assertThat(d.outcome()).isEqualTo(Outcome.REIMBURSED);
            assertThat(d.isPriced()).isFalse();
            assertThat(d.missing()).singleElement().satisfies(m -> {
                assertThat(m.item()).isEqualTo("NOMENCLATURE_CODE");
                assertThat(m.impact()).isEqualTo(Missing.Impact.AMOUNT);
                assertThat(m.date()).isEqualTo(DATE_2025_03_10);
                assertThat(m.episodeId()).contains("knee");
                // English missing texts keep the ids, which scenario files match (format 1 compatibility).
                assertThat(m.message(Locale.ENGLISH)).isEqualTo("nomenclature code for PHYSIO_COURANTE_1_9 at "
                        + "home, 30 min, on 2025-03-10 (rates-2025)");
            });
            assertThat(d.nomenclatureCode()).isEmpty();
            assertThat(d.fee()).isEmpty();
            assertThat(d.insurance()).isEmpty();
            assertThat(d.patientShare()).contains(eur("6.25"));
            assertThat(d.hasReason("PHYSIO_CODE_UNKNOWN")).isTrue();
            assertThat(a.countUnpriced()).isEqualTo(1);
        }

        /** WE-14: a tenth courante session at home from February, conventioned: 33.88, 6.25, 27.63. */
        @Test
        void homeSession_tenthOfThePathology_WE14() {
            Decision d = knee().daily("knee", DATE_2025_03_01, 9, "conv")
                    .session("knee", DATE_2025_03_14, "conv", at(Place.HOME, 30)).last();

            assertThat(d.nomenclatureCode()).contains("560313");
            assertThat(d.fee()).contains(eur("33.88"));
            assertThat(d.patientShare()).contains(eur("6.25"));
            assertThat(d.insurance()).contains(eur("27.63"));
        }

        /** P-37, WE-17: a rest-home resident's 20-minute session, rest-home code, short patient share. */
        @Test
        void restHomeResident_twentyMinutes_restHomeCode_andTheShortPatientShare() {
            Decision d = knee().session("knee", DATE_2025_03_10, "conv", at(Place.REST_HOME, 20)).last();

            assertThat(d.outcome()).isEqualTo(Outcome.REIMBURSED);
            assertThat(d.nomenclatureCode()).contains("560571");
            assertThat(d.patientShare()).contains(eur("2.00"));
            assertThat(d.fee()).isEmpty();
            assertThat(d.missing()).extracting(Missing::item).containsExactly("TARIFF");
            assertThat(d.missing().get(0).code()).contains("560571");
            assertThat(d.hasReason("PHYSIO_TARIFF_UNKNOWN")).isTrue();
        }
    }

    @Nested
    class ListFaFb {
        @Test
        void fa_withoutNotification_isRefused005() {
            Decision d = PhysioCase.create().pathology("ankle", Situation.FA, DATE_2025_03_01)
                    .session("ankle", DATE_2025_03_10, "conv").last();

            assertThat(d.refusalCode()).contains(RefusalCode.NO_AGREEMENT);
            assertThat(d.hasReason("PHYSIO_FA_NOTIFICATION_MISSING")).isTrue();
        }

        @ParameterizedTest(name = "Fa session {0}: {1}")
        @CsvSource({"1, PHYSIO_FA_1_20", "20, PHYSIO_FA_1_20", "21, PHYSIO_FA_21_60", "60, PHYSIO_FA_21_60",
            "61, PHYSIO_FA_REDUCED"})
        void fa_bands(int rank, String band) {
            Decision d = PhysioCase.create().pathology("ankle", Situation.FA, DATE_2025_01_02)
                    .approval("ankle", Physiotherapy.FA_NOTIFICATION, DateRange.startingFrom(DATE_2025_01_02))
                    .daily("ankle", DATE_2025_01_02, rank, "conv").last();

            assertThat(d.outcome()).isEqualTo(Outcome.REIMBURSED);
            assertThat(d.band()).contains(Band.of(band, rank));
            assertThat(d.hasReason("PHYSIO_FA_OVER_MAX")).isEqualTo(rank > 60);
        }

        @Test
        void fa_polytrauma_has120SessionsAtTheBestRate() {
            Decision d = PhysioCase.create().polytrauma("crash", DATE_2025_01_02)
                    .approval("crash", Physiotherapy.FA_NOTIFICATION, DateRange.startingFrom(DATE_2025_01_02))
                    .daily("crash", DATE_2025_01_02, 61, "conv").last();

            assertThat(d.band()).contains(Band.of(Bands.FA_SECOND, 61));
            assertThat(d.patientShare()).contains(eur("5.50"));
        }

        @ParameterizedTest(name = "Fb session {0}: {1}")
        @CsvSource({"60, PHYSIO_FB_1_60", "61, PHYSIO_FB_61_80", "80, PHYSIO_FB_61_80", "81, PHYSIO_FB_REDUCED"})
        void fb_threeTiersPerYear(int rank, String band) {
            Decision d = PhysioCase.create().pathology("lung", Situation.FB, DATE_2025_01_02)
                    .approval("lung", Physiotherapy.FB_NOTIFICATION, DateRange.startingFrom(DATE_2025_01_02))
                    .daily("lung", DATE_2025_01_02, rank, "conv").last();

            assertThat(d.band()).contains(Band.of(band, rank));
            assertThat(d.hasReason("PHYSIO_FB_OVER_80")).isEqualTo(rank > 80);
        }

        @Test
        void fb_withoutNotification_isRefused005() {
            Decision d = PhysioCase.create().pathology("lung", Situation.FB, DATE_2025_03_01)
                    .session("lung", DATE_2025_03_10, "conv").last();

            assertThat(d.refusalCode()).contains(RefusalCode.NO_AGREEMENT);
            assertThat(d.hasReason("PHYSIO_FB_NOTIFICATION_MISSING")).isTrue();
        }
    }

    @Nested
    class ListEPerinatalPalliative {
        @Test
        void e_withoutAccord_isRefused005() {
            Decision d = PhysioCase.create().pathology("ms", Situation.E, DATE_2025_03_01)
                    .session("ms", DATE_2025_03_10, "conv").last();

            assertThat(d.refusalCode()).contains(RefusalCode.NO_AGREEMENT);
            assertThat(d.hasReason("PHYSIO_E_AGREEMENT_MISSING")).isTrue();
        }

        @Test
        void e_accordOlderThanThreeYears_isRefused009() {
            Decision d = PhysioCase.create().pathology("ms", Situation.E, DATE_2025_03_01)
                    .approval("ms", Physiotherapy.E_AGREEMENT, DateRange.startingFrom(LocalDate.of(2022, 1, 1)))
                    .session("ms", DATE_2025_03_10, "conv").last();

            assertThat(d.refusalCode()).contains(RefusalCode.NOT_ATTESTABLE_ON_DATE);
            assertThat(d.hasReason("PHYSIO_E_AGREEMENT_TOO_LONG")).isTrue();
        }

        @Test
        void e_withinTheAccord_fixedPatientShare4() {
            Decision d = PhysioCase.create().pathology("ms", Situation.E, DATE_2025_03_01)
                    .approval("ms", Physiotherapy.E_AGREEMENT, DateRange.of(DATE_2025_03_01, LocalDate.of(2028, 3, 1)))
                    .session("ms", DATE_2025_03_10, "conv").last();

            assertThat(d.outcome()).isEqualTo(Outcome.REIMBURSED);
            assertThat(d.band()).contains(Band.of(Bands.E, 1));
            assertThat(d.patientShare()).contains(eur("4.00"));
        }

        /** WE-22: after the 9 perinatal sessions the treatment continues as courante, without approval. */
        @Test
        void perinatal_nineSessions_thenCourante() {
            Assessment a = PhysioCase.create().pathology("baby", Situation.PERINATAL, DATE_2025_03_01)
                    .daily("baby", DATE_2025_03_01, 10, "conv").assess();

            assertThat(a.decision("baby-9").band()).contains(Band.of(Bands.PERINATAL, 9));
            assertThat(a.decision("baby-9").nomenclatureCode()).contains("561595");
            Decision tenth = a.decision("baby-10");
            assertThat(tenth.outcome()).isEqualTo(Outcome.REIMBURSED);
            assertThat(tenth.hasReason("PHYSIO_PERINATAL_CONTINUED_AS_COURANTE")).isTrue();
            assertThat(tenth.band()).contains(Band.of(Bands.COURANTE_1_9, 1));
            assertThat(tenth.nomenclatureCode()).contains("567011");
            assertThat(tenth.insurance()).contains(eur("24.55"));
        }

        @Test
        void palliative_notAtHome_isRefused009() {
            Decision d = PhysioCase.create().pathology("care", Situation.PALLIATIVE_HOME, DATE_2025_03_01)
                    .session("care", DATE_2025_03_10, "conv", at(Place.REST_HOME)).last();

            assertThat(d.refusalCode()).contains(RefusalCode.NOT_ATTESTABLE_ON_DATE);
            assertThat(d.hasReason("PHYSIO_PALLIATIVE_NOT_AT_HOME")).isTrue();
            assertThat(d.reasons().get(0).values()).containsEntry("place", "rest-home");
        }

        /** WE-18: palliative at home, code 564211, patient share 0. */
        @Test
        void palliative_atHome_code564211_noPatientShare() {
            Decision d = PhysioCase.create().pathology("care", Situation.PALLIATIVE_HOME, DATE_2025_03_01)
                    .session("care", DATE_2025_03_10, "conv", at(Place.HOME)).last();

            assertThat(d.outcome()).isEqualTo(Outcome.REIMBURSED);
            assertThat(d.band()).contains(Band.of(Bands.PALLIATIVE));
            assertThat(d.nomenclatureCode()).contains("564211");
            assertThat(d.patientShare()).contains(Money.ZERO);
            assertThat(d.missing()).extracting(Missing::item).containsExactly("TARIFF");
        }

        @Test
        void palliative_secondSessionOfTheDay_needsAnEAccord() {
            PhysioCase c = PhysioCase.create().pathology("care", Situation.PALLIATIVE_HOME, DATE_2025_03_01)
                    .session("care", DATE_2025_03_10, "conv", at(Place.HOME))
                    .session("care", DATE_2025_03_10, "conv", at(Place.HOME));
            assertThat(c.last().refusalCode()).contains(RefusalCode.CANNOT_BE_COMBINED);

            Decision withAccord = c.pathology("ms", Situation.E, DATE_2025_03_01)
                    .approval("ms", Physiotherapy.E_AGREEMENT, DateRange.ofYear(2025)).last();
            assertThat(withAccord.outcome()).isEqualTo(Outcome.REIMBURSED);
            assertThat(withAccord.band()).contains(Band.of(Bands.PALLIATIVE_SECOND));
            assertThat(withAccord.nomenclatureCode()).contains("564233");
        }
    }
}
