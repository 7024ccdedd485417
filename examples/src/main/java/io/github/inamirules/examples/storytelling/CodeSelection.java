package io.github.inamirules.examples.storytelling;

import io.github.inamirules.assessment.Missing;
import io.github.inamirules.rates.NomenclatureCode;
import io.github.inamirules.rules.DecisionDraft;
import java.util.Optional;

/**
 * Fictional rule ST-04: the band and the setting select the nomenclature code, from the rate module's
 * code table ({@code storytelling/codes.psv}, keyed {@code band | setting}). A session that does not
 * say its setting was told in the library. A combination the data do not give is reported as missing
 * (the session stays reimbursed, unpriced), never guessed.
 */
final class CodeSelection {
    /** Sets the draft's code, or records it as missing. */
    void apply(DecisionDraft d) {
        String band = d.band().orElseThrow().id();
        Setting setting = d.session().facts().getOrDefault(StorytellingFacts.SETTING, Setting.LIBRARY);
        Optional<String> code = d.rates().code(band, setting.id()).flatMap(NomenclatureCode::code);
        if (code.isPresent()) {
            d.code(code.get());
            return;
        }
        d.missing(Missing.Impact.AMOUNT, StoryRule.ST_04, "STORY_CODE_UNKNOWN", "NOMENCLATURE_CODE", null,
                "band", band, "setting", setting.id(), "module", d.rates().module().id());
    }
}
