package io.github.inamirules.physiotherapy.issues;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.physiotherapy.PhysioCase;
import io.github.inamirules.physiotherapy.Physiotherapy;
import io.github.inamirules.physiotherapy.PhysiotherapyCounters;
import io.github.inamirules.physiotherapy.Situation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Regression, issue 7: sessions refused by a later rule use up nothing of the prescription. An Fa
 * prescription for 2 sessions whose first two sessions are refused 005 (the Fa notification holds
 * only from the third session's date): the first accepted session is the prescription's first, and
 * does not get {@code PHYSIO_PRESCRIPTION_SESSIONS_EXCEEDED}.
 */
class Issue7PrescriptionCountTest {
    private static final LocalDate DATE_2025_03_01 = LocalDate.of(2025, 3, 1);
    private static final LocalDate DATE_2025_03_10 = LocalDate.of(2025, 3, 10);
    private static final LocalDate DATE_2025_03_11 = LocalDate.of(2025, 3, 11);
    private static final LocalDate DATE_2025_03_12 = LocalDate.of(2025, 3, 12);
    private static final String EXCEEDED = "PHYSIO_PRESCRIPTION_SESSIONS_EXCEEDED";

    /** Sessions ankle-1 … ankle-5 on 10 … 14 March; the notification holds from 12 March (ankle-3). */
    private static Assessment assessment() {
        return PhysioCase.create().pathology("ankle", Situation.FA, DATE_2025_03_01, rx -> rx.numberOfSessions(2))
                .approval("ankle", Physiotherapy.FA_NOTIFICATION, DateRange.startingFrom(DATE_2025_03_12))
                .daily("ankle", DATE_2025_03_10, 5, "conv").assess();
    }

    @ParameterizedTest(name = "{0} is refused 005")
    @CsvSource({"ankle-1", "ankle-2"})
    void beforeTheNotification_refused005(String sessionId) {
        Decision d = assessment().decision(sessionId);

        assertThat(d.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(d.refusalCode()).contains(RefusalCode.NO_AGREEMENT);
        assertThat(d.hasReason("PHYSIO_FA_NOTIFICATION_MISSING")).isTrue();
        assertThat(d.hasReason(EXCEEDED)).isFalse();
    }

    @Test
    void theFirstAcceptedSession_doesNotExceedThePrescription() {
        Decision first = assessment().decision("ankle-3");

        assertThat(first.outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(first.hasReason(EXCEEDED)).isFalse();
    }

    @Test
    void theSecondAcceptedSession_isStillWithinThePrescription() {
        assertThat(assessment().decision("ankle-4").hasReason(EXCEEDED)).isFalse();
    }

    @Test
    void theThirdAcceptedSession_exceedsIt_rank3Of2() {
        Decision third = assessment().decision("ankle-5");

        assertThat(third.outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(third.reasons()).filteredOn(r -> r.code().equals(EXCEEDED)).singleElement()
                .satisfies(r -> assertThat(r.values()).containsEntry("rank", "3").containsEntry("prescribed", "2")
                        .containsEntry("prescription", "rx-ankle"));
    }

    @Test
    void theRefusedSessions_openNoFaPeriod_andCountNothing() {
        Assessment a = assessment();

        assertThat(a.decision("ankle-3").band().orElseThrow().rank()).contains(1);
        assertThat(a.entitlementsOf("ankle")).filteredOn(e -> e.counter().equals(PhysiotherapyCounters.FA))
                .singleElement().satisfies(e -> {
                    assertThat(e.used()).isEqualTo(3);
                    assertThat(e.period().start()).isEqualTo(DATE_2025_03_12);
                });
    }

    /**
     * A session beyond the prescribed number that a later rule refuses (here the daily limit, 010) is
     * not reimbursed, so it must not carry the warning that says it is "still reimbursed".
     */
    @Test
    void aRefusedSession_doesNotGetTheExceededWarning() {
        Assessment a = PhysioCase.create().pathology("x", Situation.COURANTE, DATE_2025_03_01,
                rx -> rx.numberOfSessions(1)).session("x", DATE_2025_03_10, "conv")
                .session("x", DATE_2025_03_10, "conv").assess();

        Decision refused = a.decision("x-2");
        assertThat(refused.refusalCode()).contains(RefusalCode.CANNOT_BE_COMBINED);
        assertThat(refused.hasReason(EXCEEDED)).isFalse();
    }

    /** The same history, as it behaves today: what the disabled test above shows. */
    @Test
    void aRefusedSession_refusedByTheDailyLimit_stillUsesUpNothing() {
        Assessment a = PhysioCase.create().pathology("x", Situation.COURANTE, DATE_2025_03_01,
                rx -> rx.numberOfSessions(1)).session("x", DATE_2025_03_10, "conv")
                .session("x", DATE_2025_03_10, "conv").session("x", DATE_2025_03_11, "conv").assess();

        assertThat(a.decision("x-2").outcome()).isEqualTo(Outcome.REFUSED);
        // x-2 used up nothing: x-3 is the prescription's second accepted session
        assertThat(a.decision("x-3").reasons()).filteredOn(r -> r.code().equals(EXCEEDED)).singleElement()
                .satisfies(r -> assertThat(r.values()).containsEntry("rank", "2"));
        assertThat(a.decision("x-3").band().orElseThrow().rank()).contains(2);
    }
}
