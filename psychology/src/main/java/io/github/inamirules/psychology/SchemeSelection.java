package io.github.inamirules.psychology;

import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.Session;
import io.github.inamirules.rates.Rates;
import io.github.inamirules.rules.DecisionDraft;
import java.util.Optional;

/**
 * Chooses the scheme that decides a session from the switches in force on its date (PSY-20, PSY-40,
 * C-5): the pilot from 2019-04-01 to the end of 2021, the 2021 convention from 2021-09-01, the 2024
 * convention from 2024-04-01. From 2021-09-01 to 2021-12-31 both the pilot and the 2021 convention are
 * in force (C-5): a session with a referral is a pilot claim, one without is a 2021 claim. A day on
 * which no scheme is in force refuses the session (009).
 *
 * @see <a href="https://www.psychologue-clinicien.be/remboursement-des-psychologues-cliniciens-belges-a-partir-de-2022/">
 *     C-5 source: the pilot stays in force until the end of 2021</a>
 */
final class SchemeSelection {

    /** Returns the scheme of a session, if one is in force on its date. */
    static Optional<Scheme> schemeOf(Rates rates, Session s) {
        boolean pilot = rates.flag(PsyParameters.PILOT_IN_FORCE);
        boolean conv2024 = rates.flag(PsyParameters.CONV_2024_IN_FORCE);
        boolean conv2021 = rates.flag(PsyParameters.CONV_2021_IN_FORCE);
        if (pilot && (s.prescriptionId().isPresent() || !conv2021 && !conv2024)) {
            return Optional.of(Scheme.PILOT);
        }
        if (conv2024) {
            return Optional.of(Scheme.CONV_2024);
        }
        return conv2021 ? Optional.of(Scheme.CONV_2021) : Optional.empty();
    }

    /** Returns the draft's scheme, or refuses the draft. */
    Optional<Scheme> apply(DecisionDraft d) {
        Optional<Scheme> scheme = schemeOf(d.rates(), d.session());
        if (scheme.isEmpty()) {
            d.refuse(PsyRule.PSY_20, "PSY_NO_SCHEME_IN_FORCE", RefusalCode.NOT_ATTESTABLE_ON_DATE, "date", d.date());
        }
        return scheme;
    }
}
