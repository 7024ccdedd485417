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
     * So does every later session of the same profession, even one a module covers (missing item
     * {@link ReimbursementEngine#MISSING_EARLIER_RATES}, naming the earlier session): its counters and
     * windows would have to count the undecided session, so deciding it would be a guess. Only the
     * sessions before the first uncovered one are decided as usual.
     *
     * <p>So it helps where the uncovered sessions come last (a 2027 session in a history the installed
     * modules cover up to 2026: every earlier session is decided). Where they come first (a 2024
     * session when the oldest module starts in 2025), every session of that profession is
     * insufficient data: install the older module instead.
     */
    LENIENT
}
