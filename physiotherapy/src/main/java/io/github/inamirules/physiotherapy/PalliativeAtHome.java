package io.github.inamirules.physiotherapy;

import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.rules.DecisionDraft;

/**
 * Palliative patient at home: every session is billed with 564211, no request, no annual maximum,
 * patient share 0; "home" is a private home, not a rest home (P-36). A second session the same day
 * (564233) is {@link DailySessionLimit}'s to allow.
 *
 * @see <a href="https://www.mc.be/b2b/prestataires/kinesitherapeutes/palliatif_domicile">P-36 source</a>
 */
final class PalliativeAtHome {
    /** Bands or refuses the draft. */
    void apply(DecisionDraft d, boolean secondOfDay) {
        Place place = PhysiotherapySessions.place(d.session());
        if (!place.equals(Place.HOME)) {
            d.refuse(PhysioRule.P_36, "PHYSIO_PALLIATIVE_NOT_AT_HOME", RefusalCode.NOT_ATTESTABLE_ON_DATE,
                    "place", place);
            return;
        }
        d.band(secondOfDay ? Bands.PALLIATIVE_SECOND : Bands.PALLIATIVE, null);
    }
}
