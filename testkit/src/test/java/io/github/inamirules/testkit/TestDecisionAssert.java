package io.github.inamirules.testkit;

import static io.github.inamirules.testkit.InamiAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.assessment.Band;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Missing;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.Reason;
import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.assessment.Severity;
import io.github.inamirules.model.Money;
import io.github.inamirules.physiotherapy.Physiotherapy;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * {@link DecisionAssert}: passes on what holds, fails naming session, field, expected and actual.
 */
class TestDecisionAssert {
    private static final LocalDate DATE_2025_03_10 = LocalDate.of(2025, 3, 10);

    private static final Decision REIMBURSED = Decision.builder().sessionId("back-3").date(DATE_2025_03_10)
            .profession(Physiotherapy.PROFESSION).episodeId("back").outcome(Outcome.REIMBURSED)
            .band(Band.of("PHYSIO_COURANTE_1_9", 3)).nomenclatureCode("567011").fee(Money.parse("30.80"))
            .insurance(Money.parse("24.55")).patientShare(Money.parse("6.25")).supplement(Money.parse("1.00"))
            .addReasons(reason("PHYSIO_CONVENTIONED_FEE_ABOVE_OFFICIAL", Severity.WARNING)).build();

    private static final Decision REFUSED = Decision.builder().sessionId("back-73").date(DATE_2025_03_10)
            .profession(Physiotherapy.PROFESSION).episodeId("back").outcome(Outcome.REFUSED)
            .insurance(Money.ZERO).refusalCode(RefusalCode.MAXIMUM_REACHED).usedUpBy("back-72")
            .addReasons(reason("PHYSIO_DEPASSEMENT_CAP_REACHED", Severity.REFUSAL)).build();

    private static final Decision INSUFFICIENT = Decision.builder().sessionId("knee-1").date(DATE_2025_03_10)
            .profession(Physiotherapy.PROFESSION).episodeId("knee").outcome(Outcome.INSUFFICIENT_DATA)
            .band(Band.of("PHYSIO_PALLIATIVE_SECOND")).patientShare(Money.parse("5.50"))
            .addMissing(Missing.builder().item("NOMENCLATURE_CODE").impact(Missing.Impact.COVERAGE)
                    .date(DATE_2025_03_10)
                    .values(io.github.inamirules.assessment.ReasonValues.ofPairs("band", "PHYSIO_FA_1_20"))
                    .texts((key, locale) -> key.equals("missing.NOMENCLATURE_CODE")
                            ? Optional.of("nomenclature code of band {band}") : Optional.empty())
                    .build())
            .build();

    private static Reason reason(String code, Severity severity) {
        return Reason.builder().code(code).severity(severity).ruleId("P-22").source("https://example.org").build();
    }

    @Test
    void reimbursedDecision_passesWhatHolds() {
        assertThat(REIMBURSED).isReimbursed().hasOutcome(Outcome.REIMBURSED).hasCode("567011")
                .hasBand("PHYSIO_COURANTE_1_9").hasRank(3).hasFee("30.80").hasInsurance("24.55")
                .hasPatientShare("6.25").hasSupplement("1.00").hasPatientTotal("7.25")
                .hasReason("PHYSIO_CONVENTIONED_FEE_ABOVE_OFFICIAL").doesNotHaveReason("PHYSIO_COURANTE_OVER_18");
    }

    @Test
    void amountsCompareAsMoney() {
        assertThat(REIMBURSED).hasFee("30.8").hasSupplement("1").hasInsurance(" 24.55 ");
    }

    @Test
    void refusedDecision_passesWhatHolds() {
        assertThat(REFUSED).isRefused().hasRefusalCode("002").hasRefusalCode(RefusalCode.MAXIMUM_REACHED)
                .wasUsedUpBy("back-72").hasInsurance("0.00").hasNoFee().hasNoPatientShare().hasNoPatientTotal()
                .hasNoCode().hasNoBand().hasNoRank().hasSupplement("0.00");
    }

    @Test
    void insufficientData_passesWhatHolds() {
        assertThat(INSUFFICIENT).isInsufficientData().hasNoFee().hasNoInsurance().hasPatientShare("5.50")
                .hasMissing("nomenclature code").hasBand("PHYSIO_PALLIATIVE_SECOND").hasNoRank();
    }

