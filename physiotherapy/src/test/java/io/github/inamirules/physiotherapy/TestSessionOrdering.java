package io.github.inamirules.physiotherapy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.ImmutableSession;
import io.github.inamirules.model.Session;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which of two same-day sessions of one courante pathology is reimbursed, without a second-session
 * approval (P-26): the first in {@link io.github.inamirules.model.SessionOrder} (time of day, then id in
 * natural order, "x-9" before "x-10"), whatever the input order.
 */
class TestSessionOrdering {
    private static final LocalDate DATE_2025_03_01 = LocalDate.of(2025, 3, 1);
    private static final LocalDate DATE_2025_03_10 = LocalDate.of(2025, 3, 10);
    private static final LocalTime TIME_09_00 = LocalTime.of(9, 0);
    private static final LocalTime TIME_14_00 = LocalTime.of(14, 0);

    private static Assessment assess(boolean reversed, UnaryOperator<ImmutableSession.Builder> x9,
            UnaryOperator<ImmutableSession.Builder> x10) {
        PhysioCase c = PhysioCase.create().pathology("x", Situation.COURANTE, DATE_2025_03_01)
                .sessionWithId("x-9", "x", DATE_2025_03_10, "conv", x9)
                .sessionWithId("x-10", "x", DATE_2025_03_10, "conv", x10);
        List<Session> sessions = new ArrayList<>(c.sessions());
        if (reversed) {
            Collections.reverse(sessions);
        }
        Assessment a = PhysioCase.ENGINE.assess(c.build(sessions));
        assertThat(a.decisions()).extracting(Decision::sessionId)
                .containsExactlyElementsOf(sessions.stream().map(Session::id).toList());
        return a;
    }

    private static void assertFirstThenRefused(Assessment a, String first, String second) {
        Decision reimbursed = a.decision(first);
        assertThat(reimbursed.outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(reimbursed.band().orElseThrow().rank()).contains(1);
        Decision refused = a.decision(second);
        assertThat(refused.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(refused.refusalCode()).contains(RefusalCode.CANNOT_BE_COMBINED);
        assertThat(refused.refusalCode().orElseThrow().code()).isEqualTo("010");
        assertThat(refused.usedUpBy()).contains(first);
    }

    @ParameterizedTest(name = "input reversed: {0}")
    @ValueSource(booleans = {false, true})
    void withoutTimes_x9ComesBeforeX10_inNaturalOrder(boolean reversed) {
        assertFirstThenRefused(assess(reversed, b -> b, b -> b), "x-9", "x-10");
    }

    @ParameterizedTest(name = "input reversed: {0}")
    @ValueSource(booleans = {false, true})
    void withTimes_theEarlierSessionComesFirst(boolean reversed) {
        assertFirstThenRefused(assess(reversed, b -> b.time(TIME_14_00), b -> b.time(TIME_09_00)), "x-10", "x-9");
    }

    @ParameterizedTest(name = "input reversed: {0}")
    @ValueSource(booleans = {false, true})
    void aSessionWithoutTime_comesBeforeTheTimedOnesOfItsDay(boolean reversed) {
        assertFirstThenRefused(assess(reversed, b -> b.time(TIME_09_00), b -> b), "x-10", "x-9");
    }
}
