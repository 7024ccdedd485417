package io.github.inamirules;

/**
 * A null was given where a value is required.
 *
 * <p>Thrown by the builders and factories of the model types; the message names the attribute.
 */
public class NullValueException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param attribute the name of the attribute that was null
     */
    public NullValueException(String attribute) {
        super(attribute + " must not be null");
    }
}
