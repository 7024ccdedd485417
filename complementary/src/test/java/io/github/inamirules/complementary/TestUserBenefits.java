package io.github.inamirules.complementary;

import static io.github.inamirules.complementary.Histories.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.RateConflictException;
import io.github.inamirules.RateDataException;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A user's own benefits as a data module (docs/complementary-format.md): percentages with a maximum,
 * preferential variants, age bands, caps per day, per year and per lifetime, "never more than paid",
 * and the errors of the format.
 */
class TestUserBenefits {
    private static final LocalDate DATE_2025_03_03 = LocalDate.of(2025, 3, 3);
    private static final List<Membership> MEMBER = List.of(Membership.of("test-mut", DateRange.ofYear(2025)));
    private static final String ROWS = ""
            + "young | test-mut | clinical-psychology | young people | 2025-01-01 | 2026-01-01 | not_reimbursed | 0 | 17 | no | any | 50% | 30.00 | 1 | | | 100.00 | | no | reported | MY-SHEET |\n"
            + "young | test-mut | clinical-psychology | young people, BIM | 2025-01-01 | 2026-01-01 | not_reimbursed | 0 | 17 | yes | any | 75% | 45.00 | 1 | | | 100.00 | | no | reported | MY-SHEET |\n"
            + "adult | test-mut | clinical-psychology | adults | 2025-01-01 | 2026-01-01 | any | 18 | | any | any | 20.00 | | | | 24 | 50.00 | | yes | reported | MY-SHEET |\n";
    private static final ComplementaryBenefits MINE = ComplementaryBenefits.of(new MemoryBenefits(ROWS));

    private static BenefitStatement apply(Histories h) {
        CareHistory history = h.history();
        return MINE.apply(history, Histories.ENGINE.assess(history), MEMBER);
    }

    @Test
    void aPercentageWithAMaximum_andItsPreferentialVariant_andOneADay() {
        BenefitStatement ordinary = apply(Histories.patient(LocalDate.of(2012, 1, 1), false)
                .psy("a", DATE_2025_03_03, "free", "50.00").psy("b", DATE_2025_03_03, "free", "50.00")
                .psy("c", DATE_2025_03_03.plusDays(1), "free", "70.00"));
        assertThat(ordinary.session("a").amount()).contains(eur("25.00"));
        assertThat(ordinary.session("b").amount()).contains(eur("0.00"));
        assertThat(ordinary.session("b").limitedBy().orElseThrow().kind()).isEqualTo(CapKind.SESSIONS_PER_DAY);
        assertThat(ordinary.session("c").amount()).contains(eur("30.00"));
        assertThat(ordinary.session("c").counter(CapKind.AMOUNT_PER_YEAR).orElseThrow().used()).isEqualByComparingTo("55.00");

        BenefitStatement bim = apply(Histories.patient(LocalDate.of(2012, 1, 1), true)
                .psy("a", DATE_2025_03_03, "free", "50.00").psy("c", DATE_2025_03_03.plusDays(1), "free", "70.00"));
        assertThat(bim.session("a").amount()).contains(eur("37.50"));
        assertThat(bim.session("c").amount()).contains(eur("45.00"));
        assertThat(bim.session("c").benefit().orElseThrow().label()).isEqualTo("young people, BIM");
    }

    @Test
    void anAmountCap_paysWhatIsLeft_thenNothing() {
        BenefitStatement st = apply(Histories.patient(LocalDate.of(1980, 1, 1), false)
                .weeklyPsy("s", 1, DATE_2025_03_03, "free").psy("s-2", DATE_2025_03_03.plusWeeks(1), "free", "60.00")
                .psy("s-3", DATE_2025_03_03.plusWeeks(2), "free", "60.00")
                .psy("s-4", DATE_2025_03_03.plusWeeks(3), "free", "60.00")
                .psy("s-5", DATE_2025_03_03.plusWeeks(4), "free", "60.00"));
        SessionBenefit noPrice = st.session("s-1");
        assertThat(noPrice.isUnknown()).isTrue();
        assertThat(noPrice.reason().code()).isEqualTo(BenefitReasons.PRICE_UNKNOWN);
        SessionBenefit second = st.session("s-2");
        assertThat(second.isUnknown()).as("an earlier amount of the year cap is unknown").isTrue();
        assertThat(second.reason().code()).isEqualTo(BenefitReasons.EARLIER_AMOUNT_UNKNOWN);
        assertThat(st.total(2025)).isEqualTo(eur("0.00"));
        assertThat(st.countUnknown(2025)).isEqualTo(5);

        BenefitStatement priced = apply(Histories.patient(LocalDate.of(1980, 1, 1), false)
                .psy("s-1", DATE_2025_03_03, "free", "60.00").psy("s-2", DATE_2025_03_03.plusWeeks(1), "free", "60.00")
                .psy("s-3", DATE_2025_03_03.plusWeeks(2), "free", "60.00")
                .psy("s-4", DATE_2025_03_03.plusWeeks(3), "free", "60.00"));
        assertThat(priced.session("s-2").amount()).contains(eur("20.00"));
        SessionBenefit third = priced.session("s-3");
        assertThat(third.amount()).contains(eur("10.00"));
        assertThat(third.reason().code()).isEqualTo(BenefitReasons.CAP_LIMITED);
        assertThat(third.limitedBy().orElseThrow().id()).isEqualTo("amount_per_year");
        assertThat(third.reason().message(Locale.ENGLISH)).contains("cap of 50.00 euros a calendar year");
        assertThat(priced.session("s-4").amount()).contains(eur("0.00"));
        assertThat(priced.session("s-4").reason().code()).isEqualTo(BenefitReasons.CAP_REACHED);
        assertThat(priced.total(2025)).isEqualTo(eur("50.00"));
        assertThat(priced.total(2025, "adult").orElseThrow().sessions()).isEqualTo(3);
    }

