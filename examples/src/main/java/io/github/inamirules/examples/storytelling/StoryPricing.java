package io.github.inamirules.examples.storytelling;

import io.github.inamirules.assessment.Missing;
import io.github.inamirules.model.Money;
import io.github.inamirules.rates.ProvenanceStatus;
import io.github.inamirules.rates.Tariff;
import io.github.inamirules.rules.DecisionDraft;
import java.util.Optional;

/**
 * Fictional rule ST-05: the insurance pays the official fee of the session's code minus the fixed
 * patient share of the patient (ordinary or preferential), unless the tariff gives the insurance
 * amount explicitly; the patient share is then fee minus insurance. There is no supplement. A tariff
 * no source gives (absent, or an explicit unknown row) leaves the session reimbursed but unpriced,
 * with the fixed patient share still given, and reports the tariff as missing; a derived tariff gives a
 * warning with its derivation.
 */
final class StoryPricing {
    /** Sets the amounts of a banded draft. */
    void apply(DecisionDraft d) {
        Money share = d.rates().money(StoryParameters.patientShare(d.isPreferential()));
        Optional<Tariff> tariff = d.code().flatMap(code -> d.rates().tariff(code));
        if (tariff.isEmpty() || tariff.get().fee().isEmpty()) {
            d.patientShare(share);
            d.code().ifPresent(code -> d.missing(Missing.Impact.AMOUNT, StoryRule.ST_05, "STORY_TARIFF_UNKNOWN",
                    "TARIFF", code, "code", code, "date", d.date(), "module", d.rates().module().id(),
                    "searched", tariff.flatMap(t -> t.provenance().note()).orElse("")));
            return;
        }
        Tariff t = tariff.get();
        if (t.provenance().status() == ProvenanceStatus.DERIVED) {
            d.warn(StoryRule.ST_05, "STORY_TARIFF_DERIVED", "code", t.code(),
                    "derivation", t.provenance().note().orElse(""));
        }
        Money fee = t.fee().get();
        Money insurance = t.insurance(d.isPreferential()).orElse(fee.minus(share)).max(Money.ZERO);
        d.price(fee, insurance, fee.minus(insurance), Money.ZERO, t.provenance());
    }
}
