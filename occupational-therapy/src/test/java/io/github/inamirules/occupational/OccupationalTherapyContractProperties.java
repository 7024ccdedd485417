package io.github.inamirules.occupational;

import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.testkit.RuleSetContract;
import java.time.LocalDate;
/**
 * The testkit's rule-set contract for occupational therapy over 2025 and 2026, on histories made with
 * this module's simulator (a 7.71 programme that ended a week before, its rehabilitation physician's
 * prescription, exercise sessions at home).
 */
class OccupationalTherapyContractProperties extends RuleSetContract {
    OccupationalTherapyContractProperties() {
        super(ReimbursementEngine.loadInstalled(), OccupationalTherapy.PROFESSION, DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1)));
    }
}
