package io.github.inamirules.psychology;

import io.github.inamirules.assessment.Missing;
import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.rules.DecisionDraft;
import java.util.Optional;

/**
 * The children and adolescents network serves beneficiaries up to and including 23 years, the adults
 * network those from 15 (PSY-22, C-8: the official wording; the MyCareNet page of the 2024-2025
 * convention says the same, so the ranges hold under both conventions). A beneficiary outside the
 * practitioner's network range is refused (008). The network type is a fact of the practitioner's
 * agreement; without it the coverage cannot be decided.
 *
 * @see <a href="http://fra.mycarenet.be/services-généraux/mental-health/codes-nomenclature-mhc">PSY-22 source</a>
 */
final class NetworkAge {
    /** Item id of a practitioner whose network type is not given. */
    static final String NETWORK_TYPE = "NETWORK_TYPE";

    /** Returns the network type if the beneficiary's age fits it; otherwise refuses or reports and returns empty. */
    Optional<NetworkType> apply(DecisionDraft d, int age) {
        Optional<NetworkType> type = PsySessions.networkType(d.practitioner());
        if (type.isEmpty()) {
            d.missing(Missing.Impact.COVERAGE, PsyRule.PSY_22, "PSY_NETWORK_TYPE_MISSING", NETWORK_TYPE, null,
                    "practitioner", d.practitioner().id());
            return Optional.empty();
        }
        boolean children = type.get() == NetworkType.CHILDREN_ADOLESCENTS;
        int limit = d.rates().integer(children ? PsyParameters.CHILDREN_MAX_AGE : PsyParameters.ADULTS_MIN_AGE);
        if (children ? age > limit : age < limit) {
            d.refuse(PsyRule.PSY_22, children ? "PSY_TOO_OLD_FOR_CHILDREN_NETWORK" : "PSY_TOO_YOUNG_FOR_ADULTS_NETWORK",
                    RefusalCode.PREREQUISITE_NOT_MET, "age", age, "limit", limit);
            return Optional.empty();
        }
        return type;
    }
}
