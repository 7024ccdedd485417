package io.github.inamirules.physiotherapy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.EpisodeKind;
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
import net.jqwik.api.statistics.Statistics;

/**
 * The engine's decisions never depend on the input order of the sessions: shuffling the sessions of a
 * history gives the same decision for every session and the same counters. Histories are small mixes of
 * courante and Fa pathologies, conventioned and non-conventioned practitioners, same-day sessions with
 * and without times, approvals that start late, and fees asked above and below the official fee.
 */
class InputOrderProperties {
    private static final LocalDate DATE_2025_03_01 = LocalDate.of(2025, 3, 1);
    private static final LocalDate DATE_2025_03_10 = LocalDate.of(2025, 3, 10);
    private static final LocalDate DATE_2025_03_20 = LocalDate.of(2025, 3, 20);

    /** One generated session: its pathology (index), day offset, time slot (-1: none), practitioner, fee. */
    record SessionSpec(int episode, int day, int slot, boolean conventioned, String feeAsked) {
    }

    /** One generated history. */
    record HistorySpec(List<EpisodeKind> kinds, int approvals, List<SessionSpec> sessions) {
        PhysioCase toCase() {
            PhysioCase c = PhysioCase.create();
            for (int i = 0; i < kinds.size(); i++) {
                String id = "p" + i;
                c.pathology(id, kinds.get(i), DATE_2025_03_01);
                if ((approvals & (1 << i)) != 0) {
                    if (kinds.get(i).equals(Situation.FA)) {
                        c.approval(id, Physiotherapy.FA_NOTIFICATION, DateRange.startingFrom(DATE_2025_03_10));
                    } else {
                        c.approval(id, Physiotherapy.ADDITIONAL_COURANTE_PATHOLOGY, DateRange.ofYear(2025));
                    }
                }
                if ((approvals & (8 << i)) != 0) {
                    c.approval(id, Physiotherapy.SECOND_SESSION_PER_DAY, DateRange.startingFrom(DATE_2025_03_20));
                }
            }
            for (int n = 0; n < sessions.size(); n++) {
                SessionSpec s = sessions.get(n);
                c.sessionWithId("s-" + n, "p" + (s.episode() % kinds.size()), DATE_2025_03_01.plusDays(s.day()),
                        s.conventioned() ? "conv" : "free", b -> {
                            if (s.slot() >= 0) {
                                b.time(LocalTime.of(8 + 3 * s.slot(), 0));
                            }
                            if (!s.feeAsked().isEmpty()) {
                                b.feeAsked(PhysioCase.eur(s.feeAsked()));
                            }
                            return b;
                        });
            }
            return c;
        }
    }

    @Provide
    Arbitrary<HistorySpec> histories() {
        Arbitrary<List<EpisodeKind>> kinds = Arbitraries.of(Situation.COURANTE, Situation.FA).list().ofMinSize(1)
                .ofMaxSize(3);
        Arbitrary<SessionSpec> session = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 30), Arbitraries.integers().between(-1, 2),
                Arbitraries.of(true, false), Arbitraries.of("", "", "20.00", "40.00"))
                .as(SessionSpec::new);
        return Combinators.combine(kinds, Arbitraries.integers().between(0, 63),
                session.list().ofMinSize(1).ofMaxSize(25)).as(HistorySpec::new);
    }

    @Property(tries = 50)
    void shufflingTheSessions_neverChangesADecision(@ForAll("histories") HistorySpec spec, @ForAll Random random) {
        PhysioCase c = spec.toCase();
        List<Session> shuffled = new ArrayList<>(c.sessions());
        Collections.shuffle(shuffled, random);

        Assessment original = PhysioCase.ENGINE.assess(c.build());
        Assessment reordered = PhysioCase.ENGINE.assess(c.build(shuffled));

        for (Session s : c.sessions()) {
            assertThat(reordered.decision(s.id())).as(s.id()).isEqualTo(original.decision(s.id()));
        }
        assertThat(reordered.entitlements()).containsExactlyInAnyOrderElementsOf(original.entitlements());
        assertThat(reordered.decisions()).extracting(d -> d.sessionId())
                .containsExactlyElementsOf(shuffled.stream().map(Session::id).toList());
        Statistics.label("outcomes").collect(original.count(Outcome.REFUSED) > 0 ? "some refused" : "none refused");
    }
}
