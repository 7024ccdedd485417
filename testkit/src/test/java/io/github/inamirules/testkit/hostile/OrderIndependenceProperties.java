package io.github.inamirules.testkit.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Profession;
import io.github.inamirules.model.Session;
import io.github.inamirules.testkit.CareHistoryArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Example;

/**
 * The order in which sessions are given never changes a decision, for every installed profession's rule
 * set and every year its rate modules cover: the histories of {@link CareHistoryArbitraries} for
 * (profession, year), their sessions shuffled.
 */
class OrderIndependenceProperties {
    static final ReimbursementEngine ENGINE = ReimbursementEngine.loadInstalled();
    /** Every (profession, covered year) of the installed engine. */
    static final List<Universe> UNIVERSES = universes();

    /** A profession and the days of one covered year. */
    record Universe(Profession profession, DateRange days) {
        @Override
        public String toString() {
            return profession + " " + days.start().getYear();
        }
    }

    private static List<Universe> universes() {
        List<Universe> out = new ArrayList<>();
        for (Profession p : ENGINE.ruleSets().keySet()) {
            for (DateRange coverage : ENGINE.catalog().coverageOf(p)) {
                if (coverage.isUnbounded()) {
                    continue;
                }
                LocalDate last = coverage.end().minusDays(1);
                for (int year = coverage.start().getYear(); year <= last.getYear(); year++) {
                    // The covered part of the year: the arbitraries need days covered at both ends.
                    LocalDate from = max(coverage.start(), LocalDate.of(year, 1, 1));
                    LocalDate to = min(coverage.end(), LocalDate.of(year + 1, 1, 1));
                    Universe u = new Universe(p, DateRange.of(from, to));
                    if (!out.contains(u)) {
                        out.add(u);
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    @Example
    void everyInstalledProfessionHasACoveredYear() {
        assertThat(ENGINE.ruleSets()).isNotEmpty();
        for (Profession p : ENGINE.ruleSets().keySet()) {
            assertThat(UNIVERSES).as("covered years of %s", p).anyMatch(u -> u.profession().equals(p));
        }
    }

    @Property(tries = 300)
    void shufflingTheSessionsNeverChangesADecision(@ForAll("shuffled") Tuple3<Universe, CareHistory, List<Session>> t) {
        Statistics.label("universe").collect(t.get1().toString());
        CareHistory history = t.get2();
        CareHistory shuffled = CareHistory.builder().from(history).sessions(t.get3()).build();
        Map<String, Decision> before = byId(ENGINE.assess(history));
        Assessment after = ENGINE.assess(shuffled);
        assertThat(after.decisions()).extracting(Decision::sessionId)
                .containsExactlyElementsOf(t.get3().stream().map(Session::id).toList());
        assertThat(byId(after)).isEqualTo(before);
        Statistics.label("universe").coverage(c -> {
            for (Universe u : UNIVERSES) {
                c.check(u.toString()).count(n -> n > 0);
            }
        });
    }

    @Provide
    Arbitrary<Tuple3<Universe, CareHistory, List<Session>>> shuffled() {
        return Arbitraries.of(UNIVERSES).flatMap(u -> CareHistoryArbitraries.of(ENGINE, u.profession(), u.days())
                .flatMap(h -> Arbitraries.shuffle(h.sessions()).map(s -> Tuple.of(u, h, s))));
    }

    private static Map<String, Decision> byId(Assessment a) {
        return a.decisions().stream().collect(Collectors.toMap(Decision::sessionId, Function.identity()));
    }
}
