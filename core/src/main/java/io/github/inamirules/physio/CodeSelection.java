package io.github.inamirules.physio;

import io.github.inamirules.model.Place;

/**
 * Selects the nomenclature code from the band, the place and the duration (P-19, P-37, P-38): the
 * code table is rate data ({@code codes.psv}), because the nomenclature renumbers codes without
 * changing the law's shape. Rest-home residents are billed with rest-home codes wherever the session
 * takes place (P-37). A combination the data do not list is reported as missing, never guessed.
 *
 * @see <a href="https://www.cm.be/professioneel/zorgverleners/kinesitherapeuten/kinesitherapie-in-rob">P-37 source</a>
 */
final class CodeSelection {
    /** Sets the draft's code, or records it as missing. */
    void apply(SessionDraft d) {
        Place place = d.session.place();
        int minutes = d.session.durationMinutes();
        d.rates.code(d.codeBand, place, minutes).ifPresentOrElse(c -> d.code = c.code(),
                () -> d.missing(PhysioRule.P_37, "PHYSIO_CODE_UNKNOWN",
                        "nomenclature code for " + d.codeBand + " at " + place + ", " + minutes + " min, on " + d.date(),
                        "band", d.codeBand, "place", place, "minutes", minutes, "module", d.rates.module().id()));
    }
}
