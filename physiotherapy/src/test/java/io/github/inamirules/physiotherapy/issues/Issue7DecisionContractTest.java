package io.github.inamirules.physiotherapy.issues;

import static io.github.inamirules.physiotherapy.PhysioCase.eur;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Band;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Missing;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.physiotherapy.Bands;
import io.github.inamirules.physiotherapy.PhysioCase;
import io.github.inamirules.physiotherapy.Physiotherapy;
import io.github.inamirules.physiotherapy.Situation;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Regression, issue 7: the decision contract of a covered session whose amount no source gives. rates-2025
 * has no Fa code nor tariff at the practice (physio.md Q-03): such a session with a notification is
 * covered, so REIMBURSED, with its band and fixed patient share, unpriced, and the unknown listed with
 * impact AMOUNT; the assessment counts it and its totals leave it out.
 */
class Issue7DecisionContractTest {
    private static final LocalDate DATE_2025_03_01 = LocalDate.of(2025, 3, 1);
    private static final LocalDate DATE_2025_03_10 = LocalDate.of(2025, 3, 10);
    private static final LocalDate DATE_2025_03_11 = LocalDate.of(2025, 3, 11);

    /** One Fa session (ankle-1, unpriced) and one courante session (back-1, priced: WE-01). */
    private static Assessment assessment() {
        return PhysioCase.create().pathology("ankle", Situation.FA, DATE_2025_03_01)
                .approval("ankle", Physiotherapy.FA_NOTIFICATION, DateRange.startingFrom(DATE_2025_03_01))
                .pathology("back", Situation.COURANTE, DATE_2025_03_01)
                .session("ankle", DATE_2025_03_10, "conv").session("back", DATE_2025_03_11, "conv").assess();
    }

    @Test
    void faWithoutKnownTariff_isReimbursed_unpriced_withTheFixedPatientShare() {
        Decision d = assessment().decision("ankle-1");

        assertThat(d.outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(d.isReimbursed()).isTrue();
        assertThat(d.band()).contains(Band.of(Bands.FA_FIRST, 1));
        assertThat(d.patientShare()).contains(eur("5.50"));
        assertThat(d.fee()).isEmpty();
        assertThat(d.insurance()).isEmpty();
        assertThat(d.isPriced()).isFalse();
        assertThat(d.refusalCode()).isEmpty();
    }

    @Test
    void theUnknownIsListed_withImpactAmount() {
        Decision d = assessment().decision("ankle-1");

        assertThat(d.missing()).isNotEmpty()
                .allSatisfy(m -> assertThat(m.impact()).isEqualTo(Missing.Impact.AMOUNT))
                .anySatisfy(m -> assertThat(m.item()).isIn("TARIFF", "NOMENCLATURE_CODE"));
        assertThat(d.missing()).allSatisfy(m -> {
            assertThat(m.date()).isEqualTo(DATE_2025_03_10);
            assertThat(m.episodeId()).contains("ankle");
            for (Locale l : new Locale[] {Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("nl")}) {
                assertThat(m.message(l)).doesNotContain("{").doesNotStartWith(m.item()).contains("2025-03-10");
            }
        });
    }

    @Test
    void theAssessment_countsItUnpriced_andItsTotalsLeaveItOut() {
        Assessment a = assessment();

        assertThat(a.count(Outcome.REIMBURSED)).isEqualTo(2);
        assertThat(a.countUnpriced()).isEqualTo(1);
        // only back-1 (WE-01): 30.80 = 24.55 + 6.25
        assertThat(a.totalFee()).isEqualTo(eur("30.80"));
        assertThat(a.totalInsurance()).isEqualTo(eur("24.55"));
        assertThat(a.totalPatientShare()).isEqualTo(eur("6.25"));
        assertThat(a.totalSupplement()).isEqualTo(eur("0.00"));
    }
}
