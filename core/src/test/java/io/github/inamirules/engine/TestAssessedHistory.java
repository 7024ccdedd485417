package io.github.inamirules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import io.github.inamirules.RateCoverageException;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Entitlement;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.Texts;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.ImmutableCareHistory;
import io.github.inamirules.model.Session;
import io.github.inamirules.rules.ChronologicalPass;
import io.github.inamirules.rules.DecisionDraft;
import io.github.inamirules.rules.RuleContext;
import io.github.inamirules.rules.RuleSet;
import io.github.inamirules.rules.RuleSetResult;
import io.github.inamirules.rules.Vocabulary;
import io.github.inamirules.testprofession.DietCare;
import io.github.inamirules.testprofession.DieteticsRates;
import io.github.inamirules.testprofession.DieteticsRuleSet;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Quotes from kept passes: one session's work after the last session, the fresh quote otherwise. */
class TestAssessedHistory {
    private static final LocalDate JAN_06 = LocalDate.of(2025, 1, 6);

    /** The dietetics rule set, counting the sessions its passes decide. */
    static final class Counting implements RuleSet {
        final AtomicLong decided = new AtomicLong();
        private final RuleSet rules = new DieteticsRuleSet();

        @Override
        public Vocabulary vocabulary() {
            return rules.vocabulary();
        }

        @Override
        public RuleSetResult assess(RuleContext context) {
            return ChronologicalPass.assessAll(context, chronologicalPass(context).orElseThrow());
        }

        @Override
        public Optional<ChronologicalPass> chronologicalPass(RuleContext context) {
            ChronologicalPass pass = rules.chronologicalPass(context).orElseThrow();
            return Optional.of(new ChronologicalPass() {
                @Override
                public Texts texts() {
                    return pass.texts();
                }

                @Override
                public void decide(DecisionDraft draft) {
                    decided.incrementAndGet();
                    pass.decide(draft);
                }

                @Override
                public List<Entitlement> entitlements() {
                    return pass.entitlements();
                }
            });
        }
    }

    private final Counting rules = new Counting();
    private final ReimbursementEngine engine = ReimbursementEngine.builder().ruleSet(rules)
            .rateModule(DieteticsRates.module2025()).build();

    /** 100 sessions, one a day from 6 January 2025, over the three episodes. */
    private static CareHistory hundredSessions() {
        ImmutableCareHistory.Builder b = DietCare.history();
        String[] episodes = {"menu", "diabetes", "clinic"};
        for (int n = 0; n < 100; n++) {
            b.addSessions(DietCare.session("s" + n, JAN_06.plusDays(n), episodes[n % 2]).build());
        }
        return b.build();
    }

    @Test
    void aSessionAfterTheLast_isDecidedFromTheKeptPass_inOneSessionsWork() {
        CareHistory history = hundredSessions();
        AssessedHistory desk = engine.assessForQuoting(history);
        Session next = DietCare.session("next", JAN_06.plusDays(120)).build();
        long before = rules.decided.get();

        Decision quoted = desk.quote(next);

        assertThat(rules.decided.get() - before).isEqualTo(1);
        assertThat(quoted).isEqualTo(engine.quote(history, next));
        assertThat(desk.assessment()).isEqualTo(engine.assess(history));
    }

