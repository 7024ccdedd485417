package io.github.inamirules.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Entitlement;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.physiotherapy.Physiotherapy;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Session;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of the physiotherapy rule set and the engine over random 2025 care histories from
 * {@link CareHistoryArbitraries}: amounts add up, no session is lost, input order does not matter,
 * counters never go backwards, and the past does not depend on the future.
 */
class PhysiotherapyProperties {
    private static final ReimbursementEngine ENGINE = ReimbursementEngine.loadInstalled();
    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);

    @Property(tries = 150)
    void everySessionGetsExactlyOneDecision_inInputOrder(@ForAll("histories") CareHistory history) {
        Assessment a = ENGINE.assess(history);
        assertThat(a.decisions()).extracting(Decision::sessionId)
                .containsExactlyElementsOf(history.sessions().stream().map(Session::id).toList());
    }

    @Property(tries = 150)
    void amountsAddUp(@ForAll("histories") CareHistory history) {
        Assessment a = ENGINE.assess(history);
        for (Decision d : a.decisions()) {
            Statistics.label("outcome").collect(CareHistoryArbitrariesProperties.kind(d));
            assertThat(d.supplement().isNegative()).isFalse();
            d.insurance().ifPresent(i -> assertThat(i.isNegative()).as("insurance of %s", d).isFalse());
            d.patientShare().ifPresent(s -> assertThat(s.isNegative()).as("patient share of %s", d).isFalse());
            if (d.fee().isPresent() && d.insurance().isPresent() && d.patientShare().isPresent()) {
                assertThat(d.insurance().get().plus(d.patientShare().get())).isEqualTo(d.fee().get());
            }
            if (d.outcome() == Outcome.REFUSED) {
                assertThat(d.insurance()).contains(Money.ZERO);
                assertThat(d.refusalCode()).isPresent();
            }
        }
        assertThat(a.totalInsurance().plus(a.totalPatientShare())).isEqualTo(a.totalFee());
        // The generator must exercise priced, unpriced and refused sessions, or the property proves little.
        Statistics.label("outcome").coverage(c -> {
            c.check("priced").percentage(p -> p > 5);
            c.check("unpriced").percentage(p -> p > 5);
            c.check("refused").percentage(p -> p > 5);
        });
    }

    @Property(tries = 100)
    void inputOrderDoesNotMatter(@ForAll("histories") CareHistory history, @ForAll long seed) {
        List<Session> shuffled = new ArrayList<>(history.sessions());
        Collections.shuffle(shuffled, new Random(seed));
        CareHistory other = CareHistory.builder().from(history).sessions(shuffled).build();
        Map<String, Decision> before = byId(ENGINE.assess(history));
        Map<String, Decision> after = byId(ENGINE.assess(other));
        assertThat(after).isEqualTo(before);
        assertThat(ENGINE.assess(other).entitlements())
                .containsExactlyInAnyOrderElementsOf(ENGINE.assess(history).entitlements());
    }

    @Property(tries = 100)
    void laterSessionsChangeNoEarlierDecision_andCountersNeverGoBackwards(
            @ForAll("histories") CareHistory history, @ForAll("days") LocalDate cut) {
        List<Session> early = history.sessions().stream().filter(s -> !s.date().isAfter(cut)).toList();
        CareHistory prefix = CareHistory.builder().from(history).sessions(early).build();
        Assessment full = ENGINE.assess(history);
        Assessment partial = ENGINE.assess(prefix);
        for (Decision d : partial.decisions()) {
            assertThat(full.decision(d.sessionId())).isEqualTo(d);
        }
        Map<String, Integer> fullCounts = full.entitlements().stream()
                .collect(Collectors.toMap(PhysiotherapyProperties::key, Entitlement::used));
        for (Entitlement e : partial.entitlements()) {
            assertThat(fullCounts.get(key(e))).as(key(e)).isGreaterThanOrEqualTo(e.used());
        }
    }

    private static String key(Entitlement e) {
        return e.counter() + "|" + e.episodeId().orElse("") + "|" + e.period();
    }

    private static Map<String, Decision> byId(Assessment a) {
        return a.decisions().stream().collect(Collectors.toMap(Decision::sessionId, Function.identity()));
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 364).map(JAN_1::plusDays);
    }

    @Provide
    Arbitrary<CareHistory> histories() {
        return CareHistoryArbitraries.of(ENGINE, Physiotherapy.PROFESSION, DateRange.ofYear(2025));
    }
}
