package io.github.inamirules.physiotherapy;

import io.github.inamirules.model.Fact;
import io.github.inamirules.model.FactTarget;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The facts physiotherapy adds to the kernel's model. Java users rarely need them: the factories of
 * {@link Physiotherapy} set them.
 */
public final class PhysiotherapyFacts {
    /** Where a session took place; {@link Place#PRACTICE} when absent (P-37, P-38). */
    public static final Fact<Place> PLACE = Fact.choice(Physiotherapy.PROFESSION, FactTarget.SESSION, "place",
            "where the session took place", Place.class, byId());
    /** Whether an Fa pathology is a polytrauma (pathology 16 of list Fa): 120 sessions instead of 60 (P-28). */
    public static final Fact<Boolean> POLYTRAUMA = Fact.flag(Physiotherapy.PROFESSION, FactTarget.EPISODE,
            "polytrauma", "an Fa pathology that is a polytrauma (list Fa, pathology 16)");

    /** Whether the session was given by video, the physiotherapist not physically present (P-42, P-44). */
    public static final Fact<Boolean> VIDEO = Fact.flag(Physiotherapy.PROFESSION, FactTarget.SESSION, "video",
            "the session was given by video, without the physiotherapist's physical presence");

    private PhysiotherapyFacts() {
    }

    private static Map<String, Place> byId() {
        Map<String, Place> m = new LinkedHashMap<>();
        Place.ALL.forEach(p -> m.put(p.id(), p));
        return m;
    }
}
