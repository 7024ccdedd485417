package io.github.inamirules.scenario;

import java.util.Objects;

/**
 * A place in a scenario file: file name, line and column, both from 1. Printed as
 * {@code file:line:column}, the form editors and terminals link to.
 *
 * @param file the file name as given to the reader
 * @param line the line, from 1
 * @param column the column, from 1
 */
public record SourceLocation(String file, int line, int column) {

    /**
     * Validates the location.
     *
     * @param file the file name
     * @param line the line
     * @param column the column
     */
    public SourceLocation {
        Objects.requireNonNull(file, "file");
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
