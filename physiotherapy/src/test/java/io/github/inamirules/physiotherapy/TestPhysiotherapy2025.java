package io.github.inamirules.physiotherapy;

import static io.github.inamirules.physiotherapy.PhysioCase.asking;
import static io.github.inamirules.physiotherapy.PhysioCase.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.RateCoverageException;
import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Band;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.Reason;
import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Session;
import io.github.inamirules.rates.ProvenanceStatus;
import io.github.inamirules.rates.RateModule;
import io.github.inamirules.rules.RuleSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The worked examples of shared/research/physio.md (WE-xx) over the real rates-2025 module, and what
 * the scenario files cannot express: errors, reason sources and messages in three languages, band
 * labels, tariff provenance, quotes.
 */
class TestPhysiotherapy2025 {
    private static final LocalDate DATE_2025_01_02 = LocalDate.of(2025, 1, 2);
    private static final LocalDate DATE_2025_01_20 = LocalDate.of(2025, 1, 20);
    private static final LocalDate DATE_2025_03_01 = LocalDate.of(2025, 3, 1);
    private static final LocalDate DATE_2025_03_06 = LocalDate.of(2025, 3, 6);
    private static final LocalDate DATE_2025_03_10 = LocalDate.of(2025, 3, 10);
    private static final LocalDate DATE_2025_06_01 = LocalDate.of(2025, 6, 1);
    private static final LocalDate DATE_2025_07_01 = LocalDate.of(2025, 7, 1);

    /** Two sessions before {@code date}, then one on it: the third courante session of the year. */
    private static PhysioCase thirdCouranteSessionOn(LocalDate date, String practitioner, String feeAsked) {
        return thirdCouranteSessionOn(PhysioCase.create(), date, practitioner, feeAsked);
    }

    private static PhysioCase thirdCouranteSessionOn(PhysioCase c, LocalDate date, String practitioner,
            String feeAsked) {
        return c.pathology("back", Situation.COURANTE, date.minusDays(20))
                .session("back", date.minusDays(14), practitioner)
                .session("back", date.minusDays(7), practitioner)
                .session("back", date, practitioner, feeAsked == null ? b -> b : asking(feeAsked));
    }

    @Nested
    class WorkedExamples {
        /** WE-01: 2025-03-10, conventioned, courante 3rd session, practice, ordinary patient. */
        @Test
        void we01_conventioned_ordinaryPatient() {
            Decision d = thirdCouranteSessionOn(DATE_2025_03_10, "conv", null).last();

            assertThat(d.outcome()).isEqualTo(Outcome.REIMBURSED);
            assertThat(d.band()).contains(Band.of(Bands.COURANTE_1_9, 3));
            assertThat(d.nomenclatureCode()).contains("567011");
            assertThat(d.fee()).contains(eur("30.80"));
            assertThat(d.insurance()).contains(eur("24.55"));
            assertThat(d.patientShare()).contains(eur("6.25"));
            assertThat(d.supplement()).isEqualTo(Money.ZERO);
            assertThat(d.isPriced()).isTrue();
        }

        /** WE-02: as WE-01, preferential (BIM) patient. */
        @Test
        void we02_conventioned_preferentialPatient() {
            Decision d = thirdCouranteSessionOn(PhysioCase.create().preferential(), DATE_2025_03_10, "conv", null)
                    .last();

            assertThat(d.fee()).contains(eur("30.80"));
            assertThat(d.insurance()).contains(eur("28.30"));
            assertThat(d.patientShare()).contains(eur("2.50"));
        }

        /** WE-08: 2025-07-01, non-conventioned, fee asked 40.00, ordinary patient. */
        @Test
        void we08_nonConventioned_ordinaryPatient_afterMay() {
            Decision d = thirdCouranteSessionOn(DATE_2025_07_01, "free", "40.00").last();

            assertThat(d.fee()).contains(eur("30.80"));
            assertThat(d.insurance()).contains(eur("18.41"));
            assertThat(d.patientShare()).contains(eur("12.39"));
            assertThat(d.supplement()).isEqualTo(eur("9.20"));
            assertThat(d.patientTotal()).contains(eur("21.59"));
        }

        /** WE-09: as WE-08 with a preferential patient: official fee, full insurance. */
        @Test
        void we09_nonConventioned_preferentialPatient_afterMay() {
            Decision d = thirdCouranteSessionOn(PhysioCase.create().preferential(), DATE_2025_07_01, "free", "40.00")
                    .last();

            assertThat(d.insurance()).contains(eur("28.30"));
            assertThat(d.patientShare()).contains(eur("2.50"));
            assertThat(d.supplement()).isEqualTo(Money.ZERO);
            assertThat(d.patientTotal()).contains(eur("2.50"));
        }

