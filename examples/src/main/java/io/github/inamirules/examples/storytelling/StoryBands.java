package io.github.inamirules.examples.storytelling;

import java.util.List;

/**
 * The stable ids of the storytelling bands (fictional): they appear in decisions, in the {@code band}
 * column of the code table, and in scenario files.
 */
public final class StoryBands {
    /** Sessions 1 to {@code first_band_max} (10) of the episode in the calendar year (ST-03). */
    public static final String FIRST_10 = "STORY_FIRST_10";
    /** Sessions beyond the first band, up to the yearly maximum (ST-03). */
    public static final String BEYOND = "STORY_BEYOND";

    /** Every band, in the order they are listed to people. */
    public static final List<String> ALL = List.of(FIRST_10, BEYOND);

    private StoryBands() {
    }
}
