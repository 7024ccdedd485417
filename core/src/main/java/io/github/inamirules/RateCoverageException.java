package io.github.inamirules;

/**
 * No loaded rate module covers a profession on a date: a session is dated outside every loaded
 * module's coverage. The message names the profession, the date and the modules that are loaded,
 * so the fix (add the missing {@code inami-rules-rates-YYYY} module) is obvious.
 */
public class RateCoverageException extends InamiRulesException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which profession and date are not covered, and what is loaded
     */
    public RateCoverageException(String message) {
        super(message);
    }

    private RateCoverageException(String message, String sessionId) {
        super(message, sessionId);
    }

    /**
     * Creates the exception for a session dated outside every loaded module's coverage; {@link #sessionId()} names it.
     *
     * @param sessionId the session's id
     * @param message what is wrong, naming the session
     * @return the exception, to throw
     */
    public static RateCoverageException forSession(String sessionId, String message) {
        return new RateCoverageException(message, sessionId);
    }
}
