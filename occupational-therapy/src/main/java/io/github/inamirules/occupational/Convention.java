package io.github.inamirules.occupational;

import java.util.Optional;

/**
 * The convention type of the centre where the rehabilitation programme took place, written on the
 * episode as {@link OccupationalTherapyFacts#CONVENTION}. Only a complete locomotor and / or
 * neurological programme qualifies (ERGO-10, ERGO-20); which convention types are such a programme is a
 * dated rate parameter for each candidate ({@link #qualifyingParameter()}), so that a source found later
 * changes data, not code. The others never qualify: 7.72 is psychosocial rehabilitation, K30/K60 are
 * hospital physiotherapy services ("Niet vergissen met K60/K30", ERGOTHUIS), and {@code none} is a
 * patient who followed no such programme (for instance only hospital physiotherapy, or a mental-health
 * condition without a programme, seed 000).
 *
 * <p>Names in files: {@code 771}, {@code 950}, {@code 951}, {@code r30-r60}, {@code 772},
 * {@code k30-k60}, {@code other}, {@code none}.
 *
 * @see <a href="http://wordscope.be/francais-neerlandais/peut+encore+réaliser+le+centre+de+rééducation+loco-régional+vers+lequel.html">ERGO-20 source</a>
 */
public enum Convention {
    /** A 7.71 locomotor and neurological rehabilitation convention. */
    C771("771", true),
    /** A 9.50 locomotor and neurological rehabilitation convention. */
    C950("950", true),
    /** A 9.51 convention, named by practice pages only (ERGOTHUIS; seed 000). */
    C951("951", true),
    /** An R30 / R60 rehabilitation centre (continued locomotor and neurological rehabilitation). */
    R30_R60("r30-r60", true),
    /** A 7.72 psychosocial rehabilitation convention. */
    C772("772", false),
    /** K30 / K60 hospital physiotherapy services. */
    K30_K60("k30-k60", false),
    /** Any other convention. */
    OTHER("other", false),
    /** No rehabilitation programme in a conventioned centre. */
    NONE("none", false);

    private final String id;
    private final boolean candidate;

    Convention(String id, boolean candidate) {
        this.id = id;
        this.candidate = candidate;
    }

    /**
     * Returns the convention's name in files.
     *
     * @return the id, e.g. {@code "771"}
     */
    public String id() {
        return id;
    }

    /**
     * Returns the rate parameter that says whether a programme under this convention qualifies, for
     * the candidate types; the others never qualify.
     *
     * @return the parameter name, e.g. {@code "programme.qualifies.c771"}
     */
    public Optional<String> qualifyingParameter() {
        return candidate ? Optional.of("programme.qualifies." + name().toLowerCase(java.util.Locale.ROOT))
                : Optional.empty();
    }
}
