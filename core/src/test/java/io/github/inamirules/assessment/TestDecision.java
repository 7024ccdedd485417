package io.github.inamirules.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.model.Money;
import io.github.inamirules.testprofession.DieteticsFiction;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TestDecision {
    private static final LocalDate DATE_2025_03_10 = LocalDate.of(2025, 3, 10);

    private static Decision.Builder decision(Outcome outcome) {
        return Decision.builder().sessionId("s-1").date(DATE_2025_03_10).profession(DieteticsFiction.PROFESSION)
                .episodeId("menu").outcome(outcome);
    }

    private static Missing missing(Missing.Impact impact) {
        return Missing.builder().item(impact == Missing.Impact.AMOUNT ? "TARIFF" : "PARAMETER").impact(impact)
                .date(DATE_2025_03_10).build();
    }

    private static Decision.Builder priced() {
        return decision(Outcome.REIMBURSED).fee(Money.parse("25.00")).insurance(Money.parse("20.00"))
                .patientShare(Money.parse("5.00"));
    }

    @Test
    void reimbursedAndPriced_feeIsInsurancePlusShare() {
        Decision d = priced().supplement(Money.parse("7.00")).build();

        assertThat(d.isReimbursed()).isTrue();
        assertThat(d.isPriced()).isTrue();
        assertThat(d.patientTotal()).contains(Money.parse("12.00"));
        assertThat(d.missing()).isEmpty();
        assertThat(d.profession()).isEqualTo(DieteticsFiction.PROFESSION);
        assertThat(d.episodeId()).isEqualTo("menu");
    }

    @Test
    void reimbursedAndPriced_withAFeeThatIsNotInsurancePlusShare_isInvalidInput() {
        assertThatThrownBy(() -> priced().fee(Money.parse("25.01")).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("decision[s-1].fee = 25.01: is not insurance 20.00 + patient share 5.00");
    }

    @Test
    void reimbursedUnpriced_needsAnAmountMissing() {
        assertThatThrownBy(() -> decision(Outcome.REIMBURSED).patientShare(Money.parse("5.00")).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("decision[s-1].missing = empty: an unpriced reimbursed session must say which amount "
                        + "is missing");

        Decision d = decision(Outcome.REIMBURSED).patientShare(Money.parse("5.00"))
                .addMissing(missing(Missing.Impact.AMOUNT)).build();

        assertThat(d.isReimbursed()).isTrue();
        assertThat(d.isPriced()).isFalse();
        assertThat(d.fee()).isEmpty();
        assertThat(d.patientTotal()).contains(Money.parse("5.00"));
    }

    @Test
    void reimbursedWithAFeeButNoInsurance_isUnpriced() {
        Decision d = decision(Outcome.REIMBURSED).fee(Money.parse("25.00")).patientShare(Money.parse("5.00"))
                .addMissing(missing(Missing.Impact.AMOUNT)).build();

        assertThat(d.isPriced()).isFalse();
    }

    @Test
    void reimbursed_withACoverageMissing_isInvalidInput() {
        assertThatThrownBy(() -> priced().addMissing(missing(Missing.Impact.COVERAGE)).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("decision[s-1].outcome = REIMBURSED: a session whose coverage is unknown is "
                        + "INSUFFICIENT_DATA");
    }

    @Test
    void insufficientData_needsACoverageMissing() {
        assertThatThrownBy(() -> decision(Outcome.INSUFFICIENT_DATA).addMissing(missing(Missing.Impact.AMOUNT)).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("decision[s-1].missing = no coverage item: say what leaves the coverage undecided");

        Decision d = decision(Outcome.INSUFFICIENT_DATA).addMissing(missing(Missing.Impact.COVERAGE))
                .band(Band.of("DIET_STANDARD", 1)).build();

        assertThat(d.isReimbursed()).isFalse();
        assertThat(d.isPriced()).isFalse();
        assertThat(d.band()).contains(Band.of("DIET_STANDARD", 1));
    }

    @Test
    void refused_needsARefusalCode_andIsPriced() {
        assertThatThrownBy(() -> decision(Outcome.REFUSED).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("decision[s-1].refusalCode = empty: a refusal needs a code");

        Decision d = decision(Outcome.REFUSED).refusalCode(RefusalCode.MAXIMUM_REACHED).insurance(Money.ZERO)
                .usedUpBy("s-0").build();

        assertThat(d.isPriced()).isTrue();
        assertThat(d.isReimbursed()).isFalse();
        assertThat(d.refusalCode()).contains(RefusalCode.MAXIMUM_REACHED);
        assertThat(d.usedUpBy()).contains("s-0");
        assertThat(d.fee()).isEmpty();
        assertThat(d.patientTotal()).isEmpty();
    }

    @Test
    void negativeSupplement_isInvalidInput() {
        assertThatThrownBy(() -> priced().supplement(Money.parse("-1.00")).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("decision[s-1].supplement = -1.00: must not be negative");
    }

    @Test
    void hasReason_looksAtTheCodes() {
        Reason counted = Reason.builder().code("DIET_SESSION_COUNTED").severity(Severity.INFO).ruleId("D-03")
                .source("https://example.org").build();

        Decision d = priced().addReasons(counted).build();

        assertThat(d.hasReason("DIET_SESSION_COUNTED")).isTrue();
        assertThat(d.hasReason("DIET_MAX_REACHED")).isFalse();
    }

    @Test
    void refusalCodes_areTheEtarifCodes() {
        assertThat(RefusalCode.RENEWAL_PERIOD_NOT_EXPIRED.code()).isEqualTo("001");
        assertThat(RefusalCode.MAXIMUM_REACHED.code()).isEqualTo("002");
        assertThat(RefusalCode.NO_AGREEMENT.code()).isEqualTo("005");
        assertThat(RefusalCode.PREREQUISITE_NOT_MET.code()).isEqualTo("008");
        assertThat(RefusalCode.NOT_ATTESTABLE_ON_DATE.code()).isEqualTo("009");
        assertThat(RefusalCode.CANNOT_BE_COMBINED.code()).isEqualTo("010");
    }

    @Test
    void missingAttributes_areInvalidInput_namingThem() {
        assertThatThrownBy(() -> Decision.builder().sessionId("s-1").build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageContaining("date")
                .hasMessageContaining("profession")
                .hasMessageContaining("episodeId")
                .hasMessageContaining("outcome");
    }

    @Test
    void equality_isThatOfEveryAttribute_andTheBuilderCopiesAndClears() {
        Reason counted = Reason.of("DIET_SESSION_COUNTED", Severity.INFO, "D-03", "https://example.org",
                ReasonValues.ofPairs("rank", 1), io.github.inamirules.assessment.Texts.none());
        Decision d = priced().addReasons(counted).nomenclatureCode("999001").build();

        Decision copy = Decision.builder().from(d).build();
        assertThat(copy).isEqualTo(d).hasSameHashCodeAs(d).hasToString(d.toString());
        assertThat(Decision.builder().from(d).nomenclatureCode(java.util.Optional.empty()).build())
                .isNotEqualTo(d).extracting(Decision::nomenclatureCode).isEqualTo(java.util.Optional.empty());
        assertThat(Decision.builder().from(d).reasons(java.util.List.of()).build().reasons()).isEmpty();
        assertThat(Decision.builder().from(d).addReasons(counted).build().reasons()).containsExactly(counted, counted);
        assertThat(d.toString()).contains("sessionId=s-1", "outcome=REIMBURSED", "nomenclatureCode=999001");
    }

    @Test
    void lists_areUnmodifiable_andNotChangedByTheListGiven() {
        java.util.List<Missing> given = new java.util.ArrayList<>(java.util.List.of(missing(Missing.Impact.AMOUNT)));
        Decision d = decision(Outcome.REIMBURSED).patientShare(Money.parse("5.00")).missing(given).build();
        given.clear();

        assertThat(d.missing()).hasSize(1);
        assertThatThrownBy(() -> d.missing().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> d.reasons().add(null)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> decision(Outcome.REIMBURSED).addReasons((Reason) null))
                .isInstanceOf(io.github.inamirules.NullValueException.class);
    }
}