    @Test
    void wrongAmount_namesSessionFieldExpectedAndActual() {
        assertThatThrownBy(() -> assertThat(REIMBURSED).hasInsurance("18.41"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("session back-3, insurance: expected 18.41, actual 24.55")
                .satisfies(e -> {
                    assertThat(((AssertionFailedError) e).getExpected().getValue()).isEqualTo("18.41");
                    assertThat(((AssertionFailedError) e).getActual().getValue()).isEqualTo("24.55");
                });
        assertThatThrownBy(() -> assertThat(REIMBURSED).hasFee("30.00"))
                .hasMessage("session back-3, fee: expected 30.00, actual 30.80");
        assertThatThrownBy(() -> assertThat(REIMBURSED).hasPatientShare("2.50"))
                .hasMessage("session back-3, patient_share: expected 2.50, actual 6.25");
        assertThatThrownBy(() -> assertThat(REIMBURSED).hasSupplement("0"))
                .hasMessage("session back-3, supplement: expected 0.00, actual 1.00");
        assertThatThrownBy(() -> assertThat(REIMBURSED).hasPatientTotal("6.25"))
                .hasMessage("session back-3, patient_total: expected 6.25, actual 7.25");
    }

    @Test
    void unknownAmount_isPrintedUnknown() {
        assertThatThrownBy(() -> assertThat(INSUFFICIENT).hasFee("30.80"))
                .hasMessage("session knee-1, fee: expected 30.80, actual unknown");
        assertThatThrownBy(() -> assertThat(REIMBURSED).hasNoFee())
                .hasMessage("session back-3, fee: expected unknown, actual 30.80");
        assertThatThrownBy(() -> assertThat(REIMBURSED).hasNoInsurance())
                .hasMessage("session back-3, insurance: expected unknown, actual 24.55");
        assertThatThrownBy(() -> assertThat(REIMBURSED).hasNoPatientShare())
                .hasMessage("session back-3, patient_share: expected unknown, actual 6.25");
        assertThatThrownBy(() -> assertThat(REIMBURSED).hasNoPatientTotal())
                .hasMessage("session back-3, patient_total: expected unknown, actual 7.25");
    }

    @Test
    void wrongOutcome_alsoSaysWhy() {
        assertThatThrownBy(() -> assertThat(REFUSED).isReimbursed())
                .hasMessage("session back-73, outcome: expected reimbursed, actual refused; "
                        + "reasons [PHYSIO_DEPASSEMENT_CAP_REACHED]");
        assertThatThrownBy(() -> assertThat(INSUFFICIENT).isRefused())
                .hasMessage("session knee-1, outcome: expected refused, actual insufficient-data; reasons []; "
                        + "missing [nomenclature code of band PHYSIO_FA_1_20]");
        assertThatThrownBy(() -> assertThat(REIMBURSED).isInsufficientData())
                .hasMessageStartingWith("session back-3, outcome: expected insufficient-data, actual reimbursed");
    }

    @Test
    void wrongCodeBandRank() {
        assertThatThrownBy(() -> assertThat(REIMBURSED).hasCode("560011"))
                .hasMessage("session back-3, code: expected 560011, actual 567011");
        assertThatThrownBy(() -> assertThat(REFUSED).hasCode("560011"))
                .hasMessage("session back-73, code: expected 560011, actual unknown");
        assertThatThrownBy(() -> assertThat(REIMBURSED).hasNoCode())
                .hasMessage("session back-3, code: expected unknown, actual 567011");
        assertThatThrownBy(() -> assertThat(REIMBURSED).hasBand("PHYSIO_DEPASSEMENT"))
                .hasMessage("session back-3, band: expected PHYSIO_DEPASSEMENT, actual PHYSIO_COURANTE_1_9");
        assertThatThrownBy(() -> assertThat(REIMBURSED).hasNoBand())
                .hasMessage("session back-3, band: expected unknown, actual PHYSIO_COURANTE_1_9");
        assertThatThrownBy(() -> assertThat(REIMBURSED).hasRank(19))
                .hasMessage("session back-3, rank: expected 19, actual 3");
        assertThatThrownBy(() -> assertThat(INSUFFICIENT).hasRank(1))
                .hasMessage("session knee-1, rank: expected 1, actual unknown");
        assertThatThrownBy(() -> assertThat(REIMBURSED).hasNoRank())
                .hasMessage("session back-3, rank: expected unknown, actual 3");
    }

    @Test
    void reasons() {
        assertThatThrownBy(() -> assertThat(REIMBURSED).hasReason("PHYSIO_COURANTE_OVER_18"))
                .hasMessage("session back-3, reasons: expected to contain PHYSIO_COURANTE_OVER_18, "
                        + "actual [PHYSIO_CONVENTIONED_FEE_ABOVE_OFFICIAL]");
        assertThatThrownBy(() -> assertThat(REFUSED).doesNotHaveReason("PHYSIO_DEPASSEMENT_CAP_REACHED"))
                .hasMessage("session back-73, reasons: expected not to contain PHYSIO_DEPASSEMENT_CAP_REACHED, "
                        + "actual [PHYSIO_DEPASSEMENT_CAP_REACHED]");
    }

    @Test
    void refusalAndUsedUpBy() {
        assertThatThrownBy(() -> assertThat(REFUSED).hasRefusalCode("005"))
                .hasMessage("session back-73, refusal: expected 005, actual 002");
        assertThatThrownBy(() -> assertThat(REIMBURSED).hasRefusalCode(RefusalCode.MAXIMUM_REACHED))
                .hasMessage("session back-3, refusal: expected 002, actual none");
        assertThatThrownBy(() -> assertThat(REFUSED).wasUsedUpBy("back-71"))
                .hasMessage("session back-73, used_up_by: expected back-71, actual back-72");
        assertThatThrownBy(() -> assertThat(REIMBURSED).wasUsedUpBy("back-1"))
                .hasMessage("session back-3, used_up_by: expected back-1, actual none");
    }

    @Test
    void missing() {
        assertThatThrownBy(() -> assertThat(INSUFFICIENT).hasMissing("tariff"))
                .hasMessage("session knee-1, missing: expected an item containing 'tariff', "
                        + "actual [nomenclature code of band PHYSIO_FA_1_20]");
        assertThatThrownBy(() -> assertThat(REIMBURSED).hasMissing("tariff"))
                .hasMessage("session back-3, missing: expected an item containing 'tariff', actual []");
    }

    @Test
    void descriptionPrefixesTheMessage() {
        assertThatThrownBy(() -> assertThat(REIMBURSED).as("WE-01").hasInsurance("18.41"))
                .hasMessage("[WE-01] session back-3, insurance: expected 18.41, actual 24.55");
    }

    @Test
    void nullDecision_fails() {
        assertThatThrownBy(() -> assertThat((Decision) null).isReimbursed()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting actual not to be null");
    }

    @Test
    void badExpectedAmount_isAnInputError_notAFailure() {
        assertThatThrownBy(() -> assertThat(REIMBURSED).hasFee("30,80")).isInstanceOf(InvalidInputException.class);
    }
}
