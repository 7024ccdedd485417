package io.github.inamirules.scenario;

import io.github.inamirules.InamiRulesException;

/**
 * A scenario file cannot be read: malformed YAML, a value of the wrong type, an unknown key, a
 * reference to something not declared, a file over the size or depth limits. The message is one line,
 * {@code file:line:column: what was expected}, never a stack trace of the parser.
 */
public class ScenarioException extends InamiRulesException {
    private static final long serialVersionUID = 1L;

    /** Where the problem is. */
    private final transient SourceLocation location;

    /**
     * Creates the exception.
     *
     * @param location where the problem is
     * @param message what was expected, and what was found
     */
    public ScenarioException(SourceLocation location, String message) {
        super(location + ": " + message);
        this.location = location;
    }

    /**
     * Returns where the problem is.
     *
     * @return the location
     */
    public SourceLocation location() {
        return location;
    }
}
