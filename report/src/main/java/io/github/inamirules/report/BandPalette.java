package io.github.inamirules.report;

import io.github.inamirules.assessment.Band;
import io.github.inamirules.assessment.Decision;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tint of each band on one page: bands get the style sheet's classes {@code band-0} …
 * {@code band-7} in the order they first appear in the year (then again from {@code band-0}), a
 * session without a band gets {@code band-none}. The order of appearance, not the band id, decides, so
 * the same page always has the same colours and two neighbouring bands never share one unless the year
 * has more than eight.
 */
final class BandPalette {
    /** How many tints the style sheet has. */
    static final int TINTS = 8;
    private static final String NONE = "";

    private final Map<String, Integer> order = new LinkedHashMap<>();
    private final PageText text;

    BandPalette(List<Decision> sessions, PageText text) {
        this.text = text;
        for (Decision d : sessions) {
            String key = key(d);
            if (!key.equals(NONE)) {
                order.putIfAbsent(key, order.size());
            }
        }
    }

    /** The band id of a session, or the empty text for none. */
    String key(Decision d) {
        return d.band().map(Band::id).orElse(NONE);
    }

    /** The style class of a session's band. */
    String cssClass(Decision d) {
        String key = key(d);
        return key.equals(NONE) ? "band-none" : "band-" + order.get(key) % TINTS;
    }

    /** The label of a session's band, without the rank. */
    String label(Decision d) {
        return d.band().map(b -> b.label(text.language())).orElse(text.get("legend.noBand"));
    }

    /** The first session of each band (and of "no band"), in order of appearance. */
    List<Decision> firstOfEach(List<Decision> sessions) {
        Map<String, Decision> first = new LinkedHashMap<>();
        for (Decision d : sessions) {
            first.putIfAbsent(key(d), d);
        }
        return new ArrayList<>(first.values());
    }
}
