package io.github.inamirules.occupational;

import io.github.inamirules.assessment.Missing;
import io.github.inamirules.rates.NomenclatureCode;
import io.github.inamirules.rules.DecisionDraft;
import java.util.Optional;

/**
 * The service selects the nomenclature code (ERGO-03) through the rate module's code table, keyed
 * {@code service}: 784313 for an exercise session, 784335 for an information session, 784350 for a
 * final bilan, and 784291 or 784302 for an observation bilan, which of the two being unknown (E-Q3, an
 * explicit unknown row in the 2025 data). A code no source gives is reported as missing: the session
 * stays covered, unpriced.
 *
 * @see <a href="https://movita.be/praktisch/kostprijs-behandeling/">ERGO-03 source</a>
 */
final class CodeSelection {

    /** Sets the draft's code, or reports it missing. */
    Optional<String> apply(DecisionDraft d, Service service) {
        Optional<NomenclatureCode> row = d.rates().code(service.id());
        Optional<String> code = row.flatMap(NomenclatureCode::code);
        if (code.isEmpty()) {
            d.missing(Missing.Impact.AMOUNT, OtRule.ERGO_03, "OT_CODE_UNKNOWN", Missing.NOMENCLATURE_CODE, null,
                    "service", service.id(), "module", d.rates().module().id(),
                    "searched", row.flatMap(r -> r.provenance().note()).orElse(""));
            return Optional.empty();
        }
        d.code(code.get());
        return code;
    }
}
