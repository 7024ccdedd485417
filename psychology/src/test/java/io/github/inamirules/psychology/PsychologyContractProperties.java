package io.github.inamirules.psychology;

import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.testkit.RuleSetContract;
import java.time.LocalDate;
/**
 * The testkit's rule-set contract for clinical psychology over 2025 and 2026, on histories made with this
 * module's simulator (a psychologist agreed with an adults' network, sessions of the function in force).
 */
class PsychologyContractProperties extends RuleSetContract {
    PsychologyContractProperties() {
        super(ReimbursementEngine.loadInstalled(), ClinicalPsychology.PROFESSION, DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1)));
    }
}
