package io.github.inamirules.examples.storytelling;

import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.rules.Counters;
import io.github.inamirules.rules.DecisionDraft;
import io.github.inamirules.rules.Window;

/**
 * Fictional rule ST-03: the sessions of one episode are counted per calendar year
 * ({@link StoryCounters#SESSIONS}). Ranks 1 to {@code first_band_max} (10) are in band
 * {@link StoryBands#FIRST_10}, the next ones up to {@code sessions_max} (20; {@code epic.sessions_max},
 * 30, for an epic saga) in {@link StoryBands#BEYOND}; a session past the maximum is refused with eTarif
 * code 002, naming the session that used the maximum up. Only accepted sessions count.
 */
final class YearlySessionCount {
    private static final Window YEAR = Window.calendarYear();

    private final Counters counters;

    YearlySessionCount(Counters counters) {
        this.counters = counters;
    }

    /** Bands or refuses the draft. */
    void apply(DecisionDraft d) {
        DateRange year = YEAR.period(null, d.date());
        String episode = d.episode().id();
        boolean epic = d.episode().facts().getOrDefault(StorytellingFacts.EPIC, false);
        int max = d.rates().integer(epic ? StoryParameters.EPIC_SESSIONS_MAX : StoryParameters.SESSIONS_MAX);
        int firstBand = d.rates().integer(StoryParameters.FIRST_BAND_MAX);
        if (counters.used(StoryCounters.SESSIONS, episode, year) >= max) {
            d.refuseUsedUp(StoryRule.ST_03, "STORY_YEARLY_MAX_REACHED", RefusalCode.MAXIMUM_REACHED,
                    counters.lastCounted(StoryCounters.SESSIONS, episode, year).orElse(null),
                    "year", year.start().getYear(), "max", max);
            return;
        }
        int rank = counters.count(d, StoryCounters.SESSIONS, episode, year, max);
        if (rank <= firstBand) {
            d.band(StoryBands.FIRST_10, rank);
        } else {
            d.band(StoryBands.BEYOND, rank);
            d.info(StoryRule.ST_03, "STORY_BEYOND_FIRST_BAND", "rank", rank, "firstBand", firstBand, "max", max);
        }
    }
}
