package io.github.inamirules;

/**
 * The input given to the library is invalid: a missing or null value, an unknown reference, a
 * duplicate identifier, an end before a start, a negative amount.
 *
 * <p>The message names the field and the offending value. It is also thrown by the builders of the
 * model types when a required attribute is missing.
 */
public class InvalidInputException extends InamiRulesException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, naming the field and the value
     */
    public InvalidInputException(String message) {
        super(message);
    }

    /**
     * Creates the exception for one field and the value found there.
     *
     * @param field the name of the field, e.g. {@code "session.prescriptionId"}
     * @param value the offending value, as text
     * @param problem what is wrong with it, e.g. {@code "refers to no prescription"}
     * @return the exception, to throw
     */
    public static InvalidInputException of(String field, Object value, String problem) {
        return new InvalidInputException(field + " = " + value + ": " + problem);
    }
}
