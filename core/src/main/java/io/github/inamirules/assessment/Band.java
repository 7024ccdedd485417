package io.github.inamirules.assessment;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The band a session falls in: the group of sessions that share a nomenclature code and a
 * reimbursement level, such as "courante, sessions 10 to 18".
 *
 * <p>{@link #id()} is stable and language-free, declared by the profession's vocabulary; {@link #rank()} is
 * the session's number in the counter that decided the band. Equal bands have the same id and rank;
 * the texts are not part of equality. Immutable and thread-safe.
 *
 * <p>Written by hand rather than generated (every decision of a counted session has one): one object,
 * its rank's {@code Optional} shared for ranks up to {@value #SHARED_RANKS}.
 */
public final class Band {
    /** Ranks whose {@code Optional} is shared. */
    private static final int SHARED_RANKS = 256;
    private static final Optional<Integer>[] RANKS = ranks();

    private final String id;
    private final Optional<Integer> rank;
    private final Texts texts;

    private Band(String id, Optional<Integer> rank, Texts texts) {
        this.id = Attributes.required(id, "id");
        this.rank = rank;
        this.texts = Attributes.required(texts, "texts");
    }

    @SuppressWarnings("unchecked")
    private static Optional<Integer>[] ranks() {
        Optional<Integer>[] ranks = new Optional[SHARED_RANKS + 1];
        for (int i = 0; i <= SHARED_RANKS; i++) {
            ranks[i] = Optional.of(i);
        }
        return ranks;
    }

    private static Optional<Integer> rankOf(@Nullable Integer rank) {
        if (rank == null) {
            return Optional.empty();
        }
        return rank >= 0 && rank <= SHARED_RANKS ? RANKS[rank] : Optional.of(rank);
    }

    /**
     * Obtains a band with the session's rank.
     *
     * @param id the band id
     * @param rank the session's rank in its counter, from 1
     * @return the band
     */
    public static Band of(String id, int rank) {
        return new Band(id, rankOf(rank), Texts.none());
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
        return new Band(id, rankOf(rank), texts);
    }

    /**
     * Obtains a band without a rank, for sessions that are not counted.
     *
     * @param id the band id
     * @return the band
     */
    public static Band of(String id) {
        return new Band(id, Optional.empty(), Texts.none());
    }

    /**
     * Returns the stable band id.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the session's rank in the counter that decided the band (e.g. 19 for the 19th courante
     * session of the pathology in the year), if the band is counted.
     *
     * @return the rank, from 1
     */
    public Optional<Integer> rank() {
        return rank;
    }

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
    public Texts texts() {
        return texts;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return this == o || o instanceof Band && id.equals(((Band) o).id) && rank.equals(((Band) o).rank);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + rank.hashCode();
    }

    /**
     * Returns the band as {@code Band{id=…, rank=…}}, the rank only if the band has one.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "Band{id=" + id + rank.map(r -> ", rank=" + r).orElse("") + "}";
    }
}
