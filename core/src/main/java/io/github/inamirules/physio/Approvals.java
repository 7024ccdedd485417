package io.github.inamirules.physio;

import io.github.inamirules.model.Approval;
import io.github.inamirules.model.ApprovalKind;
import java.util.Optional;

/**
 * Finds the médecin-conseil approval of a kind that holds for the draft's pathology on its date.
 * Package-private.
 */
final class Approvals {
    private Approvals() {
    }

    /** The approval the pathology's situation needs ({@link io.github.inamirules.model.Situation#requiredApproval()}). */
    static Optional<Approval> required(SessionDraft d) {
        return holding(d, d.pathology.situation().requiredApproval().orElseThrow());
    }

    static Optional<Approval> holding(SessionDraft d, ApprovalKind kind) {
        return d.history.approvals().stream()
                .filter(a -> a.kind() == kind && a.pathologyId().equals(d.pathology.id()) && a.holdsOn(d.date()))
                .findFirst();
    }
}
