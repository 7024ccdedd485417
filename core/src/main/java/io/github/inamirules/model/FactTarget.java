package io.github.inamirules.model;

/**
 * The part of the model a {@link Fact} is written on.
 */
public enum FactTarget {
    /** A fact about the care provider, e.g. a psychologist's network agreements. */
    PRACTITIONER,
    /** A fact about an episode of care, e.g. whether a pathology is a polytrauma. */
    EPISODE,
    /** A fact about a prescription, e.g. the prescriber's role. */
    PRESCRIPTION,
    /** A fact about one session, e.g. where it took place. */
    SESSION
}
