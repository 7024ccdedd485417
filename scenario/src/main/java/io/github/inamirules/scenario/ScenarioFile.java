package io.github.inamirules.scenario;

import java.util.List;
import java.util.Objects;

/**
 * One scenario file: its name, its format version and its scenarios in file order.
 *
 * @param name the file name as given to the reader (a path relative to where it was found)
 * @param format the format version written in the file ({@code format: 1})
 * @param scenarios the scenarios
 */
public record ScenarioFile(String name, int format, List<Scenario> scenarios) {

    /** The only format version this library reads and writes. */
    public static final int CURRENT_FORMAT = 1;

    /**
     * Validates and copies.
     *
     * @param name the file name
     * @param format the format version
     * @param scenarios the scenarios
     */
    public ScenarioFile {
        Objects.requireNonNull(name, "name");
        scenarios = List.copyOf(scenarios);
    }
}
