package io.github.inamirules.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.ReimbursementEngine;
import io.github.inamirules.model.ApprovalKind;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.Pathology;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.model.Session;
import io.github.inamirules.model.Situation;
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
 * {@link CareHistoryArbitraries}: every history it generates is valid input the engine assesses without
 * exception, dated in 2025, with a prescription a few days before each pathology's first session and
 * the approvals each situation needs; and the mixed arbitrary exercises all three outcomes.
 */
class CareHistoryArbitrariesProperties {
    private static final ReimbursementEngine ENGINE = ReimbursementEngine.loadInstalled();

    @Property(tries = 200)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void mixedHistories_areAssessedWithoutException_allOutcomesOccur(@ForAll("mixed") CareHistory history) {
        Assessment a = ENGINE.assess(history);
        assertThat(a.decisions()).hasSameSizeAs(history.sessions());
        for (Decision d : a.decisions()) {
            Statistics.label("outcome").collect(d.outcome());
        }
        Statistics.label("outcome").coverage(c -> {
            c.check(Outcome.REIMBURSED).percentage(p -> p > 15);
            c.check(Outcome.REFUSED).percentage(p -> p > 10);
            c.check(Outcome.INSUFFICIENT_DATA).percentage(p -> p > 10);
        });
    }

    @Property(tries = 200)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void historiesOfOneSituation_areAssessedWithoutException(@ForAll("oneSituation") CareHistory history) {
        Situation situation = history.pathologies().get(0).situation();
        assertThat(history.pathologies()).extracting(Pathology::situation).containsOnly(situation);
        assertThat(ENGINE.assess(history).decisions()).hasSameSizeAs(history.sessions());
        Statistics.label("situation").collect(situation);
        Statistics.label("situation").coverage(c -> {
            for (Situation each : Situation.values()) {
                c.check(each).count(n -> n > 0);
            }
        });
    }

    @Property(tries = 100)
    void sessionsIn2025_prescribedAFewDaysBeforeTheFirstSession(@ForAll("mixed") CareHistory history) {
        assertThat(history.sessions()).allSatisfy(s -> assertThat(s.date().getYear()).isEqualTo(2025));
        for (Prescription rx : history.prescriptions()) {
            history.sessions().stream().filter(s -> s.pathologyId().equals(rx.pathologyId()))
                    .map(Session::date).min(Comparator.naturalOrder())
                    .ifPresent(first -> assertThat(rx.date()).isBetween(first.minusDays(10), first.minusDays(1)));
        }
    }

    @Property(tries = 100)
    void eachSituationHasTheApprovalItNeeds(@ForAll("mixed") CareHistory history) {
        long courante = history.pathologies().stream().filter(p -> p.situation() == Situation.COURANTE).count();
        long additional = history.approvals().stream()
                .filter(a -> a.kind() == ApprovalKind.ADDITIONAL_COURANTE_PATHOLOGY).count();
        assertThat(additional).isEqualTo(Math.max(0, courante - 1));
        for (Pathology p : history.pathologies()) {
            ApprovalKind needed = p.situation() == Situation.FA ? ApprovalKind.FA_NOTIFICATION
                    : p.situation() == Situation.FB ? ApprovalKind.FB_NOTIFICATION
                    : p.situation() == Situation.E ? ApprovalKind.E_AGREEMENT : null;
            if (needed != null) {
                LocalDate prescribed = history.prescriptions().stream().filter(rx -> rx.pathologyId().equals(p.id()))
                        .findFirst().orElseThrow().date();
                assertThat(history.approvals()).anySatisfy(a -> {
                    assertThat(a.pathologyId()).isEqualTo(p.id());
                    assertThat(a.kind()).isEqualTo(needed);
                    assertThat(a.period().start()).isEqualTo(prescribed);
                });
            }
        }
    }

    @Provide
    Arbitrary<CareHistory> mixed() {
        return CareHistoryArbitraries.physiotherapy();
    }

    @Provide
    Arbitrary<CareHistory> oneSituation() {
        return Arbitraries.of(Situation.class).flatMap(CareHistoryArbitraries::physiotherapy);
    }
}
