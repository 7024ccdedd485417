package io.github.inamirules.physiotherapy;

import static io.github.inamirules.physiotherapy.PhysioCase.asking;
import static io.github.inamirules.physiotherapy.PhysioCase.eur;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.model.Money;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * P-43: a fee asked below the official fee caps the insurance amount: the insurance never pays more than
 * the practitioner charged (the conservative reading). Conventioned practitioner, ordinary patient,
 * courante session of 2025-03-10 at the practice (official fee 30.80, insurance 24.55, WE-01).
 */
class TestFeeAskedBelowOfficial {
    private static final LocalDate DATE_2025_03_01 = LocalDate.of(2025, 3, 1);
    private static final LocalDate DATE_2025_03_10 = LocalDate.of(2025, 3, 10);

    private static Decision courante(String feeAsked) {
        return PhysioCase.create().pathology("back", Situation.COURANTE, DATE_2025_03_01)
                .session("back", DATE_2025_03_10, "conv", asking(feeAsked)).last();
    }

    @ParameterizedTest(name = "fee asked {0}: fee {1}, insurance {2}, patient {3}")
    @CsvSource({
        "20.00, 20.00, 20.00, 0.00",
        "24.55, 24.55, 24.55, 0.00",
        "28.00, 28.00, 24.55, 3.45",
        "0.00, 0.00, 0.00, 0.00",
    })
    void belowTheOfficialFee_theInsurancePaysAtMostWhatWasCharged(String asked, String fee, String insurance,
            String patient) {
        Decision d = courante(asked);

        assertThat(d.outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(d.fee()).contains(eur(fee));
        assertThat(d.insurance()).contains(eur(insurance));
        assertThat(d.patientShare()).contains(eur(patient));
        assertThat(d.supplement()).isEqualTo(Money.ZERO);
        assertThat(d.patientTotal()).contains(eur(patient));
        assertThat(d.hasReason("PHYSIO_FEE_ASKED_BELOW_OFFICIAL")).isTrue();
        assertThat(d.hasReason("PHYSIO_CONVENTIONED_FEE_ABOVE_OFFICIAL")).isFalse();
    }

    @Test
    void feeAsked20_theReasonSaysSo() {
        Decision d = courante("20.00");

        assertThat(d.reasons()).filteredOn(r -> r.code().equals("PHYSIO_FEE_ASKED_BELOW_OFFICIAL")).singleElement()
                .satisfies(r -> {
                    assertThat(r.ruleId()).isEqualTo("P-43");
                    assertThat(r.values()).containsEntry("feeAsked", "20.00").containsEntry("fee", "30.80")
                            .containsEntry("insurance", "20.00");
                    assertThat(r.message(Locale.ENGLISH)).contains("20.00").contains("30.80");
                });
    }

    @Test
    void theOfficialFeeAsked_isNotBelowIt() {
        Decision d = courante("30.80");

        assertThat(d.fee()).contains(eur("30.80"));
        assertThat(d.insurance()).contains(eur("24.55"));
        assertThat(d.patientShare()).contains(eur("6.25"));
        assertThat(d.hasReason("PHYSIO_FEE_ASKED_BELOW_OFFICIAL")).isFalse();
    }
}
