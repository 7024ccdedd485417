package io.github.inamirules.examples.storytelling;

import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.Approval;
import io.github.inamirules.rules.Approvals;
import io.github.inamirules.rules.DecisionDraft;
import java.util.Optional;

/**
 * Fictional rule ST-02: every session of a saga needs a saga approval holding on its date; without
 * one it is refused with eTarif code 005, no agreement. Of overlapping approvals, the kernel's
 * {@link Approvals} picks the one that started last.
 */
final class SagaApproval {
    private final Approvals approvals;

    SagaApproval(Approvals approvals) {
        this.approvals = approvals;
    }

    /** Refuses a saga draft without an approval; explains the approval used otherwise. */
    void apply(DecisionDraft d) {
        if (StoryKind.requiredApproval(d.episode().kind()).isEmpty()) {
            return;
        }
        Optional<Approval> approval = approvals.holding(d.episode().id(), Storytelling.SAGA_APPROVAL, d.date());
        if (approval.isEmpty()) {
            d.refuse(StoryRule.ST_02, "STORY_SAGA_APPROVAL_MISSING", RefusalCode.NO_AGREEMENT, "date", d.date());
            return;
        }
        d.info(StoryRule.ST_02, "STORY_SAGA_APPROVED", "approval", approval.get().id(),
                "start", approval.get().period().start());
    }
}
