package io.github.inamirules.psychology;

import io.github.inamirules.assessment.Missing;
import io.github.inamirules.rates.NomenclatureCode;
import io.github.inamirules.rules.DecisionDraft;
import java.util.Optional;

/**
 * Selects the billing code of the Mental Health Care portal from the band and whether the session was
 * by video (the pilot billed video sessions with specific pseudo-codes). The code list is rate data
 * ({@code clinical-psychology/codes.psv}, keyed {@code band | video}); no readable source gives it yet
 * so the rates give it as unknown and each decision reports the code as missing (the session
 * stays covered), never guessed.
 *
 * @see <a href="http://fra.mycarenet.be/services-généraux/mental-health/codes-nomenclature-mhc">Q-6 source</a>
 */
final class CodeSelection {

    /** Sets the draft's code, or records it as missing. */
    void apply(DecisionDraft d) {
        String band = d.band().orElseThrow().id();
        String video = String.valueOf(PsySessions.video(d.session()));
        Optional<NomenclatureCode> row = d.rates().code(band, video);
        Optional<String> code = row.flatMap(NomenclatureCode::code);
        if (code.isPresent()) {
            d.code(code.get());
            return;
        }
        d.missing(Missing.Impact.AMOUNT, PsyRule.T_RATE_PSY, "PSY_CODE_UNKNOWN", Missing.NOMENCLATURE_CODE, null,
                "band", band, "video", video, "module", d.rates().module().id(),
                "searched", row.flatMap(r -> r.provenance().note()).orElse(""));
    }
}
