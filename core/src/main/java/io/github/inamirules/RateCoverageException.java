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
}