    @Test
    void quotingLeavesThePassAsItWas() {
        // the fiction's 2025 rates allow 3 menu sessions a year; two are used
        CareHistory history = DietCare.history().addSessions(DietCare.session("s1", JAN_06).build(),
                DietCare.session("s2", JAN_06.plusDays(1)).build()).build();
        AssessedHistory desk = engine.assessForQuoting(history);
        Session third = DietCare.session("s3", JAN_06.plusDays(2)).build();
        Session fourth = DietCare.session("s4", JAN_06.plusDays(3)).build();

        Decision first = desk.quote(third);
        Decision again = desk.quote(third);
        Decision later = desk.quote(fourth);

        assertThat(first.outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(first.band().orElseThrow().rank()).hasValue(3);
        assertThat(again).isEqualTo(first).isEqualTo(engine.quote(history, third));
        assertThat(later.outcome()).as("the quoted third session used nothing up").isEqualTo(Outcome.REIMBURSED);
        assertThat(later).isEqualTo(engine.quote(history, fourth));
    }

    @Test
    void aSessionSlottedIntoThePast_isQuotedByANewAssessment() {
        CareHistory history = hundredSessions();
        AssessedHistory desk = engine.assessForQuoting(history);
        Session past = DietCare.session("past", JAN_06.plusDays(10)).time(LocalTime.NOON).build();
        long before = rules.decided.get();

        Decision quoted = desk.quote(past);

        assertThat(rules.decided.get() - before).isEqualTo(101);
        assertThat(quoted).isEqualTo(engine.quote(history, past));
    }

    @Test
    void onTheLastDay_theChronologicalOrderDecides_timeThenId() {
        CareHistory history = hundredSessions();
        AssessedHistory desk = engine.assessForQuoting(history);
        LocalDate lastDay = JAN_06.plusDays(99);
        long before = rules.decided.get();

        desk.quote(DietCare.session("s99a", lastDay).build());   // sorts after s99: kept pass
        assertThat(rules.decided.get() - before).isEqualTo(1);
        desk.quote(DietCare.session("s00", lastDay).build());    // sorts before s99: a new assessment
        assertThat(rules.decided.get() - before).isEqualTo(1 + 101);
    }

    @Test
    void aHistoryWithoutSessions_hasAPassToQuoteFrom() {
        CareHistory empty = DietCare.history().build();
        AssessedHistory desk = engine.assessForQuoting(empty);
        Session first = DietCare.session("first", JAN_06).build();
        long before = rules.decided.get();

        Decision quoted = desk.quote(first);

        assertThat(rules.decided.get() - before).isEqualTo(1);
        assertThat(quoted.outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(quoted).isEqualTo(engine.quote(empty, first));
    }

    @Test
    void anInvalidOrUncoveredSession_failsAsTheFreshQuoteDoes() {
        AssessedHistory desk = engine.assessForQuoting(hundredSessions());

        assertThatThrownBy(() -> desk.quote(null)).isInstanceOf(NullValueException.class);
        assertThatThrownBy(() -> desk.quote(DietCare.session("s5", JAN_06.plusDays(200)).build()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("session.id");
        assertThatThrownBy(() -> desk.quote(DietCare.session("x", JAN_06.plusDays(200)).episodeId("nowhere")
                .prescriptionId(Optional.empty()).build()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("episodeId");
        assertThatThrownBy(() -> desk.quote(DietCare.session("y", LocalDate.of(2026, 2, 2)).build()))
                .isInstanceOf(RateCoverageException.class);
    }

    @Test
    void underTheLenientPolicy_anUncoveredDateIsInsufficientData() {
        ReimbursementEngine lenient = ReimbursementEngine.builder().ruleSet(rules)
                .rateModule(DieteticsRates.module2025()).coveragePolicy(CoveragePolicy.LENIENT).build();
        CareHistory history = hundredSessions();
        Session next = DietCare.session("y", LocalDate.of(2026, 2, 2)).build();

        Decision quoted = lenient.assessForQuoting(history).quote(next);

        assertThat(quoted.outcome()).isEqualTo(Outcome.INSUFFICIENT_DATA);
        assertThat(quoted).isEqualTo(lenient.quote(history, next));
    }

    @Test
    void manyThreadsQuotingFromOneDesk_getTheSameDecision() {
        CareHistory history = hundredSessions();
        AssessedHistory desk = engine.assessForQuoting(history);
        Session next = DietCare.session("next", JAN_06.plusDays(120), "clinic").build();
        Decision expected = engine.quote(history, next);

        List<Decision> quotes = IntStream.range(0, 2_000).parallel().mapToObj(i -> desk.quote(next)).toList();

        assertThat(quotes).allMatch(expected::equals);
    }

    @Test
    void toString_showsNoPersonalData() {
        assertThat(engine.assessForQuoting(hundredSessions()).toString())
                .isEqualTo("AssessedHistory[100 sessions, 1 kept passes]").doesNotContain("patient");
    }
}
