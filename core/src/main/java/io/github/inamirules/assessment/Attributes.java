package io.github.inamirules.assessment;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The attribute checks of the hand-written values of this package ({@link Decision}, {@link Reason}).
 * Package-private.
 */
final class Attributes {
    private Attributes() {
    }

    /** The value, or a {@link NullValueException} naming the attribute. */
    static <T> T required(@Nullable T value, String attribute) {
        if (value == null) {
            throw new NullValueException(attribute);
        }
        return value;
    }

    /**
     * Throws if a required attribute is not set; callers test their attributes first, so that a
     * builder that has them all builds no array.
     *
     * @param type the name of the type built
     * @param namesAndValues each required attribute's name and value, alternately
     * @throws InvalidInputException naming every attribute not set
     */
    static void requireSet(String type, @Nullable Object... namesAndValues) {
        List<String> unset = new ArrayList<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null) {
                unset.add((String) namesAndValues[i]);
            }
        }
        if (!unset.isEmpty()) {
            throw new InvalidInputException("Cannot build " + type + ", some of required attributes are not set "
                    + unset);
        }
    }
}