        /** WE-10, C-07: no −25 % before 1 May 2025; from that day on, the reduction. */
        @ParameterizedTest(name = "{0}: insurance {1}, supplement {2}")
        @CsvSource({
            "2025-02-15, 24.55, 9.20, false",
            "2025-04-30, 24.55, 9.20, false",
            "2025-05-01, 18.41, 9.20, true",
        })
        void we10_noReductionBeforeMay(LocalDate date, String insurance, String supplement, boolean reduced) {
            Decision d = thirdCouranteSessionOn(date, "free", "40.00").last();

            assertThat(d.insurance()).contains(eur(insurance));
            assertThat(d.supplement()).isEqualTo(eur(supplement));
            assertThat(d.fee()).contains(eur("30.80"));
            assertThat(d.hasReason("PHYSIO_NON_CONVENTIONED_REDUCTION")).isEqualTo(reduced);
        }

        /** WE-05 in 2025, WE-07: the 19th session of the pathology is a dépassement session, 560055. */
        @Test
        void we05_session19_isADepassementSession() {
            Decision d = PhysioCase.create().pathology("back", Situation.COURANTE, DATE_2025_03_01)
                    .daily("back", DATE_2025_03_01, 19, "conv").last();

            assertThat(d.band()).contains(Band.of(Bands.DEPASSEMENT, 19));
            assertThat(d.nomenclatureCode()).contains("560055");
            assertThat(d.fee()).contains(eur("30.80"));
            assertThat(d.insurance()).contains(eur("4.87"));
            assertThat(d.patientShare()).contains(eur("25.93"));
            assertThat(d.tariffProvenance().orElseThrow().status()).isEqualTo(ProvenanceStatus.DERIVED);
        }

        /** WE-06: 54 dépassement sessions in the year; the 55th is refused 002, used up by the 54th. */
        @Test
        void we06_the55thDepassementSession_isRefused002_usedUpByThe54th() {
            Assessment a = PhysioCase.create().pathology("back", Situation.COURANTE, DATE_2025_03_01)
                    .daily("back", DATE_2025_03_01, 18 + 55, "conv").assess();

            Decision fiftyFourth = a.decision("back-72");
            assertThat(fiftyFourth.outcome()).isEqualTo(Outcome.REIMBURSED);
            assertThat(fiftyFourth.band()).contains(Band.of(Bands.DEPASSEMENT, 72));
            assertThat(fiftyFourth.reasons()).filteredOn(r -> r.code().equals("PHYSIO_COURANTE_OVER_18"))
                    .singleElement().satisfies(r -> assertThat(r.values()).containsEntry("depassementOfYear", "54"));
            Decision fiftyFifth = a.decision("back-73");
            assertThat(fiftyFifth.outcome()).isEqualTo(Outcome.REFUSED);
            assertThat(fiftyFifth.refusalCode()).contains(RefusalCode.MAXIMUM_REACHED);
            assertThat(fiftyFifth.refusalCode().orElseThrow().code()).isEqualTo("002");
            assertThat(fiftyFifth.usedUpBy()).contains("back-72");
            assertThat(fiftyFifth.hasReason("PHYSIO_DEPASSEMENT_CAP_REACHED")).isTrue();
            assertThat(a.count(Outcome.REIMBURSED)).isEqualTo(72);
        }

        /** WE-06, P-22: the 54 dépassement sessions are counted over all pathologies together. */
        @Test
        void we06_theCapIsForAllPathologiesTogether() {
            Assessment a = PhysioCase.create().pathology("back", Situation.COURANTE, DATE_2025_01_02)
                    .pathology("knee", Situation.COURANTE, DATE_2025_01_02)
                    .approval("knee", Physiotherapy.ADDITIONAL_COURANTE_PATHOLOGY, DateRange.ofYear(2025))
                    .daily("back", DATE_2025_01_02, 18 + 30, "conv")
                    .daily("knee", DATE_2025_01_02.plusDays(48), 18 + 25, "conv").assess();

            assertThat(a.decision("knee-42").band()).contains(Band.of(Bands.DEPASSEMENT, 42));
            assertThat(a.decision("knee-43").refusalCode()).contains(RefusalCode.MAXIMUM_REACHED);
            assertThat(a.decision("knee-43").usedUpBy()).contains("knee-42");
            assertThat(a.entitlements()).filteredOn(e -> e.counter().equals(PhysiotherapyCounters.DEPASSEMENT))
                    .singleElement().satisfies(e -> {
                        assertThat(e.used()).isEqualTo(54);
                        assertThat(e.remaining()).contains(0);
                    });
        }

