package io.github.inamirules.model;

/**
 * What an {@link Approval} allows, from its profession's vocabulary: a physiotherapy Fa notification,
 * an E accord, a second session per day…
 *
 * <p>Immutable and thread-safe.
 */
public final class ApprovalKind extends Term {
    private ApprovalKind(Profession profession, String id) {
        super(profession, id, "approvalKind");
    }

    /**
     * Obtains a kind.
     *
     * @param profession the profession that owns it
     * @param id its stable id, e.g. {@code "fa-notification"}
     * @return the kind
     * @throws io.github.inamirules.InvalidInputException if the id is malformed
     */
    public static ApprovalKind of(Profession profession, String id) {
        return new ApprovalKind(profession, id);
    }
}
