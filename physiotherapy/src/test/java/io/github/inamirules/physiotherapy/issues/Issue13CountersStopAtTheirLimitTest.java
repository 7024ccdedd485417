package io.github.inamirules.physiotherapy.issues;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Band;
import io.github.inamirules.assessment.Entitlement;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.physiotherapy.Bands;
import io.github.inamirules.physiotherapy.PhysioCase;
import io.github.inamirules.physiotherapy.Physiotherapy;
import io.github.inamirules.physiotherapy.PhysiotherapyCounters;
import io.github.inamirules.physiotherapy.Situation;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Regression (found by the testkit's rule-set contract, asked by the issue "What people and programs
 * read" §2): a counter whose limit changes the band was reported beyond it ("used 21 of 18"). The
 * sessions up to the limit and those beyond it are now separate counters; the ranks are unchanged.
 */
class Issue13CountersStopAtTheirLimitTest {
    private static final LocalDate JANUARY_2 = LocalDate.of(2025, 1, 2);

    private static Entitlement counter(Assessment a, String counter, String episode) {
        return a.entitlements().stream().filter(e -> e.counter().equals(counter)
                && e.episodeId().equals(Optional.of(episode))).findFirst().orElseThrow();
    }

    @Test
    void courante_18of18_then3Beyond_ranksUnchanged() {
        Assessment a = PhysioCase.create().pathology("back", Situation.COURANTE, JANUARY_2.minusDays(1))
                .daily("back", JANUARY_2, 21, "conv").assess();

        assertThat(counter(a, PhysiotherapyCounters.COURANTE, "back").used()).isEqualTo(18);
        assertThat(counter(a, PhysiotherapyCounters.COURANTE, "back").remaining()).contains(0);
        assertThat(counter(a, PhysiotherapyCounters.COURANTE_BEYOND, "back").used()).isEqualTo(3);
        assertThat(counter(a, PhysiotherapyCounters.COURANTE_BEYOND, "back").limit()).isEmpty();
        assertThat(a.decision("back-21").band()).contains(Band.of(Bands.DEPASSEMENT, 21));
        assertThat(a.entitlements()).allSatisfy(e -> e.limit()
                .ifPresent(limit -> assertThat(e.used()).as(e.counter()).isLessThanOrEqualTo(limit)));
    }

    @Test
    void fa_60of60_then2Beyond() {
        Assessment a = PhysioCase.create().pathology("ankle", Situation.FA, JANUARY_2.minusDays(1))
                .approval("ankle", Physiotherapy.FA_NOTIFICATION, DateRange.startingFrom(JANUARY_2))
                .daily("ankle", JANUARY_2, 62, "conv").assess();

        assertThat(counter(a, PhysiotherapyCounters.FA, "ankle").used()).isEqualTo(60);
        assertThat(counter(a, PhysiotherapyCounters.FA_BEYOND, "ankle").used()).isEqualTo(2);
        assertThat(a.decision("ankle-62").band()).contains(Band.of(Bands.FA_REDUCED, 62));
    }

    @Test
    void fb_60of60_then22Beyond() {
        Assessment a = PhysioCase.create().pathology("lung", Situation.FB, JANUARY_2.minusDays(1))
                .approval("lung", Physiotherapy.FB_NOTIFICATION, DateRange.startingFrom(JANUARY_2))
                .daily("lung", JANUARY_2, 82, "conv").assess();

        assertThat(counter(a, PhysiotherapyCounters.FB, "lung").used()).isEqualTo(60);
        assertThat(counter(a, PhysiotherapyCounters.FB_BEYOND, "lung").used()).isEqualTo(22);
        assertThat(a.decision("lung-61").band()).contains(Band.of(Bands.FB_SECOND, 61));
        assertThat(a.decision("lung-82").band()).contains(Band.of(Bands.FB_REDUCED, 82));
    }
}
