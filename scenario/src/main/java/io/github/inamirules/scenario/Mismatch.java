package io.github.inamirules.scenario;

/**
 * One expected value that does not hold.
 *
 * @param location where the expected value is written
 * @param file the scenario file
 * @param scenario the scenario's name
 * @param target what was checked: {@code session back-3}, {@code totals}, …
 * @param session the id of the session checked, for a session expectation
 * @param field the field, e.g. {@code insurance}
 * @param expected the expected text
 * @param actual the actual text
 */
public record Mismatch(SourceLocation location, String file, String scenario, String target,
        java.util.Optional<String> session, String field, String expected, String actual) {

    /**
     * Describes the mismatch on one line:
     * {@code file:12:9: scenario 'X', session back-3, insurance: expected 24.55, actual 18.41}.
     *
     * @return the description
     */
    public String describe() {
        return location + ": scenario '" + scenario + "', " + target + ", " + field + ": expected " + expected
                + ", actual " + actual;
    }
}
