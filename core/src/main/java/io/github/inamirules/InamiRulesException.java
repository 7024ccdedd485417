package io.github.inamirules;

import org.jspecify.annotations.Nullable;

/**
 * Root of every exception thrown by inami-rules.
 *
 * <p>All exceptions of the library are unchecked and extend this class, so a caller can catch one
 * type for "the library refused the call". A refusal of reimbursement is never an exception: it is a
 * {@link io.github.inamirules.assessment.Outcome#REFUSED} decision. Exceptions are for input the
 * library cannot interpret (a null, an unknown reference, an end before a start), for missing or
 * conflicting rate data, and for a session no loaded rule set or rate module covers.
 *
 * <p>Messages name the field and the offending value, but never personal data (names, national
 * numbers, birth dates).
 */
public class InamiRulesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The session the failure concerns, for programs; null if none. */
    private final @Nullable String sessionId;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, naming the field and the value
     */
    public InamiRulesException(String message) {
        super(message);
        this.sessionId = null;
    }

    /**
     * Creates an exception about one session.
     *
     * @param message what went wrong, naming the session, the field and the value
     * @param sessionId the session's id, or null if the failure concerns no one session
     */
    protected InamiRulesException(String message, @Nullable String sessionId) {
        super(message);
        this.sessionId = sessionId;
    }

    /**
     * Returns the id of the session the failure concerns, for programs that mark the row: a session
     * dated outside the installed rates, a session field that is invalid.
     *
     * @return the session id; empty if the failure concerns no one session
     */
    public java.util.Optional<String> sessionId() {
        return java.util.Optional.ofNullable(sessionId);
    }

    /**
     * Creates an exception with a message and a cause.
     *
     * @param message what went wrong, naming the field and the value
     * @param cause the underlying failure
     */
    public InamiRulesException(String message, Throwable cause) {
        super(message, cause);
        this.sessionId = null;
    }
}
