package io.github.inamirules.occupational;

import io.github.inamirules.rules.DecisionDraft;

/**
 * An exercise session lasts 180 minutes and an information session 60 minutes (ERGO-03: "max 7 x 180
 * min", "max 2 x 60 min", "duur 3u/sessie", "duur 1u/sessie"). The sources do not say that a shorter
 * session is not covered, so a session whose duration is given and shorter than its service's gets a
 * warning, not a refusal. Services without a stated duration (the bilans) are not checked.
 *
 * @see <a href="https://movita.be/praktisch/kostprijs-behandeling/">ERGO-03 source</a>
 */
final class ServiceDuration {

    /** Warns when the draft's session is shorter than its service. */
    void apply(DecisionDraft d, Service service) {
        String parameter = service.minutesParameter();
        if (parameter == null || d.session().minutes().isEmpty()) {
            return;
        }
        int minutes = d.session().minutes().get();
        int required = d.rates().integer(parameter);
        if (minutes < required) {
            d.warn(OtRule.ERGO_03, "OT_SESSION_SHORTER_THAN_SERVICE", "service", service.id(), "minutes", minutes,
                    "required", required);
        }
    }
}
