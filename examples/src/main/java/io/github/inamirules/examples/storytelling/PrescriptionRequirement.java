package io.github.inamirules.examples.storytelling;

import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.rules.DecisionDraft;

/**
 * Fictional rule ST-01: a storytelling session is reimbursed only under a prescription, and not
 * before the prescription's date (or the later start date it names). Otherwise it is refused with
 * eTarif code 008, prerequisite not met.
 */
final class PrescriptionRequirement {
    /** Refuses the draft if the prescription condition is not met. */
    void apply(DecisionDraft d) {
        if (d.session().prescriptionId().isEmpty()) {
            d.refuse(StoryRule.ST_01, "STORY_PRESCRIPTION_MISSING", RefusalCode.PREREQUISITE_NOT_MET);
            return;
        }
        Prescription p = d.history().prescription(d.session().prescriptionId().get());
        if (d.date().isBefore(p.windowStart())) {
            d.refuse(StoryRule.ST_01, "STORY_SESSION_BEFORE_PRESCRIPTION", RefusalCode.PREREQUISITE_NOT_MET,
                    "prescription", p.id(), "start", p.windowStart());
        }
    }
}
