package io.github.inamirules;

/**
 * A rate module's data is malformed or inconsistent: a bad date, an unknown column value, two rows
 * of one parameter that overlap, a parameter that does not cover the module's whole coverage.
 *
 * <p>The message names the module, the file, the line and the column where that applies.
 */
public class RateDataException extends InamiRulesException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, with file, line and column where that applies
     */
    public RateDataException(String message) {
        super(message);
    }
}
