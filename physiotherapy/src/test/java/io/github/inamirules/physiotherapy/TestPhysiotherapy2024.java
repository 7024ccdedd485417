package io.github.inamirules.physiotherapy;

import static io.github.inamirules.physiotherapy.PhysioCase.asking;
import static io.github.inamirules.physiotherapy.PhysioCase.at;
import static io.github.inamirules.physiotherapy.PhysioCase.eur;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Band;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.model.Money;
import io.github.inamirules.rates.ProvenanceStatus;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Physiotherapy in 2024 under convention M/24, with the real rates-2024 module: the worked examples
 * WE-03…WE-05 of {@code shared/research/physio.md} (CM-2024), the home session, the −25 % of P-12 and
 * the turn of the year into 2025, when no convention was in force (P-14).
 */
class TestPhysiotherapy2024 {
    private static final LocalDate DATE_2024_05_20 = LocalDate.of(2024, 5, 20);
    private static final LocalDate DATE_2024_06_01 = LocalDate.of(2024, 6, 1);

    private static PhysioCase thirdSessionOnJuneFirst(PhysioCase c, String practitioner, String feeAsked) {
        return c.pathology("back", Situation.COURANTE, DATE_2024_05_20)
                .session("back", DATE_2024_05_20.plusDays(1), practitioner)
                .session("back", DATE_2024_05_20.plusDays(4), practitioner)
                .session("back", DATE_2024_06_01, practitioner, feeAsked == null ? b -> b : asking(feeAsked));
    }

    @Nested
    class WorkedExamples {
        /** WE-03: 2024-06-01, conventioned, 567011 at the practice, ordinary patient: 30.00 = 23.75 + 6.25. */
        @Test
        void we03_conventioned_ordinaryPatient() {
            Decision d = thirdSessionOnJuneFirst(PhysioCase.from2024(), "conv", null).last();

            assertThat(d.outcome()).isEqualTo(Outcome.REIMBURSED);
            assertThat(d.band()).contains(Band.of(Bands.COURANTE_1_9, 3));
            assertThat(d.nomenclatureCode()).contains("567011");
            assertThat(d.fee()).contains(eur("30.00"));
            assertThat(d.insurance()).contains(eur("23.75"));
            assertThat(d.patientShare()).contains(eur("6.25"));
            assertThat(d.supplement()).isEqualTo(Money.ZERO);
            assertThat(d.tariffProvenance().orElseThrow().status()).isEqualTo(ProvenanceStatus.REPORTED);
            assertThat(d.tariffProvenance().orElseThrow().location()).startsWith("rates-2024:");
        }

        /** WE-04: as WE-03, preferential (BIM) patient: 27.50 + 2.50. */
        @Test
        void we04_conventioned_preferentialPatient() {
            Decision d = thirdSessionOnJuneFirst(PhysioCase.from2024().preferential(), "conv", null).last();

            assertThat(d.fee()).contains(eur("30.00"));
            assertThat(d.insurance()).contains(eur("27.50"));
            assertThat(d.patientShare()).contains(eur("2.50"));
        }

        /** WE-05: the 19th session of the pathology, 560055, fee of 560011 charged: reimbursement 4.58 / 8.33. */
        @Test
        void we05_session19_isADepassementSession() {
            Decision ordinary = PhysioCase.from2024().pathology("back", Situation.COURANTE, DATE_2024_05_20)
                    .daily("back", DATE_2024_05_20, 19, "conv").last();
            Decision preferential = PhysioCase.from2024().preferential()
                    .pathology("back", Situation.COURANTE, DATE_2024_05_20)
                    .daily("back", DATE_2024_05_20, 19, "conv").last();

            assertThat(ordinary.band()).contains(Band.of(Bands.DEPASSEMENT, 19));
            assertThat(ordinary.nomenclatureCode()).contains("560055");
            assertThat(ordinary.fee()).contains(eur("30.00"));
            assertThat(ordinary.insurance()).contains(eur("4.58"));
            assertThat(ordinary.patientShare()).contains(eur("25.42"));
            assertThat(preferential.insurance()).contains(eur("8.33"));
            assertThat(preferential.patientShare()).contains(eur("21.67"));
        }
    }

    @Test
    void homeSession_10to18_is560313_at33() {
        Decision d = PhysioCase.from2024().pathology("back", Situation.COURANTE, DATE_2024_05_20)
                .daily("back", DATE_2024_05_20, 10, "conv", at(Place.HOME)).last();

        assertThat(d.nomenclatureCode()).contains("560313");
        assertThat(d.fee()).contains(eur("33.00"));
        assertThat(d.insurance()).contains(eur("26.75"));
        assertThat(d.patientShare()).contains(eur("6.25"));
    }

    /** P-12 under M/24 (derived row: 66.1 % adhesion in 2024): the ordinary patient's insurance is 75 %. */
    @Test
    void nonConventioned_ordinaryPatient_getsTheReducedInsurance() {
        Decision d = thirdSessionOnJuneFirst(PhysioCase.from2024(), "free", "40.00").last();

        assertThat(d.fee()).contains(eur("30.00"));
        assertThat(d.insurance()).contains(eur("17.81"));
        assertThat(d.supplement()).isEqualTo(eur("10.00"));
        assertThat(d.hasReason("PHYSIO_NON_CONVENTIONED_REDUCTION")).isTrue();
    }

    @Test
    void nonConventioned_preferentialPatient_paysTheOfficialFeeOnly() {
        Decision d = thirdSessionOnJuneFirst(PhysioCase.from2024().preferential(), "free", "40.00").last();

        assertThat(d.insurance()).contains(eur("27.50"));
        assertThat(d.patientShare()).contains(eur("2.50"));
        assertThat(d.supplement()).isEqualTo(Money.ZERO);
    }

    /** Across the turn of the year: the calendar-year count restarts, and 2025 is read from rates-2025. */
    @Test
    void turnOfTheYear_restartsTheCourante_withTheRatesOfEachDay() {
        Assessment a = PhysioCase.from2024().pathology("back", Situation.COURANTE, LocalDate.of(2024, 12, 10))
                .daily("back", LocalDate.of(2024, 12, 14), 18, "conv")
                .session("back", LocalDate.of(2025, 1, 6), "conv").assess();

        Decision lastOf2024 = a.decision("back-18");
        assertThat(lastOf2024.date()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(lastOf2024.band()).contains(Band.of(Bands.COURANTE_10_18, 18));
        assertThat(lastOf2024.tariffProvenance().orElseThrow().location()).startsWith("rates-2024:");
        Decision firstOf2025 = a.decision("back-19");
        assertThat(firstOf2025.band()).contains(Band.of(Bands.COURANTE_1_9, 1));
        assertThat(firstOf2025.fee()).contains(eur("30.00"));
        assertThat(firstOf2025.insurance()).contains(eur("23.75"));
        assertThat(firstOf2025.tariffProvenance().orElseThrow().location()).startsWith("rates-2025:");
    }
}
