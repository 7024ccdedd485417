package io.github.inamirules.physiotherapy;

import java.util.List;
import java.util.Objects;

/**
 * Where a physiotherapy session takes place; with the band and the duration it selects the
 * nomenclature code. An open value: its {@link #id()} is its name in scenario files and in the
 * {@code place} column of the rate modules' code tables.
 *
 * <p>Source: shared/research/physio.md P-37 (rest-home residents are billed with rest-home codes
 * wherever the session happens) and P-38 (places of care of the nomenclature). Immutable and
 * thread-safe.
 */
public final class Place {
    /** The practitioner's practice outside a hospital (cabinet / praktijk); the default. */
    public static final Place PRACTICE = new Place("practice");
    /** A practice located in a hospital, for an ambulatory patient. */
    public static final Place PRACTICE_IN_HOSPITAL = new Place("practice-in-hospital");
    /** The patient's home (private home, including a relative's or a holiday home). */
    public static final Place HOME = new Place("home");
    /** A patient hospitalised at the time of the session. */
    public static final Place HOSPITALISED = new Place("hospitalised");
    /** A resident of a rest home (MRPA / ROB), wherever the session takes place. */
    public static final Place REST_HOME = new Place("rest-home");

    /** Every place, in the order they are listed to people. */
    public static final List<Place> ALL = List.of(PRACTICE, PRACTICE_IN_HOSPITAL, HOME, HOSPITALISED, REST_HOME);

    private final String id;

    private Place(String id) {
        this.id = id;
    }

    /**
     * Returns the stable id.
     *
     * @return the id, e.g. {@code "rest-home"}
     */
    public String id() {
        return id;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Place && id.equals(((Place) obj).id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }

    @Override
    public String toString() {
        return id;
    }
}
