package io.github.inamirules.assessment;

/**
 * What kind of statement a {@link Reason} is.
 */
public enum Severity {
    /** Explains how the decision was reached (band, pricing rule applied). */
    INFO,
    /** Something the practitioner or patient should know (an entitlement nearly used up). */
    WARNING,
    /** Why the session is not reimbursed. */
    REFUSAL,
    /** An input or a rate the decision needed and did not have. */
    MISSING_DATA
}
