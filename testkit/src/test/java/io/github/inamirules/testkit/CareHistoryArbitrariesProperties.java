package io.github.inamirules.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.ApprovalKind;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Episode;
import io.github.inamirules.model.EpisodeKind;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.model.Session;
import io.github.inamirules.physiotherapy.Physiotherapy;
import io.github.inamirules.physiotherapy.Situation;
import java.time.LocalDate;
import java.util.Comparator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * {@link CareHistoryArbitraries}, with the physiotherapy module installed: every history it generates
 * is valid input the engine assesses without exception, dated in 2025, with a prescription a few days
 * before each episode's first session and the approvals its simulator says each situation needs; and
 * the mixed arbitrary exercises priced, unpriced and refused sessions.
 */
class CareHistoryArbitrariesProperties {
    private static final ReimbursementEngine ENGINE = ReimbursementEngine.loadInstalled();
    private static final DateRange YEAR_2025 = DateRange.ofYear(2025);

    @Property(tries = 200)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void mixedHistories_areAssessedWithoutException_allOutcomesOccur(@ForAll("mixed") CareHistory history) {
        Assessment a = ENGINE.assess(history);
        assertThat(a.decisions()).hasSameSizeAs(history.sessions());
        for (Decision d : a.decisions()) {
            Statistics.label("outcome").collect(kind(d));
        }
        Statistics.label("outcome").coverage(c -> {
            c.check("priced").percentage(p -> p > 5);
            c.check("unpriced").percentage(p -> p > 10);
            c.check("refused").percentage(p -> p > 10);
        });
    }

    /** Priced or unpriced reimbursed, refused, or insufficient data. */
    static String kind(Decision d) {
        if (d.outcome() == Outcome.REIMBURSED) {
            return d.isPriced() ? "priced" : "unpriced";
        }
        return d.outcome() == Outcome.REFUSED ? "refused" : "insufficient";
    }

    @Property(tries = 200)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void historiesOfOneSituation_areAssessedWithoutException(@ForAll("oneSituation") CareHistory history) {
        EpisodeKind situation = history.episodes().get(0).kind();
        assertThat(history.episodes()).extracting(Episode::kind).containsOnly(situation);
        assertThat(ENGINE.assess(history).decisions()).hasSameSizeAs(history.sessions());
        Statistics.label("situation").collect(situation.id());
        Statistics.label("situation").coverage(c -> {
            for (EpisodeKind each : Situation.ALL) {
                c.check(each.id()).count(n -> n > 0);
            }
        });
    }

    @Property(tries = 100)
    void sessionsIn2025_prescribedAFewDaysBeforeTheFirstSession(@ForAll("mixed") CareHistory history) {
        assertThat(history.sessions()).allSatisfy(s -> assertThat(s.date().getYear()).isEqualTo(2025));
        for (Prescription rx : history.prescriptions()) {
            history.sessions().stream().filter(s -> s.episodeId().equals(rx.episodeId()))
                    .map(Session::date).min(Comparator.naturalOrder())
                    .ifPresent(first -> assertThat(rx.date()).isBetween(first.minusDays(10), first.minusDays(1)));
        }
    }

    @Property(tries = 100)
    void eachSituationHasTheApprovalItNeeds(@ForAll("mixed") CareHistory history) {
        long courante = history.episodes().stream().filter(p -> p.kind().equals(Situation.COURANTE)).count();
        long additional = history.approvals().stream()
                .filter(a -> a.kind().equals(Physiotherapy.ADDITIONAL_COURANTE_PATHOLOGY)).count();
        assertThat(additional).isEqualTo(Math.max(0, courante - 1));
        for (Episode p : history.episodes()) {
            ApprovalKind needed = Situation.requiredApproval(p.kind()).orElse(null);
            if (needed != null) {
                assertThat(history.approvals()).anySatisfy(a -> {
                    assertThat(a.episodeId()).isEqualTo(p.id());
                    assertThat(a.kind()).isEqualTo(needed);
                });
                history.sessions().stream().filter(s -> s.episodeId().equals(p.id())).map(Session::date)
                        .min(Comparator.naturalOrder()).ifPresent(first -> assertThat(history.approvals())
                                .anySatisfy(a -> assertThat(a.period().start()).isEqualTo(first)));
            }
        }
    }

    @Provide
    Arbitrary<CareHistory> mixed() {
        return CareHistoryArbitraries.of(ENGINE, Physiotherapy.PROFESSION, YEAR_2025);
    }

    @Provide
    Arbitrary<CareHistory> oneSituation() {
        return Arbitraries.of(Situation.ALL).flatMap(kind -> CareHistoryArbitraries.of(ENGINE, kind, YEAR_2025));
    }
}
