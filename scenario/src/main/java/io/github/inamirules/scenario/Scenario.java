package io.github.inamirules.scenario;

import io.github.inamirules.model.CareHistory;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One named case: a care history and what is expected of its assessment.
 *
 * @param name the human name, unique in its file
 * @param description an optional longer text (source of the case, rule ids…)
 * @param history the care history
 * @param expectations what is expected, possibly nothing (then the scenario only has to assess)
 * @param location where the scenario starts in its file
 */
public record Scenario(String name, Optional<String> description, CareHistory history,
        List<Expectation> expectations, SourceLocation location) {

    /**
     * Validates and copies.
     *
     * @param name the name
     * @param description the description
     * @param history the care history
     * @param expectations the expectations
     * @param location the location
     */
    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(location, "location");
        expectations = List.copyOf(expectations);
    }
}