        /** WE-16: an Fa session pays the fixed 5.50 (ordinary) / 2.00 (preferential). */
        @Test
        void we16_faPatientShare() {
            Decision ordinary = PhysioCase.create().pathology("ankle", Situation.FA, DATE_2025_03_01)
                    .approval("ankle", Physiotherapy.FA_NOTIFICATION, DateRange.startingFrom(DATE_2025_03_01))
                    .session("ankle", DATE_2025_03_10, "conv").last();
            Decision preferential = PhysioCase.create().preferential()
                    .pathology("ankle", Situation.FA, DATE_2025_03_01)
                    .approval("ankle", Physiotherapy.FA_NOTIFICATION, DateRange.startingFrom(DATE_2025_03_01))
                    .session("ankle", DATE_2025_03_10, "conv").last();

            assertThat(ordinary.patientShare()).contains(eur("5.50"));
            assertThat(preferential.patientShare()).contains(eur("2.00"));
        }

        /** WE-19: an Fa period starting 2025-03-01 includes 2026-02-28; 2026 is outside rates-2025. */
        @Test
        void we19_faPeriodRunsOneYearFromTheFirstSession() {
            Assessment a = PhysioCase.create().pathology("ankle", Situation.FA, DATE_2025_03_01)
                    .approval("ankle", Physiotherapy.FA_NOTIFICATION, DateRange.startingFrom(DATE_2025_03_01))
                    .session("ankle", DATE_2025_03_01, "conv").assess();

            assertThat(a.entitlementsOf("ankle")).singleElement().satisfies(e -> {
                assertThat(e.counter()).isEqualTo(PhysiotherapyCounters.FA);
                assertThat(e.period()).isEqualTo(DateRange.of(DATE_2025_03_01, LocalDate.of(2026, 3, 1)));
                assertThat(e.period().lastDay()).contains(LocalDate.of(2026, 2, 28));
                assertThat(e.limit()).contains(60);
            });
        }

        /** WE-21 shape: an Fb period runs until 31 December of the second year after the first session. */
        @Test
        void we21_fbPeriodRunsToTheEndOfTheSecondNextYear() {
            Assessment a = PhysioCase.create().pathology("lung", Situation.FB, DATE_2025_01_02)
                    .approval("lung", Physiotherapy.FB_NOTIFICATION, DateRange.startingFrom(DATE_2025_01_02))
                    .daily("lung", DATE_2025_01_02, 3, "conv").assess();

            assertThat(a.count(Outcome.REIMBURSED)).isEqualTo(3);
            assertThat(a.entitlementsOf("lung")).singleElement().satisfies(e -> {
                assertThat(e.counter()).isEqualTo(PhysiotherapyCounters.FB);
                assertThat(e.used()).isEqualTo(3);
                assertThat(e.limit()).contains(60);
            });
        }

        /** WE-23: prescription of 2025-01-10, first session 2025-03-20: not reimbursed. */
        @Test
        void we23_firstSessionMoreThanTwoMonthsAfterThePrescription() {
            Decision d = PhysioCase.create().pathology("back", Situation.COURANTE, LocalDate.of(2025, 1, 10))
                    .session("back", LocalDate.of(2025, 3, 20), "conv").last();

            assertThat(d.refusalCode()).contains(RefusalCode.PREREQUISITE_NOT_MET);
            assertThat(d.hasReason("PHYSIO_PRESCRIPTION_START_LATE")).isTrue();
        }

        /** SOLIDARIS-VL: January 2025 (no convention) 23.75 / 27.50, fee 30.00. */
        @ParameterizedTest
        @CsvSource({"false, 23.75, 6.25", "true, 27.50, 2.50"})
        void january2025_theM24FeeKept(boolean preferential, String insurance, String share) {
            PhysioCase c = preferential ? PhysioCase.create().preferential() : PhysioCase.create();
            Decision d = thirdCouranteSessionOn(c, DATE_2025_01_20.plusDays(10), "conv", null).last();

            assertThat(d.fee()).contains(eur("30.00"));
            assertThat(d.insurance()).contains(eur(insurance));
            assertThat(d.patientShare()).contains(eur(share));
            assertThat(d.hasReason("PHYSIO_NO_CONVENTION_IN_FORCE")).isTrue();
        }
    }

    @Nested
    class BeyondTheScenarios {
        @Test
        void noPrescription_firstReasonCitesP01() {
            Decision d = PhysioCase.create().pathology("back", Situation.COURANTE, DATE_2025_03_01)
                    .session("back", DATE_2025_03_06, "conv", b -> b.prescriptionId(java.util.Optional.empty()))
                    .last();
            assertThat(d.reasons().get(0).ruleId()).isEqualTo("P-01");
            assertThat(d.reasons().get(0).source()).isEqualTo(PhysioRule.P_01.source());
        }

