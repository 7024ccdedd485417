package io.github.inamirules.complementary;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the benefit pass over generated psychology years: a year's total never exceeds the
 * yearly cap, no more sessions are paid than the caps allow, no amount is negative or above its
 * per-session maximum, and one session a day is paid at most.
 */
class BenefitCapProperties {
    private static final ComplementaryBenefits SHIPPED = ComplementaryBenefits.of(new ShippedBenefits());
    private static final ComplementaryBenefits MINE = ComplementaryBenefits.of(new MemoryBenefits(""
            + "young | test-mut | clinical-psychology | young people | 2025-01-01 | 2026-01-01 | not_reimbursed | 0 | 17 | any | any | 50% | 30.00 | 1 | | | 100.00 | | no | reported | MY-SHEET |\n"
            + "adult | test-mut | clinical-psychology | adults | 2025-01-01 | 2026-01-01 | any | 18 | | any | any | 20.00 | | | 8 | | 50.00 | | yes | reported | MY-SHEET |\n"));

    /** One generated session: its day of 2025, whether the psychologist is outside the conventions, its fee. */
    static final class Visit {
        final int day;
        final boolean free;
        final int fee;

        Visit(int day, boolean free, int fee) {
            this.day = day;
            this.free = free;
            this.fee = fee;
        }
    }

    @Provide
    Arbitrary<List<Visit>> years() {
        Arbitrary<Visit> visit = Combinators.combine(Arbitraries.integers().between(0, 364), Arbitraries.of(true, false),
                Arbitraries.integers().between(-1, 120)).as(Visit::new);
        return visit.list().ofMaxSize(40);
    }

    private static CareHistory history(LocalDate birth, List<Visit> visits) {
        Histories h = Histories.patient(birth, false);
        for (int i = 0; i < visits.size(); i++) {
            Visit v = visits.get(i);
            h.psy("s-" + i, LocalDate.of(2025, 1, 1).plusDays(v.day), v.free ? "free" : "conv",
                    v.fee < 0 ? null : v.fee + ".00");
        }
        return h.history();
    }

    @Property(tries = 150)
    void helan_aYearNeverPaysMoreThan12Sessions_of10(@ForAll("years") List<Visit> visits) {
        CareHistory h = history(Histories.BORN, visits);
        BenefitStatement st = SHIPPED.apply(h, Histories.ENGINE.assess(h),
                List.of(Membership.of("helan", DateRange.ofYear(2025))));
        long paid = st.sessions().stream().filter(s -> s.amount().map(a -> !a.isZero()).orElse(false)).count();
        assertThat(paid).isLessThanOrEqualTo(12);
        assertThat(st.total(2025)).isLessThanOrEqualTo(Money.of(new BigDecimal("120.00")));
        assertThat(st.total(2025)).isEqualTo(Money.of(BigDecimal.TEN).timesRounded(BigDecimal.valueOf(paid)));
        assertThat(st.sessions()).hasSize(visits.size()).noneMatch(SessionBenefit::isUnknown);
    }

    @Property(tries = 150)
    void ownBenefits_neverExceedTheirCaps(@ForAll("years") List<Visit> visits, @ForAll boolean young) {
        CareHistory h = history(young ? LocalDate.of(2010, 6, 1) : Histories.BORN, visits);
        BenefitStatement st = MINE.apply(h, Histories.ENGINE.assess(h),
                List.of(Membership.of("test-mut", DateRange.ofYear(2025))));
        Money cap = Money.of(new BigDecimal(young ? "100.00" : "50.00"));
        Money perSession = Money.of(new BigDecimal(young ? "30.00" : "20.00"));
        assertThat(st.total(2025)).isLessThanOrEqualTo(cap);
        for (SessionBenefit s : st.sessions()) {
            s.amount().ifPresent(a -> assertThat(a.isNegative()).isFalse());
            s.amount().ifPresent(a -> assertThat(a).isLessThanOrEqualTo(perSession));
            s.counters().forEach(c -> assertThat(c.used()).isLessThanOrEqualTo(c.limit()));
        }
        long paidSessions = st.sessions().stream().filter(s -> s.isUnknown() || !s.amount().get().isZero()).count();
        if (!young) {
            assertThat(paidSessions).isLessThanOrEqualTo(8);
        } else {
            assertThat(st.sessions().stream().filter(s -> s.isUnknown() || !s.amount().get().isZero())
                    .map(SessionBenefit::date).distinct().count()).isEqualTo(paidSessions);
        }
    }
}
