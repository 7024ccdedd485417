package io.github.inamirules.engine;

/**
 * What the engine does with a session whose date no installed rate module covers for its profession.
 */
public enum CoveragePolicy {
    /**
     * The default: the history fails with a {@link io.github.inamirules.RateCoverageException} naming
     * the session, its date and the module to add.
     */
    STRICT,
    /**
     * The session gets a decision of its own, {@link io.github.inamirules.assessment.Outcome#INSUFFICIENT_DATA}
     * with a missing item {@link ReimbursementEngine#MISSING_RATES} ("rates for profession P on date D").
     * So does every later session of the same profession, even one a module covers: its counters and
     * windows would have to count the undecided session, so deciding it would be a guess. Earlier
     * sessions are decided as usual (decisions never depend on later sessions). For batches where a
     * few sessions fall outside the installed years and the rest must still be decided.
     */
    LENIENT
}
