package io.github.inamirules;

/**
 * A session belongs to a profession for which no rule set is loaded.
 */
public class MissingRuleSetException extends InamiRulesException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which profession has no rule set, and which are loaded
     */
    public MissingRuleSetException(String message) {
        super(message);
    }

    private MissingRuleSetException(String message, String sessionId) {
        super(message, sessionId);
    }

    /**
     * Creates the exception for a session of a profession without a rule set; {@link #sessionId()} names it.
     *
     * @param sessionId the session's id
     * @param message what is wrong, naming the session
     * @return the exception, to throw
     */
    public static MissingRuleSetException forSession(String sessionId, String message) {
        return new MissingRuleSetException(message, sessionId);
    }
}
