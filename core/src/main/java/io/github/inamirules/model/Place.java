package io.github.inamirules.model;

/**
 * Where a session takes place; with the band and the duration it selects the nomenclature code.
 *
 * <p>Source: shared/research/physio.md P-37 (rest-home residents are billed with rest-home codes
 * wherever the session happens) and P-38 (places of care of the nomenclature).
 */
public enum Place {
    /** The practitioner's practice outside a hospital (cabinet / praktijk). */
    PRACTICE,
    /** A practice located in a hospital, for an ambulatory patient. */
    PRACTICE_IN_HOSPITAL,
    /** The patient's home (private home, including a relative's or a holiday home). */
    HOME,
    /** A patient hospitalised at the time of the session. */
    HOSPITALISED,
    /** A resident of a rest home (MRPA / ROB), wherever the session takes place. */
    REST_HOME
}
