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
        super(location + ": " + oneLine(message));
        this.location = location;
    }

    /** Longest message kept: a quoted value is cut, never echoed whole. */
    static final int MAX_MESSAGE = 500;

    /**
     * Makes a message safe to print on one line: control characters (a newline, an ANSI escape)
     * become spaces, and a message longer than {@value #MAX_MESSAGE} characters is cut.
     */
    static String oneLine(String message) {
        String clean = message == null ? "" : message.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]", " ");
        return clean.length() <= MAX_MESSAGE ? clean : clean.substring(0, MAX_MESSAGE) + "… (cut)";
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
