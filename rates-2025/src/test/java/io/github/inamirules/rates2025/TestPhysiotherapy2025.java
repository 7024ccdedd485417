package io.github.inamirules.rates2025;

import static io.github.inamirules.rates2025.PhysioCase.asking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.RateCoverageException;
import io.github.inamirules.assessment.Band;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.model.Situation;
import io.github.inamirules.rates.ProvenanceStatus;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * End-to-end physiotherapy checks of 2025 that the scenario format cannot express: errors, reason
 * sources and messages in three languages, band labels, tariff provenance, quotes, and the absence of a
 * reason. The end-to-end cases themselves (worked examples WE-xx of shared/research/physio.md and the
 * foundation issue's checks) are scenario files, in the testkit module's
 * {@code src/test/resources/scenarios/physiotherapy/}; each check here names the scenario it completes.
 */
class TestPhysiotherapy2025 {
    private static final LocalDate DATE_2025_03_01 = LocalDate.of(2025, 3, 1);
    private static final LocalDate DATE_2025_03_06 = LocalDate.of(2025, 3, 6);
    private static final LocalDate DATE_2025_06_01 = LocalDate.of(2025, 6, 1);
    private static final LocalDate DATE_2025_07_01 = LocalDate.of(2025, 7, 1);

    /** Two sessions before {@code date}, then one on it: the third courante session of the year. */
    private static PhysioCase thirdCouranteSessionOn(LocalDate date, String practitioner, String feeAsked) {
        return PhysioCase.create().pathology("back", Situation.COURANTE, date.minusDays(20))
                .session("back", date.minusDays(14), practitioner)
                .session("back", date.minusDays(7), practitioner)
                .session("back", date, practitioner, asking(feeAsked));
    }

    @Nested
    class BeyondTheScenarios {
        /** Completes courante-counting.yaml "Nineteenth session falls in the dépassement band…". */
        @Test
        void session19_tariffIsFlaggedDerived() {
            Decision d = PhysioCase.create().pathology("back", Situation.COURANTE, DATE_2025_03_01)
                    .daily("back", DATE_2025_03_01, 19, "conv").last();
            assertThat(d.tariffProvenance().orElseThrow().status()).isEqualTo(ProvenanceStatus.DERIVED);
        }

        /** Completes prescriptions.yaml "A session without prescription is refused 008". */
        @Test
        void noPrescription_firstReasonCitesP01() {
            Decision d = PhysioCase.create().pathology("back", Situation.COURANTE, DATE_2025_03_01)
                    .session("back", DATE_2025_03_06, "conv", b -> b.prescriptionId(java.util.Optional.empty()))
                    .last();
            assertThat(d.reasons().get(0).ruleId()).isEqualTo("P-01");
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
