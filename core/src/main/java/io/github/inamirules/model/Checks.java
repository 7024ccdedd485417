package io.github.inamirules.model;

import io.github.inamirules.InvalidInputException;

/**
 * Shared checks of the model's value types. Package-private.
 */
final class Checks {
    private Checks() {
    }

    /** Periods of one list must be non-empty and must not overlap (a status holds or not on a day). */
    static void disjoint(String field, java.util.List<DateRange> periods) {
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i).isEmpty()) {
                throw InvalidInputException.of(field + "[" + i + "]", periods.get(i), "is empty");
            }
            for (int j = i + 1; j < periods.size(); j++) {
                if (periods.get(i).overlaps(periods.get(j))) {
                    throw InvalidInputException.of(field + "[" + j + "]", periods.get(j), "overlaps " + periods.get(i));
                }
            }
        }
    }

    static void id(String type, String id) {
        if (id.isBlank()) {
            throw InvalidInputException.of(type + ".id", "'" + id + "'", "must not be blank");
        }
    }
}
