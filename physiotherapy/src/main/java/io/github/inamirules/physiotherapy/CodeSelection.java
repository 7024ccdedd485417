package io.github.inamirules.physiotherapy;

import io.github.inamirules.assessment.Missing;
import io.github.inamirules.rates.NomenclatureCode;
import io.github.inamirules.rules.DecisionDraft;
import java.util.Optional;

/**
 * Selects the nomenclature code from the band, the place and the duration (P-19, P-37, P-38): the
 * code table is rate data ({@code physiotherapy/codes.psv}, keyed {@code band | place | minutes}),
 * because the nomenclature renumbers codes without changing the law's shape. Rest-home residents are
 * billed with rest-home codes wherever the session takes place (P-37). A combination the data do not
 * list, or list as unknown, is reported as missing (the session stays covered, unpriced), never
 * guessed.
 *
 * @see <a href="https://www.cm.be/professioneel/zorgverleners/kinesitherapeuten/kinesitherapie-in-rob">P-37 source</a>
 */
final class CodeSelection {
    /** Sets the draft's code, or records it as missing. */
    void apply(DecisionDraft d, String codeBand, boolean byVideo) {
        String place = byVideo ? PhysiotherapyVocabulary.VIDEO_PLACE : PhysiotherapySessions.place(d.session()).id();
        int minutes = PhysiotherapySessions.minutes(d.session());
        Optional<NomenclatureCode> row = d.rates().code(codeBand, place, minutesText(minutes));
        Optional<String> code = row.flatMap(NomenclatureCode::code);
        if (code.isPresent()) {
            d.code(code.get());
            return;
        }
        d.missing(Missing.Impact.AMOUNT, PhysioRule.P_37, "PHYSIO_CODE_UNKNOWN", Missing.NOMENCLATURE_CODE, null,
                "band", codeBand, "place", place, "minutes", minutes, "module", d.rates().module().id(),
                "searched", row.flatMap(r -> r.provenance().note()).orElse(""));
    }

    /** The minutes as the code table writes them; the usual ones shared, not built for every session. */
    private static String minutesText(int minutes) {
        return minutes >= 0 && minutes < MINUTES.length ? MINUTES[minutes] : String.valueOf(minutes);
    }

    private static final String[] MINUTES = new String[121];

    static {
        for (int m = 0; m < MINUTES.length; m++) {
            MINUTES[m] = String.valueOf(m);
        }
    }
}