    @Test
    void onTopOfAReimbursedSession_neverMoreThanThePatientPaid() {
        BenefitStatement st = apply(Histories.patient(LocalDate.of(1980, 1, 1), false)
                .weeklyPsy("conv", 2, DATE_2025_03_03, "conv"));
        assertThat(st.session("conv-1").amount()).as("the first session is free: 0.00 paid").contains(eur("0.00"));
        assertThat(st.session("conv-2").amount()).as("the share of 11.00").contains(eur("11.00"));
        assertThat(st.session("conv-2").counter(CapKind.SESSIONS_PER_LIFETIME).orElseThrow().used())
                .as("a 0.00 session does not count").isEqualByComparingTo("1");
    }

    @Test
    void anAgeBandWithoutBirthDate_isUnknown_andOutsideIt_isNothing() {
        BenefitStatement st = apply(Histories.patient(null, false).psy("a", DATE_2025_03_03, "free", "60.00"));
        assertThat(st.session("a").isUnknown()).isTrue();
        assertThat(st.session("a").reason().code()).isEqualTo(BenefitReasons.BIRTH_DATE_UNKNOWN);
        assertThat(st.session("a").reason().message(Locale.FRENCH)).contains("date de naissance");
    }

    @Test
    void aBenefitOnlyForUncoveredSessions_refusesACoveredOne_withItsReason() {
        CareHistory h = Histories.patient(LocalDate.of(2008, 1, 1), false).psy("conv-1", DATE_2025_03_03, "conv").history();
        assertThat(Histories.ENGINE.assess(h).decision("conv-1").isReimbursed()).isTrue();
        BenefitStatement st = MINE.apply(h, Histories.ENGINE.assess(h), MEMBER);
        assertThat(st.session("conv-1").amount()).contains(eur("0.00"));
        assertThat(st.session("conv-1").reason().code()).isEqualTo(BenefitReasons.INSURANCE_REIMBURSES);
        assertThat(st.session("conv-1").benefit().orElseThrow().id()).isEqualTo("young");
    }

    @Test
    void formatErrors_nameModuleFileLineAndColumn() {
        String overlap = ROWS + "adult2 | test-mut | clinical-psychology | more | 2025-06-01 | 2026-01-01 | not_reimbursed | 30 | | any | any | 5.00 | | | | | | | no | reported | MY-SHEET |\n";
        assertThatThrownBy(() -> new MemoryBenefits(overlap).benefits()).isInstanceOf(RateDataException.class)
                .hasMessageContaining("my-benefits:benefits.psv:5:").hasMessageContaining("two benefits that both apply");
        assertThatThrownBy(() -> new MemoryBenefits("x | test-mut | clinical-psychology | x | 2025-01-01 | 2026-01-01 | any | | | any | any | | | | | | | | no | unknown | MY-SHEET | not found\n").benefits())
                .isInstanceOf(RateDataException.class).hasMessageContaining("a benefit no source states is not written");
        assertThatThrownBy(() -> new MemoryBenefits("x | cm | clinical-psychology | x | 2025-01-01 | 2026-01-01 | any | | | any | any | 5.00 | | | | | | | no | reported | MY-SHEET |\n").benefits())
                .isInstanceOf(RateDataException.class).hasMessageContaining("inside a coverage.psv row of cm");
        assertThatThrownBy(() -> new MemoryBenefits("x | test-mut | clinical-psychology | x | 2025-01-01 | 2026-01-01 | any | | | any | any | 150% | | | | | | | no | reported | MY-SHEET |\n").benefits())
                .isInstanceOf(RateDataException.class).hasMessageContaining("column 'amount'");
        assertThatThrownBy(() -> new MemoryBenefits("x | test-mut | clinical-psychology | x | 2025-01-01 | 2026-01-01 | maybe | | | any | any | 5.00 | | | | | | | no | reported | MY-SHEET |\n").benefits())
                .isInstanceOf(RateDataException.class).hasMessageContaining("not_reimbursed, reimbursed or any");
    }

    @Test
    void twoModulesCoveringOneDay_areAnError_andMembershipsMayNotOverlap() {
        assertThatThrownBy(() -> ComplementaryBenefits.of(new MemoryBenefits(ROWS), new MemoryBenefits(ROWS)))
                .isInstanceOf(RateConflictException.class).hasMessageContaining("two benefit modules cover");
        CareHistory h = Histories.adult().psy("a", DATE_2025_03_03, "free").history();
        assertThatThrownBy(() -> MINE.apply(h, Histories.ENGINE.assess(h), List.of(
                Membership.of("helan", DateRange.ofYear(2025)), Membership.of("cm", DateRange.ofYear(2025)))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("one mutuality at a time");
        CareHistory other = Histories.adult().psy("b", DATE_2025_03_03, "free").history();
        assertThatThrownBy(() -> MINE.apply(h, Histories.ENGINE.assess(other), MEMBER))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("assessment");
    }
}
