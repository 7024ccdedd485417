package io.github.inamirules.assessment;

import io.github.inamirules.model.InamiStyle;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The band a session falls in: the group of sessions that share a nomenclature code and a
 * reimbursement level, such as "courante, sessions 10 to 18".
 *
 * <p>{@link #id()} is stable and language-free, declared by the profession's vocabulary; {@link #rank()} is
 * the session's number in the counter that decided the band. Immutable and thread-safe.
 */
@Value.Immutable
@InamiStyle
public abstract class Band {
    Band() {
    }

    /**
     * Obtains a band with the session's rank.
     *
     * @param id the band id
     * @param rank the session's rank in its counter, from 1
     * @return the band
     */
    public static Band of(String id, int rank) {
        return ImmutableBand.builder().id(id).rank(rank).build();
    }

    /**
     * Obtains a band with the session's rank and the texts of its profession.
     *
     * @param id the band id
     * @param rank the session's rank in its counter, from 1; null for a band that is not counted
     * @param texts the texts of the band's profession
     * @return the band
     */
    public static Band of(String id, @Nullable Integer rank, Texts texts) {
        return ImmutableBand.builder().id(id).rank(Optional.ofNullable(rank)).texts(texts).build();
    }

    /**
     * Obtains a band without a rank, for sessions that are not counted.
     *
     * @param id the band id
     * @return the band
     */
    public static Band of(String id) {
        return ImmutableBand.builder().id(id).build();
    }

    /**
     * Returns the stable band id.
     *
     * @return the id
     */
    public abstract String id();

    /**
     * Returns the session's rank in the counter that decided the band (e.g. 19 for the 19th courante
     * session of the pathology in the year), if the band is counted.
     *
     * @return the rank, from 1
     */
    public abstract Optional<Integer> rank();

    /**
     * Returns the band's label for people in French, Dutch or English.
     *
     * @param locale the language
     * @return the label, or the id if there is none
     */
    public String label(Locale locale) {
        if (locale == null) {
            throw new io.github.inamirules.NullValueException("locale");
        }
        return texts().text("band." + id(), locale).orElse(id());
    }

    /**
     * Returns the texts of the band's profession; not part of equality.
     *
     * @return the texts; {@link Texts#none()} by default
     */
    @Value.Default
    @Value.Auxiliary
    public Texts texts() {
        return Texts.none();
    }
}
