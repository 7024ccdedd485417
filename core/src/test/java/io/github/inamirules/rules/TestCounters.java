package io.github.inamirules.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.assessment.Entitlement;
import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.DateRange;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TestCounters {
    private static final LocalDate DATE_2024_06_11 = LocalDate.of(2024, 6, 11);
    private static final LocalDate DATE_2025_01_10 = LocalDate.of(2025, 1, 10);
    private static final LocalDate DATE_2025_03_10 = LocalDate.of(2025, 3, 10);
    private static final LocalDate DATE_2025_03_12 = LocalDate.of(2025, 3, 12);
    private static final LocalDate DATE_2025_03_14 = LocalDate.of(2025, 3, 14);
    private static final LocalDate DATE_2025_06_10 = LocalDate.of(2025, 6, 10);
    private static final LocalDate DATE_2026_01_10 = LocalDate.of(2026, 1, 10);
    private static final LocalDate DATE_2026_01_11 = LocalDate.of(2026, 1, 11);
    private static final LocalDate DATE_2026_06_10 = LocalDate.of(2026, 6, 10);
    private static final LocalDate DATE_2026_06_11 = LocalDate.of(2026, 6, 11);
    private static final DateRange YEAR_2025 = DateRange.ofYear(2025);
    private static final DateRange YEAR_2026 = DateRange.ofYear(2026);
    private static final String COUNTER = "DIET_SESSIONS";

    private static int countAndAccept(Counters counters, String sessionId, LocalDate date, String episodeId,
            DateRange period, Integer limit) {
        DecisionDraft d = Drafts.draft(sessionId, date, episodeId);
        int rank = counters.count(d, COUNTER, episodeId, period, limit);
        Drafts.accept(d);
        return rank;
    }

    private static int countRollingAndAccept(Counters counters, String sessionId, LocalDate date) {
        DecisionDraft d = Drafts.draft(sessionId, date);
        int rank = counters.countRolling(d, COUNTER, "menu", Window.rollingMonths(12), 2);
        Drafts.accept(d);
        return rank;
    }

    @Test
    void count_givesTheRankAtOnce_butCommitsOnlyWhenTheDraftIsDecided() {
        Counters counters = new Counters();
        DecisionDraft d = Drafts.draft("s-1", DATE_2025_03_10);

        int rank = counters.count(d, COUNTER, "menu", YEAR_2025, 3);

        assertThat(rank).isEqualTo(1);
        assertThat(counters.used(COUNTER, "menu", YEAR_2025)).isZero();
        assertThat(counters.lastCounted(COUNTER, "menu", YEAR_2025)).isEmpty();
        assertThat(counters.entitlements()).isEmpty();

        Drafts.accept(d);

        assertThat(counters.used(COUNTER, "menu", YEAR_2025)).isEqualTo(1);
        assertThat(counters.lastCounted(COUNTER, "menu", YEAR_2025)).contains("s-1");
    }

    @Test
    void refusedSessions_neverCount_evenWhenRefusedAfterCounting() {
        Counters counters = new Counters();
        DecisionDraft refusedFirst = Drafts.draft("s-1", DATE_2025_03_10);
        refusedFirst.refuse(Drafts.Rule.T_1, "DIET_PRESCRIPTION_MISSING", RefusalCode.PREREQUISITE_NOT_MET);
        DecisionDraft refusedAfter = Drafts.draft("s-2", DATE_2025_03_12);

        assertThat(counters.count(refusedAfter, COUNTER, "menu", YEAR_2025, 3)).isEqualTo(1);
        refusedAfter.refuse(Drafts.Rule.T_1, "DIET_HOME_NOT_ALLOWED", RefusalCode.NOT_ATTESTABLE_ON_DATE);
        refusedFirst.decide();
        refusedAfter.decide();

        assertThat(counters.used(COUNTER, "menu", YEAR_2025)).isZero();
        assertThat(counters.lastCounted(COUNTER, "menu", YEAR_2025)).isEmpty();
        assertThat(countAndAccept(counters, "s-3", DATE_2025_03_14, "menu", YEAR_2025, 3)).isEqualTo(1);
        assertThat(counters.lastCounted(COUNTER, "menu", YEAR_2025)).contains("s-3");
    }

    @Test
    void ranks_goUp_andLastCountedIsTheLastAcceptedSession() {
        Counters counters = new Counters();

        assertThat(countAndAccept(counters, "s-1", DATE_2025_03_10, "menu", YEAR_2025, 3)).isEqualTo(1);
        assertThat(countAndAccept(counters, "s-2", DATE_2025_03_12, "menu", YEAR_2025, 3)).isEqualTo(2);
        DecisionDraft refused = Drafts.draft("s-3", DATE_2025_03_14);
        counters.count(refused, COUNTER, "menu", YEAR_2025, 3);
        refused.refuse(Drafts.Rule.T_1, "X", RefusalCode.CANNOT_BE_COMBINED);
        refused.decide();

        assertThat(counters.used(COUNTER, "menu", YEAR_2025)).isEqualTo(2);
        assertThat(counters.lastCounted(COUNTER, "menu", YEAR_2025)).contains("s-2");
    }

    @Test
    void countersOfOtherEpisodesPeriodsOrIds_areSeparate() {
        Counters counters = new Counters();

        countAndAccept(counters, "s-1", DATE_2025_03_10, "menu", YEAR_2025, 3);
        countAndAccept(counters, "s-2", DATE_2025_03_10, "clinic", YEAR_2025, 3);
        countAndAccept(counters, "s-3", DATE_2026_01_10, "menu", YEAR_2026, 3);
        DecisionDraft acrossEpisodes = Drafts.draft("s-4", DATE_2025_03_12);
        counters.count(acrossEpisodes, "DIET_ANY", null, YEAR_2025, null);
        Drafts.accept(acrossEpisodes);

        assertThat(counters.used(COUNTER, "menu", YEAR_2025)).isEqualTo(1);
        assertThat(counters.used(COUNTER, "clinic", YEAR_2025)).isEqualTo(1);
        assertThat(counters.used(COUNTER, "menu", YEAR_2026)).isEqualTo(1);
        assertThat(counters.used("DIET_ANY", null, YEAR_2025)).isEqualTo(1);
        assertThat(counters.used("DIET_ANY", "menu", YEAR_2025)).isZero();
        assertThat(counters.entitlements()).extracting(e -> e.counter() + " " + e.episodeId().orElse("*") + " "
                + e.period().start().getYear()).containsExactly("DIET_SESSIONS menu 2025", "DIET_SESSIONS clinic 2025",
                "DIET_SESSIONS menu 2026", "DIET_ANY * 2025");
    }

    @Test
    void entitlement_reportsTheLimitInForceAtTheLastCountedSession() {
        Counters counters = new Counters();

        countAndAccept(counters, "s-1", DATE_2025_03_10, "menu", YEAR_2025, 3);
        countAndAccept(counters, "s-2", DATE_2025_03_12, "menu", YEAR_2025, 4);

        Entitlement e = counters.entitlements().get(0);
        assertThat(e.counter()).isEqualTo(COUNTER);
        assertThat(e.episodeId()).contains("menu");
        assertThat(e.period()).isEqualTo(YEAR_2025);
        assertThat(e.used()).isEqualTo(2);
        assertThat(e.limit()).contains(4);
        assertThat(e.remaining()).contains(2);
    }

    @Test
    void aCounterWithoutLimit_hasNoRemaining() {
        Counters counters = new Counters();

        countAndAccept(counters, "s-1", DATE_2025_03_10, "menu", YEAR_2025, null);

        assertThat(counters.entitlements()).singleElement().satisfies(e -> {
            assertThat(e.limit()).isEmpty();
            assertThat(e.remaining()).isEmpty();
        });
    }

    @Test
    void countRolling_countsTheAcceptedSessionsInTheWindowEndingWithTheDate() {
        Counters counters = new Counters();

        assertThat(countRollingAndAccept(counters, "s-1", DATE_2025_01_10)).isEqualTo(1);
        assertThat(countRollingAndAccept(counters, "s-2", DATE_2025_06_10)).isEqualTo(2);
        assertThat(countRollingAndAccept(counters, "s-3", DATE_2026_01_10)).isEqualTo(2);
        assertThat(countRollingAndAccept(counters, "s-4", DATE_2026_01_11)).isEqualTo(3);

        assertThat(counters.entitlements()).singleElement().satisfies(e -> {
            assertThat(e.used()).isEqualTo(3);
            assertThat(e.limit()).contains(2);
            assertThat(e.period()).isEqualTo(DateRange.of(LocalDate.of(2025, 1, 12), DATE_2026_01_11.plusDays(1)));
        });
    }

    @Test
    void countRolling_windowEdges_areHalfOpen() {
        Counters counters = new Counters();

        countRollingAndAccept(counters, "s-1", DATE_2024_06_11);

        assertThat(countRollingAndAccept(counters, "s-2", DATE_2025_06_10)).isEqualTo(2);
        assertThat(countRollingAndAccept(counters, "s-3", DATE_2025_06_10.plusDays(1))).isEqualTo(2);
        assertThat(countRollingAndAccept(counters, "s-4", DATE_2026_06_10)).isEqualTo(2);
        assertThat(countRollingAndAccept(counters, "s-5", DATE_2026_06_11)).isEqualTo(2);
    }

    @Test
    void countRolling_refusedSessions_neverCount() {
        Counters counters = new Counters();
        countRollingAndAccept(counters, "s-1", DATE_2025_01_10);
        DecisionDraft refused = Drafts.draft("s-2", DATE_2025_03_10);

        assertThat(counters.countRolling(refused, COUNTER, "menu", Window.rollingMonths(12), 2)).isEqualTo(2);
        refused.refuse(Drafts.Rule.T_1, "X", RefusalCode.MAXIMUM_REACHED);
        refused.decide();

        assertThat(countRollingAndAccept(counters, "s-3", DATE_2025_06_10)).isEqualTo(2);
    }

    @Test
    void countRolling_withAWindowThatDoesNotSlide_isRejected() {
        DecisionDraft d = Drafts.draft("s-1", DATE_2025_03_10);

        assertThatThrownBy(() -> new Counters().countRolling(d, COUNTER, "menu", Window.calendarYear(), 2))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("calendar year does not slide; use count with its period");
    }

    @Test
    void aDraftNeverDecided_commitsNothing() {
        Counters counters = new Counters();

        counters.count(Drafts.draft("s-1", DATE_2025_03_10), COUNTER, "menu", YEAR_2025, 3);

        assertThat(counters.used(COUNTER, "menu", YEAR_2025)).isZero();
        assertThat(counters.count(Drafts.draft("s-2", DATE_2025_03_12), COUNTER, "menu", YEAR_2025, 3)).isEqualTo(1);
    }
}
