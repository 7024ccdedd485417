package io.github.inamirules.physiotherapy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.Quote;
import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.assessment.SessionsLeft;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Session;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The desk's questions of the issue "What people and programs read" §2: how many sessions are left for
 * an episode on a date and at what level, combining the episode's counter and the cap across episodes;
 * and a quote with the counters after the quoted session.
 */
class TestSessionsLeft {
    private static final LocalDate APRIL_1 = LocalDate.of(2025, 4, 1);

    /** Neck: 18 courante and 16 dépassement sessions; back: 17 courante sessions. */
    private static CareHistory history() {
        return PhysioCase.create().pathology("neck", Situation.COURANTE, LocalDate.of(2025, 2, 1))
                .daily("neck", LocalDate.of(2025, 2, 3), 34, "conv")
                .pathology("back", Situation.COURANTE, LocalDate.of(2025, 3, 9))
                .approval("back", Physiotherapy.ADDITIONAL_COURANTE_PATHOLOGY, DateRange.startingFrom(LocalDate.of(2025, 3, 9)))
                .daily("back", LocalDate.of(2025, 3, 10), 17, "conv").build();
    }

    @Test
    void oneLeftAtTheNormalRate_then38AtTheDepassementRate_thenTheCapAcrossPathologies() {
        SessionsLeft left = PhysioCase.ENGINE.sessionsLeft(history(), "back", APRIL_1);

        assertThat(left.levels()).hasSize(2);
        assertThat(left.levels().get(0).bandId()).contains(Bands.COURANTE_10_18);
        assertThat(left.levels().get(0).sessions()).isEqualTo(1);
        assertThat(left.levels().get(0).first().insurance()).contains(PhysioCase.eur("24.55"));
        assertThat(left.levels().get(1).bandId()).contains(Bands.DEPASSEMENT);
        assertThat(left.levels().get(1).sessions()).isEqualTo(38);
        assertThat(left.levels().get(1).first().nomenclatureCode()).contains("560055");
        assertThat(left.total()).isEqualTo(39);
        Decision stop = left.stop().orElseThrow();
        assertThat(stop.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(stop.refusalCode()).contains(RefusalCode.MAXIMUM_REACHED);
        assertThat(stop.hasReason("PHYSIO_DEPASSEMENT_CAP_REACHED")).isTrue();
        assertThat(left.horizon()).isEqualTo(DateRange.of(APRIL_1, LocalDate.of(2026, 1, 1)));
    }

    @Test
    void theCountersAreThoseAsOfTheDate_countersNotUsedYetIncludedInTheLevels() {
        SessionsLeft left = PhysioCase.ENGINE.sessionsLeft(history(), "back", APRIL_1);

        assertThat(left.entitlements()).filteredOn(e -> e.counter().equals(PhysiotherapyCounters.COURANTE)
                && e.episodeId().equals(java.util.Optional.of("back"))).singleElement()
                .satisfies(e -> assertThat(e.remaining()).contains(1));
        assertThat(left.entitlements()).filteredOn(e -> e.counter().equals(PhysiotherapyCounters.DEPASSEMENT))
                .singleElement().satisfies(e -> assertThat(e.remaining()).contains(38));
        SessionsLeft fresh = PhysioCase.ENGINE.sessionsLeft(history(), "neck", LocalDate.of(2025, 2, 1));
        assertThat(fresh.entitlements()).isEmpty();
        assertThat(fresh.levels()).extracting(SessionsLeft.Level::sessions).containsExactly(9, 9, 54);
    }

    @Test
    void sessionsOnOrAfterTheDate_areLeftOut_andAnUnknownEpisodeIsNamed() {
        SessionsLeft early = PhysioCase.ENGINE.sessionsLeft(history(), "back", LocalDate.of(2025, 3, 20));
        assertThat(early.levels().get(0).sessions()).isEqualTo(8);
        assertThatThrownBy(() -> PhysioCase.ENGINE.sessionsLeft(history(), "knee", APRIL_1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("episodeId")
                .hasMessageContaining("knee");
        assertThatThrownBy(() -> PhysioCase.ENGINE.sessionsLeft(history(), "back", APRIL_1, APRIL_1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("until");
    }

    @Test
    void theHorizonStopsAtTheEndOfTheInstalledRates() {
        SessionsLeft december = PhysioCase.ENGINE.sessionsLeft(history(), "back", LocalDate.of(2025, 12, 30),
                LocalDate.of(2026, 6, 1));
        assertThat(december.horizon().end()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(december.total()).isEqualTo(2);
        assertThat(december.unlimitedToHorizon()).isTrue();
    }

    @Test
    void quoteWithCounters_givesTheCountersAfterTheQuotedSession() {
        CareHistory h = history();
        Session next = Session.builder().id("back-18").date(APRIL_1).practitionerId("conv").episodeId("back")
                .prescriptionId("rx-back").build();
        Quote q = PhysioCase.ENGINE.quoteWithCounters(h, next);

        assertThat(q.decision()).isEqualTo(PhysioCase.ENGINE.quote(h, next));
        assertThat(q.entitlement(PhysiotherapyCounters.COURANTE)).get()
                .satisfies(e -> assertThat(e.used()).isEqualTo(18));
        assertThat(q.entitlement(PhysiotherapyCounters.DEPASSEMENT)).get()
                .satisfies(e -> assertThat(e.used()).isEqualTo(16));
        assertThat(q.entitlementsOfItsEpisode()).noneMatch(e -> e.episodeId().equals(java.util.Optional.of("neck")));
    }
}
