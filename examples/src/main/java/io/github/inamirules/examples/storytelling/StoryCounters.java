package io.github.inamirules.examples.storytelling;

import java.util.List;

/**
 * The ids of the storytelling counters reported in an assessment's entitlements (fictional).
 */
public final class StoryCounters {
    /** Accepted sessions of one episode in one calendar year, against the yearly maximum (ST-03). */
    public static final String SESSIONS = "STORY_SESSIONS";

    /** Every counter. */
    public static final List<String> ALL = List.of(SESSIONS);

    private StoryCounters() {
    }
}
