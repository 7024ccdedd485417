package io.github.inamirules.model;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import java.util.regex.Pattern;

/**
 * A paramedical profession whose sessions the insurance may reimburse.
 *
 * <p>Professions are identified by a stable, language-free id ({@code "physiotherapy"}). The kernel
 * names none: each profession module declares its own constant (the physiotherapy module's
 * {@code Physiotherapy.PROFESSION}), and a third party adds another (speech therapy, dietetics…) with
 * {@link #of(String)} and its own rule set and rate module, without touching this library. That is
 * why this is a value class and not an enum.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Profession {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_-]*");


    private final String id;

    private Profession(String id) {
        this.id = id;
    }

    /**
     * Obtains a profession by id.
     *
     * @param id lower-case letters, digits, {@code -} and {@code _}, starting with a letter
     * @return the profession
     * @throws InvalidInputException if the id is malformed
     */
    public static Profession of(String id) {
        if (id == null) {
            throw new NullValueException("profession");
        }
        if (!ID.matcher(id).matches()) {
            throw InvalidInputException.of("profession", "'" + id + "'",
                    "is not a profession id (lower-case letters, digits, '-' or '_')");
        }
        return new Profession(id);
    }

    /**
     * Returns the stable id.
     *
     * @return the id, e.g. {@code "physiotherapy"}
     */
    public String id() {
        return id;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Profession && id.equals(((Profession) obj).id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
