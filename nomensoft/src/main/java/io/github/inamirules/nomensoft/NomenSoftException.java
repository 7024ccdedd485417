package io.github.inamirules.nomensoft;

import io.github.inamirules.InamiRulesException;

/**
 * A NomenSoft export cannot be read: not well-formed XML, a missing element, a date or an amount that
 * is not one. The message is one line, {@code file:line:column: what was expected, found what}.
 */
public class NomenSoftException extends InamiRulesException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message one line naming the file, line and column
     */
    public NomenSoftException(String message) {
        super(message);
    }
}
