package io.github.inamirules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import io.github.inamirules.RateCoverageException;
import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Missing;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.Patient;
import io.github.inamirules.model.Session;
import io.github.inamirules.testprofession.DietCare;
import io.github.inamirules.testprofession.DieteticsRates;
import io.github.inamirules.testprofession.DieteticsRuleSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The batch API: one result per history, a bad history never costing the others, streaming without
 * retention, an executor, and the lenient coverage policy.
 */
class TestBatchAssessment {
    private static final LocalDate DATE_2025_03_10 = LocalDate.of(2025, 3, 10);
    private static final LocalDate DATE_2026_01_05 = LocalDate.of(2026, 1, 5);
    private static final ReimbursementEngine STRICT = ReimbursementEngine.builder().ruleSet(new DieteticsRuleSet())
            .rateModule(DieteticsRates.module2025()).build();
    private static final ReimbursementEngine LENIENT = ReimbursementEngine.builder().ruleSet(new DieteticsRuleSet())
            .rateModule(DieteticsRates.module2025()).coveragePolicy(CoveragePolicy.LENIENT).build();

    private static Session session(String id, LocalDate date) {
        return DietCare.session(id, date).build();
    }

    private static CareHistory good(int i) {
        return DietCare.history().patient(Patient.builder().id("patient-" + i).build())
                .addSessions(session("s-" + i, DATE_2025_03_10), session("t-" + i, DATE_2025_03_10.plusWeeks(1)))
                .build();
    }

