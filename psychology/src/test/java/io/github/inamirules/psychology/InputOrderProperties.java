package io.github.inamirules.psychology;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Session;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over generated psychology histories (two psychologists of both network types, 2021 and 2024
 * functions, individual / group / entourage sessions, same-day sessions with and without times, across
 * 2022–2025): decisions never depend on the input order, each session gets one decision, amounts are
 * conserved (fee = insurance + patient share), and no counter with a limit goes beyond it.
 */
class InputOrderProperties {
    private static final LocalDate START = LocalDate.of(2022, 1, 3);

    /** One generated session. */
    record Spec(int day, int slot, int practitioner, int function, int type) {
    }

    @Provide
    Arbitrary<List<Spec>> histories() {
        Arbitrary<Spec> spec = Combinators.combine(Arbitraries.integers().between(0, 1300),
                Arbitraries.integers().between(-1, 2), Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 2)).as(Spec::new);
        return spec.list().ofMinSize(1).ofMaxSize(40);
    }

    private static CareHistory history(List<Spec> specs, long seed) {
        PsyCase c = PsyCase.born(LocalDate.of(2003, 5, 1)).preferentialFrom(LocalDate.of(2024, 1, 1))
                .practitioner(ClinicalPsychology.agreement("adults", "net-a", NetworkType.ADULTS,
                        DateRange.startingFrom(PsyCase.FOREVER_FROM)).build())
                .practitioner(ClinicalPsychology.agreement("kids", "net-k", NetworkType.CHILDREN_ADOLESCENTS,
                        DateRange.of(PsyCase.FOREVER_FROM, LocalDate.of(2025, 6, 1))).build());
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            LocalDate day = START.plusDays(s.day());
            PsyFunction f = PsyFunction.values()[s.function()];
            var b = Session.builder().id("s-" + i).date(day).practitionerId(s.practitioner() == 0 ? "adults" : "kids")
                    .episodeId("path").facts(ClinicalPsychology.session(f, SessionType.values()[s.type()]));
            if (s.slot() >= 0) {
                b.time(LocalTime.of(9 + s.slot(), 0));
            }
            sessions.add(b.build());
        }
        Collections.shuffle(sessions, new Random(seed));
        sessions.forEach(c::session);
        return c.history();
    }

    @Property(tries = 150)
    void decisionsDoNotDependOnInputOrder(@ForAll("histories") List<Spec> specs, @ForAll long seed) {
        Assessment a = TestRateModules.ENGINE.assess(history(specs, 1));
        Assessment b = TestRateModules.ENGINE.assess(history(specs, seed));
        for (Decision d : a.decisions()) {
            assertThat(b.decision(d.sessionId())).isEqualTo(d);
        }
        assertThat(b.entitlements()).containsExactlyInAnyOrderElementsOf(a.entitlements());
    }

    @Property(tries = 150)
    void oneDecisionPerSession_amountsConserved_capsNeverExceeded(@ForAll("histories") List<Spec> specs) {
        Assessment a = TestRateModules.ENGINE.assess(history(specs, 7));
        assertThat(a.decisions()).hasSize(specs.size());
        for (Decision d : a.decisions()) {
            if (d.outcome() == Outcome.REFUSED) {
                assertThat(d.insurance()).contains(Money.ZERO);
            }
            if (d.fee().isPresent()) {
                assertThat(d.fee().get()).isEqualTo(d.insurance().orElseThrow().plus(d.patientShare().orElseThrow()));
            }
            d.patientShare().ifPresent(s -> assertThat(s.isNegative()).isFalse());
        }
        assertThat(a.entitlements()).allSatisfy(e -> e.limit().ifPresent(l -> assertThat(e.used()).isLessThanOrEqualTo(l)));
    }
}
