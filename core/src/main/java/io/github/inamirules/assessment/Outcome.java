package io.github.inamirules.assessment;

/**
 * The outcome of one session's assessment. Three different things that stay different.
 */
public enum Outcome {
    /**
     * Covered by the insurance. Code, fee, insurance amount and patient share are known, except those
     * no source gives, which {@link Decision#missing()} lists.
     */
    REIMBURSED,
    /** Not reimbursed, for the reasons given (with an eTarif refusal code). */
    REFUSED,
    /**
     * Whether the session is covered cannot be decided: an input or a figure the coverage depends on
     * is missing (an unknown cap, a missing birth date for an age rule). The decision lists what is
     * missing ({@link Decision#missing()}); what could be determined is still given.
     */
    INSUFFICIENT_DATA
}
