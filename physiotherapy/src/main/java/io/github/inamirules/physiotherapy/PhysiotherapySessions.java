package io.github.inamirules.physiotherapy;

import io.github.inamirules.model.Session;

/**
 * What physiotherapy reads from a session where the kernel leaves it open. Package-private.
 */
final class PhysiotherapySessions {
    /** A session without a duration is a 30-minute session, the nomenclature's standard one (P-37). */
    static final int DEFAULT_MINUTES = 30;

    private PhysiotherapySessions() {
    }

    /** Where the session took place; the practice when not said. */
    static Place place(Session s) {
        return s.facts().getOrDefault(PhysiotherapyFacts.PLACE, Place.PRACTICE);
    }

    /** Whether the session was given by video; not when not said. */
    static boolean video(Session s) {
        return s.facts().getOrDefault(PhysiotherapyFacts.VIDEO, false);
    }

    /** The duration in minutes; 30 when not said. */
    static int minutes(Session s) {
        return s.minutes().orElse(DEFAULT_MINUTES);
    }
}
