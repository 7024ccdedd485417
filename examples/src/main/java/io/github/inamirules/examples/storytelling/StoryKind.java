package io.github.inamirules.examples.storytelling;

import io.github.inamirules.model.ApprovalKind;
import io.github.inamirules.model.EpisodeKind;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of a storytelling episode (fictional). Their ids are also their names in scenario files
 * ({@code kind: short-tale}) and on the command line ({@code --kind saga}).
 */
public final class StoryKind {
    /** A short tale: no approval needed (fictional). */
    public static final EpisodeKind SHORT_TALE = EpisodeKind.of(Storytelling.PROFESSION, "short-tale");
    /** A saga: every session needs a {@link Storytelling#SAGA_APPROVAL} (fictional rule ST-02). */
    public static final EpisodeKind SAGA = EpisodeKind.of(Storytelling.PROFESSION, "saga");

    /** Every kind, in the order they are listed to people. */
    public static final List<EpisodeKind> ALL = List.of(SHORT_TALE, SAGA);

    private StoryKind() {
    }

    /**
     * Returns the approval every session of a kind needs.
     *
     * @param kind a storytelling kind
     * @return the saga approval for a saga, nothing for a short tale
     */
    public static Optional<ApprovalKind> requiredApproval(EpisodeKind kind) {
        return SAGA.equals(kind) ? Optional.of(Storytelling.SAGA_APPROVAL) : Optional.empty();
    }
}
