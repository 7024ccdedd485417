package io.github.inamirules.model;

import io.github.inamirules.InvalidInputException;

/**
 * Shared checks of the model's value types. Package-private.
 */
final class Checks {
    private Checks() {
    }

    static void id(String type, String id) {
        if (id.isBlank()) {
            throw InvalidInputException.of(type + ".id", "'" + id + "'", "must not be blank");
        }
    }
}