    /** Every hundredth history has a session of 2026, which no module covers. */
    private static List<CareHistory> thousandWithTenBad() {
        List<CareHistory> out = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            out.add(i % 100 == 7 ? good(i).withAddedSession(session("late-" + i, DATE_2026_01_05)) : good(i));
        }
        return out;
    }

    @Test
    void aBatchOf1000With10Bad_gives990AssessmentsAnd10ErrorsNamingThem() {
        BatchResult batch = STRICT.assessAll(thousandWithTenBad());

        assertThat(batch.results()).hasSize(1000);
        assertThat(batch.assessedOnly()).hasSize(990);
        assertThat(batch.failures()).hasSize(10).allSatisfy(f -> {
            assertThat(f.index() % 100).isEqualTo(7);
            assertThat(f.error()).get().isInstanceOf(RateCoverageException.class);
            assertThat(f.error().get().getMessage()).startsWith("session[late-" + f.index() + "] on 2026-01-05");
            assertThat(f.history()).get().extracting(h -> h.patient().id()).isEqualTo("patient-" + f.index());
            assertThat(f.toString()).startsWith("history[" + f.index() + "] failed: RateCoverageException")
                    .doesNotContain("patient-");
        });
        assertThat(batch.isComplete()).isFalse();
        assertThat(batch).hasToString("990 assessed, 10 failed");
        assertThat(batch.results().get(8).assessmentOrThrow().decisions()).extracting(Decision::sessionId)
                .containsExactly("s-8", "t-8");
        assertThatThrownBy(batch::assessmentsOrThrow).isInstanceOf(RateCoverageException.class)
                .hasMessageStartingWith("session[late-7]");
    }

    @Test
    void onAnExecutor_theResultsAreTheSameAndInInputOrder() {
        List<CareHistory> histories = thousandWithTenBad();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            BatchResult parallel = STRICT.assessAll(histories, pool);
            assertThat(parallel.failures()).hasSize(10);
            BatchResult sequential = STRICT.assessAll(histories);
            assertThat(parallel.results()).extracting(HistoryResult::index)
                    .containsExactlyElementsOf(java.util.stream.LongStream.range(0, 1000).boxed().toList());
                        assertThat(parallel.assessedOnly()).isEqualTo(sequential.assessedOnly());
            assertThat(parallel.failures()).extracting(HistoryResult::index)
                    .containsExactlyElementsOf(sequential.failures().stream().map(HistoryResult::index).toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void streaming_handsEachResultOverBeforeReadingTheNextHistory() {
        List<String> events = new ArrayList<>();
        Iterable<CareHistory> lazy = () -> IntStream.range(0, 3).mapToObj(i -> {
            events.add("read " + i);
            return i == 1 ? good(i).withAddedSession(session("late", DATE_2026_01_05)) : good(i);
        }).iterator();

        STRICT.assessEach(lazy, r -> events.add((r.isAssessed() ? "assessed " : "failed ") + r.index()));

        assertThat(events).containsExactly("read 0", "assessed 0", "read 1", "failed 1", "read 2", "assessed 2");
        List<HistoryResult> fromStream = new ArrayList<>();
        STRICT.assessEach(IntStream.range(0, 5).mapToObj(TestBatchAssessment::good), fromStream::add);
        assertThat(fromStream).extracting(HistoryResult::isAssessed).containsOnly(true).hasSize(5);
    }

    @Test
    void aNullHistoryInABatch_isAFailureOfItsOwn_andInvalidInputOneToo() {
        List<CareHistory> histories = new ArrayList<>();
        histories.add(good(0));
        histories.add(null);
        histories.add(good(2));
        BatchResult batch = STRICT.assessAll(histories);
        assertThat(batch.results()).extracting(HistoryResult::isAssessed).containsExactly(true, false, true);
        assertThat(batch.results().get(1).error()).get().isInstanceOf(NullValueException.class)
                .extracting(Throwable::getMessage).asString().contains("histories[1]");
        assertThat(batch.results().get(1).history()).isEmpty();
        assertThatThrownBy(() -> STRICT.assessAll(null)).isInstanceOf(NullValueException.class);
        assertThatThrownBy(() -> STRICT.assessEach(List.of(good(0)), null)).isInstanceOf(NullValueException.class);
        assertThat(InvalidInputException.class).isAssignableTo(RuntimeException.class);
    }

    @Test
    void lenient_anUncoveredSessionAndTheLaterOnesAreInsufficientData_theEarlierDecided() {
        CareHistory h = good(1).withAddedSession(session("late", DATE_2026_01_05));
        assertThatThrownBy(() -> STRICT.assess(h)).isInstanceOf(RateCoverageException.class);

        Assessment a = LENIENT.assess(h);
        assertThat(a.decision("s-1").outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(a.decision("t-1").outcome()).isEqualTo(Outcome.REIMBURSED);
        Decision late = a.decision("late");
        assertThat(late.outcome()).isEqualTo(Outcome.INSUFFICIENT_DATA);
        assertThat(late.missing()).singleElement().satisfies(m -> {
            assertThat(m.item()).isEqualTo(ReimbursementEngine.MISSING_RATES);
            assertThat(m.impact()).isEqualTo(Missing.Impact.COVERAGE);
            assertThat(m.date()).isEqualTo(DATE_2026_01_05);
            assertThat(m.message(Locale.ENGLISH)).isEqualTo("rates for profession dietetics-fiction on date 2026-01-05");
            assertThat(m.message(Locale.FRENCH)).contains("aucun module de tarifs");
            assertThat(m.message(Locale.forLanguageTag("nl"))).contains("geen tariefmodule");
        });
        assertThat(LENIENT.coveragePolicy()).isEqualTo(CoveragePolicy.LENIENT);
        assertThat(STRICT.coveragePolicy()).isEqualTo(CoveragePolicy.STRICT);
    }

    @Test
    void lenient_aCoveredSessionAfterAnUncoveredOne_isInsufficientData_namingIt() {
        CareHistory h = DietCare.history().addSessions(session("early", LocalDate.of(2024, 12, 30)),
                session("covered", DATE_2025_03_10)).build();
        Assessment a = LENIENT.assess(h);
        assertThat(a.decisions()).extracting(Decision::outcome).containsOnly(Outcome.INSUFFICIENT_DATA);
        assertThat(a.decision("covered").missing()).singleElement().satisfies(m -> {
            assertThat(m.item()).isEqualTo(ReimbursementEngine.MISSING_EARLIER_RATES);
            assertThat(m.values()).containsEntry("session", "early").containsEntry("profession", "dietetics-fiction");
            assertThat(m.date()).isEqualTo(LocalDate.of(2024, 12, 30));
            assertThat(m.message(Locale.ENGLISH))
                    .isEqualTo("an earlier session, early on 2024-12-30, has no rates for profession dietetics-fiction");
        });
        assertThat(a.decision("early").missing().get(0).values()).doesNotContainKey("session");
    }

    @Test
    void coveragePolicy_null_isRefused() {
        assertThatThrownBy(() -> ReimbursementEngine.builder().coveragePolicy(null))
                .isInstanceOf(NullValueException.class).hasMessageContaining("coveragePolicy");
    }

    @Test
    void onAnExecutorThatRejectsDiscardsOrRunsInline_theBatchStillCompletes() {
        List<CareHistory> histories = thousandWithTenBad().subList(0, 50);
        BatchResult expected = STRICT.assessAll(histories);
        java.util.concurrent.Executor rejecting = r -> {
            throw new java.util.concurrent.RejectedExecutionException("full");
        };
        java.util.concurrent.Executor discarding = r -> { };
        java.util.concurrent.Executor inline = Runnable::run;
        for (java.util.concurrent.Executor e : List.of(rejecting, discarding, inline)) {
            BatchResult got = STRICT.assessAll(histories, e);
            assertThat(got.assessedOnly()).isEqualTo(expected.assessedOnly());
            assertThat(got.failures()).extracting(HistoryResult::index).containsExactly(7L);
        }
    }

    @Test
    void onAPoolFromATaskOfTheSamePool_thereIsNoDeadlock() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<CareHistory> histories = thousandWithTenBad().subList(0, 100);
            var inner = pool.submit(() -> STRICT.assessAll(histories, pool));
            var other = pool.submit(() -> STRICT.assessAll(histories, pool));
            assertThat(inner.get(30, java.util.concurrent.TimeUnit.SECONDS).failures()).hasSize(1);
            assertThat(other.get(30, java.util.concurrent.TimeUnit.SECONDS).failures()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A rule set with a defect: it throws an exception whose message holds personal data, or an Error. */
    static final class Defective implements io.github.inamirules.rules.RuleSet {
        private final RuntimeException exception;

        Defective(RuntimeException exception) {
            this.exception = exception;
        }

        @Override
        public io.github.inamirules.rules.Vocabulary vocabulary() {
            return io.github.inamirules.testprofession.DieteticsFiction.VOCABULARY;
        }

        @Override
        public io.github.inamirules.rules.RuleSetResult assess(io.github.inamirules.rules.RuleContext context) {
            if (exception == null) {
                throw new AssertionError("an Error, not a history's failure");
            }
            throw exception;
        }
    }

    @Test
    void aRuleSetDefect_isAFailedResult_whoseTextNeverShowsItsMessage() {
        ReimbursementEngine engine = ReimbursementEngine.builder()
                .ruleSet(new Defective(new IllegalStateException("no band for Patient{id=85073003328}")))
                .rateModule(DieteticsRates.module2025()).build();
        BatchResult batch = engine.assessAll(List.of(good(0), good(1)));
        assertThat(batch.failures()).hasSize(2).allSatisfy(f -> {
            assertThat(f.error()).get().isInstanceOf(IllegalStateException.class);
            assertThat(f.toString()).isEqualTo("history[" + f.index() + "] failed: IllegalStateException");
        });
        assertThat(batch.toString()).doesNotContain("85073003328");
    }

    @Test
    void anError_propagatesAsItself_sequentiallyAndOnAnExecutor() {
        ReimbursementEngine engine = ReimbursementEngine.builder().ruleSet(new Defective(null))
                .rateModule(DieteticsRates.module2025()).build();
        List<CareHistory> histories = List.of(good(0), good(1), good(2));
        assertThatThrownBy(() -> engine.assessAll(histories)).isExactlyInstanceOf(AssertionError.class);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            assertThatThrownBy(() -> engine.assessAll(histories, pool)).isExactlyInstanceOf(AssertionError.class);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void lenient_aLaterUncoveredSession_namesItsOwnDate() {
        CareHistory h = good(1).withAddedSession(session("late", DATE_2026_01_05))
                .withAddedSession(session("later", LocalDate.of(2026, 6, 5)));
        Decision later = LENIENT.assess(h).decision("later");
        assertThat(later.missing()).singleElement().satisfies(m -> {
            assertThat(m.item()).isEqualTo(ReimbursementEngine.MISSING_RATES);
            assertThat(m.date()).isEqualTo(LocalDate.of(2026, 6, 5));
        });
    }
}
