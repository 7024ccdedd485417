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
}
