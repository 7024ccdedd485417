package io.github.inamirules.assessment;

/**
 * The outcome of one session's assessment. Three different things that stay different.
 */
public enum Outcome {
    /** Reimbursed: code, fee, insurance amount and patient share are all known. */
    REIMBURSED,
    /** Not reimbursed, for the reasons given (with an eTarif refusal code). */
    REFUSED,
    /**
     * Cannot be decided or priced: an input or a rate is missing. The decision lists what is
     * missing ({@link Decision#missing()}); what could be determined (band, code, patient share)
     * is still given.
     */
    INSUFFICIENT_DATA
}
