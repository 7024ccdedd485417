package io.github.inamirules;

/**
 * Two loaded rate modules cover the same profession on the same day. Thrown when the catalog is
 * built, never at assessment time: the library never silently picks one of two modules.
 */
public class RateConflictException extends RateDataException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message which modules overlap, for which profession and from which day
     */
    public RateConflictException(String message) {
        super(message);
    }
}
