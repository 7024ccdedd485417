package io.github.inamirules.cli;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.model.CareHistory;
import java.util.Objects;
import java.util.Optional;

/**
 * One assessed care history as the reports print it: where it comes from, its name, the history and
 * its assessment.
 *
 * @param file the scenario file it was read from, relative to the folder given; empty for a simulation
 * @param name the scenario's name
 * @param description the scenario's description, if any
 * @param history the care history assessed
 * @param assessment the engine's assessment of it
 */
record AssessedScenario(Optional<String> file, String name, Optional<String> description, CareHistory history,
        Assessment assessment) {

    AssessedScenario {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(assessment, "assessment");
    }

    /** Returns the patient's id in the history. */
    String patientId() {
        return history.patient().id();
    }
}
