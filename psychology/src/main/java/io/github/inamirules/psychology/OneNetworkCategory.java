package io.github.inamirules.psychology;

import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.rules.DecisionDraft;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * A beneficiary belongs to one network category only per 12 months (PSY-23, "Per 12 maanden kan u maar
 * tot 1 categorie behoren"): a session in the adults network within 12 months after an accepted session
 * in the children and adolescents network is refused (010), naming that session, and the reverse. The
 * 12 months are counted back from the session (Q-3: sources only say "per periode van 12 maanden").
 * Under the 2024 convention the rule is carried (Q-3: the 2024 FAQ still says "uniquement dans un seul
 * réseau").
 *
 * @see <a href="https://www.caami-hziv.fgov.be/nl/bij-de-psycholoog">PSY-23 source</a>
 */
final class OneNetworkCategory {
    private final Map<NetworkType, LocalDate> lastDate = new EnumMap<>(NetworkType.class);
    private final Map<NetworkType, String> lastSession = new EnumMap<>(NetworkType.class);

    /** Refuses the draft if the other category was used in the last months; tells whether it passed. */
    boolean apply(DecisionDraft d, NetworkType type) {
        NetworkType other = type == NetworkType.ADULTS ? NetworkType.CHILDREN_ADOLESCENTS : NetworkType.ADULTS;
        int months = d.rates().integer(PsyParameters.CATEGORY_MONTHS);
        LocalDate last = lastDate.get(other);
        if (last != null && d.date().isBefore(last.plusMonths(months))) {
            d.refuseUsedUp(PsyRule.PSY_23, "PSY_OTHER_NETWORK_CATEGORY", RefusalCode.CANNOT_BE_COMBINED,
                    lastSession.get(other), "network_type", PsychologyFacts.NETWORK_TYPE.format(other),
                    "lastDate", last, "months", months);
            return false;
        }
        String session = d.session().id();
        d.whenAccepted(() -> {
            lastDate.put(type, d.date());
            lastSession.put(type, session);
        });
        return true;
    }
}
