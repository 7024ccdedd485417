package io.github.inamirules.model;

/**
 * The kind of an {@link Episode} of care, from its profession's vocabulary: a physiotherapy
 * situation (courante, Fa, E…), a psychology care path, an occupational-therapy follow-up. The kind
 * tells the profession's rule set what is counted and which approval is needed.
 *
 * <p>Immutable and thread-safe.
 */
public final class EpisodeKind extends Term {
    private EpisodeKind(Profession profession, String id) {
        super(profession, id, "episodeKind");
    }

    /**
     * Obtains a kind.
     *
     * @param profession the profession that owns it
     * @param id its stable id, e.g. {@code "fa"}
     * @return the kind
     * @throws io.github.inamirules.InvalidInputException if the id is malformed
     */
    public static EpisodeKind of(Profession profession, String id) {
        return new EpisodeKind(profession, id);
    }
}