        @Test
        void thisModule_registersItsRuleSet_andRates2025ItsModule_asServices() throws Exception {
            Path classes = Path.of(PhysiotherapyRuleSet.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
            assertThat(Files.readAllLines(classes.resolve("META-INF/services/" + RuleSet.class.getName())))
                    .filteredOn(l -> !l.isBlank() && !l.startsWith("#"))
                    .containsExactly(PhysiotherapyRuleSet.class.getName());
            assertThat(ServiceLoader.load(RateModule.class)).extracting(RateModule::id).contains("rates-2025");
        }

        @Test
        void loadInstalled_findsTheRuleSetAndTheModule_andDecidesAlike() {
            ReimbursementEngine installed = ReimbursementEngine.loadInstalled();
            PhysioCase c = thirdCouranteSessionOn(DATE_2025_03_10, "conv", null);

            assertThat(installed.ruleSets()).containsKey(Physiotherapy.PROFESSION);
            assertThat(installed.catalog().modules()).extracting(m -> m.id()).contains("rates-2025");
            assertThat(installed.assess(c.build())).usingRecursiveComparison().isEqualTo(c.assess());
        }
    }

    @Nested
    class Coverage {
        @ParameterizedTest
        @CsvSource({"2024-12-31", "2024-06-01", "2027-03-01", "2026-01-01"})
        void sessionOutsideRates2025_namesTheMissingModule(LocalDate date) {
            PhysioCase c = PhysioCase.create().pathology("back", Situation.COURANTE, date.minusDays(5))
                    .session("back", date, "conv");
            assertThatThrownBy(c::assess).isInstanceOf(RateCoverageException.class)
                    .hasMessageContaining("physiotherapy").hasMessageContaining(date.toString())
                    .hasMessageContaining("back-1").hasMessageContaining("rates-2025")
                    .hasMessageContaining("inami-rules-rates-" + date.getYear())
                    .satisfies(e -> assertThat(((RateCoverageException) e).sessionId()).contains("back-1"));
        }

        @Test
        void oneSessionOutside_failsTheWholeAssessment() {
            PhysioCase c = PhysioCase.create().pathology("back", Situation.COURANTE, LocalDate.of(2025, 12, 20))
                    .session("back", LocalDate.of(2025, 12, 30), "conv")
                    .session("back", LocalDate.of(2026, 1, 5), "conv");
            assertThatThrownBy(c::assess).isInstanceOf(RateCoverageException.class)
                    .hasMessageContaining("back-2").hasMessageContaining("rates-2026");
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
            Reason reduction = d.reasons().stream().filter(r -> r.code().equals("PHYSIO_NON_CONVENTIONED_REDUCTION"))
                    .findFirst().orElseThrow();
            assertThat(reduction.message(Locale.FRENCH)).isEqualTo("Kinésithérapeute non conventionné, patient "
                    + "ordinaire : intervention 24,55 € réduite de 25 % à 18,41 €.");
            assertThat(reduction.message(Locale.forLanguageTag("nl"))).contains("24,55 €").contains("25 %")
                    .contains("18,41 €");
            assertThat(reduction.message(Locale.ENGLISH)).contains("€24.55").contains("25%").contains("€18.41");
            assertThat(reduction.values()).as("machine fields stay plain decimals")
                    .containsEntry("insurance", "24.55").containsEntry("reductionPercent", "25");
        }

        @Test
        void bandLabels_inThreeLanguages() {
            Decision d = PhysioCase.create().pathology("back", Situation.COURANTE, DATE_2025_03_01)
                    .daily("back", DATE_2025_03_01, 12, "conv").last();
            Band band = d.band().orElseThrow();
            assertThat(band).isEqualTo(Band.of(Bands.COURANTE_10_18, 12));
            assertThat(band.label(Locale.FRENCH)).isEqualTo("courante, séances 10-18");
            assertThat(band.label(Locale.forLanguageTag("nl"))).isEqualTo("courant, zittingen 10-18");
            assertThat(band.label(Locale.GERMAN)).isEqualTo("courante, sessions 10-18");
        }

        @Test
        void quote_answersForTheNextSession() {
            PhysioCase c = PhysioCase.create().pathology("back", Situation.COURANTE, DATE_2025_03_01)
                    .daily("back", DATE_2025_03_01, 18, "conv");
            Decision next = PhysioCase.ENGINE.quote(c.build(), Session.builder()
                    .id("next").date(DATE_2025_06_01).practitionerId("conv").episodeId("back")
                    .prescriptionId("rx-back").build());
            assertThat(next.band()).contains(Band.of(Bands.DEPASSEMENT, 19));
            assertThat(next.insurance()).contains(eur("4.87"));
        }

        @Test
        void decisionsNameTheirEpisodeAndProfession() {
            Decision d = thirdCouranteSessionOn(DATE_2025_03_10, "conv", null).last();
            assertThat(d.episodeId()).isEqualTo("back");
            assertThat(d.profession()).isEqualTo(Physiotherapy.PROFESSION);
            assertThat(d.date()).isEqualTo(DATE_2025_03_10);
        }
    }
}
