package io.github.inamirules.model;

/**
 * What a médecin-conseil (adviserend arts) notification or accord allows.
 *
 * <p>Sources: shared/research/physio.md P-24, P-26, P-27, P-30, P-32, P-33.
 */
public enum ApprovalKind {
    /** Notification for a list Fa pathology (P-27). */
    FA_NOTIFICATION,
    /** Notification for a list Fb pathology (P-30). */
    FB_NOTIFICATION,
    /** Accord for a list E pathology, at most 3 years (P-32, P-33). */
    E_AGREEMENT,
    /** Approval of a second or third courante pathology in the same calendar year (P-24). */
    ADDITIONAL_COURANTE_PATHOLOGY,
    /** Approval of a second session on the same day (P-26, P-33). */
    SECOND_SESSION_PER_DAY
}
