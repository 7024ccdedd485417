package io.github.inamirules.complementary;

import static io.github.inamirules.complementary.Histories.eur;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.rates.ProvenanceStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Helan's benefit for psychology (psy.md PSY-60, worked examples P-E27 and P-E28): 10.00 a session
 * compulsory insurance does not reimburse, 12 a calendar year.
 */
class TestHelanPsychology {
    private static final LocalDate DATE_2025_01_06 = LocalDate.of(2025, 1, 6);
    private static final ComplementaryBenefits BENEFITS = ComplementaryBenefits.of(new ShippedBenefits());
    private static final List<Membership> HELAN_2025 = List.of(Membership.of("helan", DateRange.ofYear(2025)));

    private static BenefitStatement apply(Histories h, List<Membership> memberships) {
        CareHistory history = h.history();
        return BENEFITS.apply(history, Histories.ENGINE.assess(history), memberships);
    }

    @Test
    void outsideTheConventions_10ForEachOf12Sessions_0ForThe13th() {
        CareHistory history = Histories.adult().weeklyPsy("s", 13, DATE_2025_01_06, "free").history();
        Assessment assessment = Histories.ENGINE.assess(history);
        assertThat(assessment.decisions()).allMatch(d -> d.outcome() == Outcome.REFUSED);

        BenefitStatement st = BENEFITS.apply(history, assessment, HELAN_2025);
        for (int i = 1; i <= 12; i++) {
            SessionBenefit b = st.session("s-" + i);
            assertThat(b.amount()).as("s-" + i).contains(eur("10.00"));
            assertThat(b.reason().code()).isEqualTo(BenefitReasons.PAID);
            assertThat(b.counter(CapKind.SESSIONS_PER_YEAR).orElseThrow().used()).isEqualByComparingTo(BigDecimal.valueOf(i));
        }
        SessionBenefit thirteenth = st.session("s-13");
        assertThat(thirteenth.amount()).contains(eur("0.00"));
        assertThat(thirteenth.reason().code()).isEqualTo(BenefitReasons.CAP_REACHED);
        BenefitCounter cap = thirteenth.limitedBy().orElseThrow();
        assertThat(cap.id()).isEqualTo("sessions_per_year");
        assertThat(cap.used()).isEqualByComparingTo("12");
        assertThat(cap.limit()).isEqualByComparingTo("12");
        assertThat(cap.remaining()).isEqualByComparingTo("0");
        assertThat(cap.period()).contains(DateRange.ofYear(2025));

        assertThat(st.total(2025)).isEqualTo(eur("120.00"));
        BenefitTotal total = st.total(2025, "helan-psychology").orElseThrow();
        assertThat(total.sessions()).isEqualTo(12);
        assertThat(total.countUnknown()).isZero();
    }

    @Test
    void aSessionCompulsoryInsuranceReimburses_getsNoHelanBenefit() {
        BenefitStatement st = apply(Histories.adult().psy("conv-1", DATE_2025_01_06, "conv")
                .psy("free-1", DATE_2025_01_06.plusDays(1), "free"), HELAN_2025);
        SessionBenefit reimbursed = st.session("conv-1");
        assertThat(reimbursed.amount()).contains(eur("0.00"));
        assertThat(reimbursed.reason().code()).isEqualTo(BenefitReasons.INSURANCE_REIMBURSES);
        assertThat(reimbursed.benefit().map(Benefit::id)).contains("helan-psychology");
        assertThat(st.session("free-1").amount()).contains(eur("10.00"));
        assertThat(st.session("free-1").counter(CapKind.SESSIONS_PER_YEAR).orElseThrow().used())
                .as("a reimbursed session does not use the cap").isEqualByComparingTo("1");
    }

    @Test
    void theCapIsPerCalendarYear() {
        BenefitStatement st = apply(Histories.adult().weeklyPsy("s", 13, LocalDate.of(2025, 10, 13), "free"),
                List.of(Membership.of("helan", DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2027, 1, 1)))));
        assertThat(st.session("s-12").date()).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(st.session("s-12").amount()).contains(eur("10.00"));
        assertThat(st.session("s-13").date()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(st.session("s-13").amount()).contains(eur("10.00"));
        assertThat(st.session("s-13").counter(CapKind.SESSIONS_PER_YEAR).orElseThrow().used()).isEqualByComparingTo("1");
        assertThat(st.total(2025)).isEqualTo(eur("120.00"));
        assertThat(st.total(2026)).isEqualTo(eur("10.00"));
    }

    @Test
    void notAMember_getsNothing_andAnotherMutualityWithoutData_isUnknown() {
        BenefitStatement st = apply(Histories.adult().psy("a", DATE_2025_01_06, "free")
                .psy("b", LocalDate.of(2025, 7, 1), "free"),
                List.of(Membership.of("cm", DateRange.of(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 1, 1)))));
        assertThat(st.session("a").amount()).contains(eur("0.00"));
        assertThat(st.session("a").reason().code()).isEqualTo(BenefitReasons.NOT_A_MEMBER);
        assertThat(st.session("b").isUnknown()).isTrue();
        assertThat(st.session("b").reason().code()).isEqualTo(BenefitReasons.NOT_COVERED);
        assertThat(st.session("b").mutuality()).contains("cm");
        assertThat(st.countUnknown(2025)).isEqualTo(1);
        assertThat(st.total(2025)).isEqualTo(eur("0.00"));
    }

    @Test
    void reasonsSpeakFrenchDutchAndEnglish() {
        BenefitStatement st = apply(Histories.adult().weeklyPsy("s", 13, DATE_2025_01_06, "free"), HELAN_2025);
        var paid = st.session("s-1").reason();
        assertThat(paid.message(Locale.ENGLISH)).startsWith("Helan pays €10.00 for this session");
        assertThat(paid.message(Locale.FRENCH)).startsWith("Helan rembourse 10,00 € pour cette séance");
        assertThat(paid.message(Locale.forLanguageTag("nl"))).startsWith("Helan betaalt 10,00 € terug");
        assertThat(st.session("s-13").reason().message(Locale.FRENCH))
                .contains("plafond de 12 séances par année civile est atteint");
        assertThat(st.session("s-13").reason().message(Locale.ENGLISH)).contains("12 sessions a calendar year");
        assertThat(paid.source()).startsWith("https://www.helan.be/");
        assertThat(paid.ruleId()).isEqualTo("helan-psychology");
    }

    @Test
    void theShippedRow_saysWhereItComesFrom() {
        Benefit helan = BENEFITS.benefits().get(0);
        assertThat(helan.id()).isEqualTo("helan-psychology");
        assertThat(helan.provenance().status()).isEqualTo(ProvenanceStatus.REPORTED);
        assertThat(helan.provenance().sources()).extracting(s -> s.name()).containsExactly("HELAN-FR-PSY", "HELAN-NL-PSY");
        assertThat(helan.provenance().location()).isEqualTo("complementary-benefits:benefits.psv:48");
        assertThat(helan.insurance()).isEqualTo(InsuranceCondition.NOT_REIMBURSED);
        assertThat(helan.amount().fixedAmount()).contains(eur("10.00"));
        assertThat(helan.caps()).containsExactly(BenefitCap.of(CapKind.SESSIONS_PER_YEAR, BigDecimal.valueOf(12)));
        assertThat(ComplementaryBenefits.loadInstalled().benefits()).contains(helan);
    }
}
