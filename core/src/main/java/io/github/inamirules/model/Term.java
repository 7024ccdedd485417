package io.github.inamirules.model;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import java.util.regex.Pattern;

/**
 * A word of a profession's vocabulary: an open value with a stable, language-free id, owned by one
 * profession. {@link EpisodeKind} (a physiotherapy situation, a psychology care path) and
 * {@link ApprovalKind} (a notification, an accord) are terms; a profession module declares its terms
 * as constants, and a third party adds its own without touching the kernel.
 *
 * <p>Two terms are equal when they are of the same class, profession and id. Immutable and
 * thread-safe.
 */
public abstract sealed class Term permits EpisodeKind, ApprovalKind {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final Profession profession;
    private final String id;

    Term(Profession profession, String id, String what) {
        if (profession == null) {
            throw new NullValueException(what + ".profession");
        }
        if (id == null) {
            throw new NullValueException(what + ".id");
        }
        if (!ID.matcher(id).matches()) {
            throw InvalidInputException.of(what + ".id", "'" + Fact.excerpt(id) + "'",
                    "is not a term id (lower-case words joined by '-', e.g. 'fa-notification')");
        }
        this.profession = profession;
        this.id = id;
    }

    /**
     * Returns the profession that owns the term.
     *
     * @return the profession
     */
    public final Profession profession() {
        return profession;
    }

    /**
     * Returns the stable id, which is also the term's name in scenario files.
     *
     * @return the id, lower-case words joined by {@code -}
     */
    public final String id() {
        return id;
    }

    @Override
    public final boolean equals(Object obj) {
        return obj != null && obj.getClass() == getClass() && profession.equals(((Term) obj).profession)
                && id.equals(((Term) obj).id);
    }

    @Override
    public final int hashCode() {
        return profession.hashCode() * 31 + id.hashCode();
    }

    @Override
    public final String toString() {
        return profession + "/" + id;
    }
}
