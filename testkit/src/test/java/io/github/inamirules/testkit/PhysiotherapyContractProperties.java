package io.github.inamirules.testkit;

import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.physiotherapy.Physiotherapy;
/** The rule-set contract for physiotherapy over 2025. */
class PhysiotherapyContractProperties extends RuleSetContract {
    PhysiotherapyContractProperties() {
        super(ReimbursementEngine.loadInstalled(), Physiotherapy.PROFESSION, DateRange.ofYear(2025));
    }
}
