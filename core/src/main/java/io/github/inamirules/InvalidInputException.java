package io.github.inamirules;

/**
 * The input given to the library is invalid: a missing or null value, an unknown reference, a
 * duplicate identifier, an end before a start, a negative amount.
 *
 * <p>The message names the field and the offending value. It is also thrown by the builders of the
 * model types when a required attribute is missing. Made with {@link #of(String, Object, String)}, it
 * also carries the {@link #field()}, an excerpt of the {@link #value()} and the {@link #problem()} as
 * separate fields, for programs.
 */
public class InvalidInputException extends InamiRulesException {
    private static final long serialVersionUID = 1L;
    /** The longest excerpt of a value quoted, in characters. */
    static final int MAX_EXCERPT = 100;

    /** The field, if the exception was made with {@link #of(String, Object, String)}. */
    private final String field;
    /** The excerpt of the value, likewise. */
    private final String value;
    /** What is wrong, likewise. */
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, naming the field and the value
     */
    public InvalidInputException(String message) {
        super(message);
        this.field = null;
        this.value = null;
        this.problem = null;
    }

    private InvalidInputException(String field, String value, String problem) {
        super(field + " = " + value + ": " + problem, sessionOf(field));
        this.field = field;
        this.value = value;
        this.problem = problem;
    }

    /**
     * Returns the field the input is wrong in, for programs.
     *
     * @return the field, e.g. {@code "session.prescriptionId"}; empty for an exception made from a
     *     message only
     */
    public java.util.Optional<String> field() {
        return java.util.Optional.ofNullable(field);
    }

    /**
     * Returns the offending value as quoted in the message: on one line, at most 100 characters
     * (longer values are cut, with {@code …}).
     *
     * @return the excerpt; empty for an exception made from a message only
     */
    public java.util.Optional<String> value() {
        return java.util.Optional.ofNullable(value);
    }

    /**
     * Returns what is wrong with the value.
     *
     * @return the problem, e.g. {@code "refers to no prescription"}; empty for an exception made from a
     *     message only
     */
    public java.util.Optional<String> problem() {
        return java.util.Optional.ofNullable(problem);
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
        return new InvalidInputException(field, excerpt(String.valueOf(value)), problem);
    }

    /** The id in a field named {@code session[ID]…}, or null. */
    private static String sessionOf(String field) {
        if (field == null || !field.startsWith("session[")) {
            return null;
        }
        for (int end = field.indexOf(']'); end >= 0; end = field.indexOf(']', end + 1)) {
            if (end + 1 == field.length() || field.charAt(end + 1) == '.') {
                return field.substring("session[".length(), end);
            }
        }
        return null;
    }

    /** At most 100 code points of the value, control characters written as escapes ({@code \t}, {@code \n}). */
    private static String excerpt(String text) {
        StringBuilder b = new StringBuilder();
        int[] points = text.codePoints().limit(MAX_EXCERPT + 1L).toArray();
        for (int i = 0; i < Math.min(points.length, MAX_EXCERPT); i++) {
            int c = points[i];
            if (c == '\t') {
                b.append("\\t");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (Character.isISOControl(c)) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        }
        return points.length > MAX_EXCERPT ? b + "…" : b.toString();
    }
}
