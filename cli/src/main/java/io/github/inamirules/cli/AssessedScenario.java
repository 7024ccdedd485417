package io.github.inamirules.cli;

import io.github.inamirules.assessment.Assessment;
import java.util.Objects;
import java.util.Optional;

/**
 * One assessed care history as the reports print it: where it comes from, its name and its
 * assessment.
 *
 * @param file the scenario file it was read from; empty for a simulation
 * @param name the scenario's name
 * @param description the scenario's description, if any
 * @param assessment the engine's assessment of its care history
 */
record AssessedScenario(Optional<String> file, String name, Optional<String> description, Assessment assessment) {

    AssessedScenario {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(assessment, "assessment");
    }
}
