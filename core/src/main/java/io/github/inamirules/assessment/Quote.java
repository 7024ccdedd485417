package io.github.inamirules.assessment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a next session would give: its decision, and the counters as they stand after it, so a billing
 * desk can say "reimbursed at 24.55, 17 of 18 sessions used" in one call.
 *
 * <p>Immutable and thread-safe.
 *
 * @param decision the decision of the quoted session
 * @param entitlements every counter of the history after the quoted session (a refused session counts
 *     in none)
 */
public record Quote(Decision decision, List<Entitlement> entitlements) {

    /**
     * Creates a quote.
     *
     * @param decision the decision of the quoted session
     * @param entitlements the counters after it
     */
    public Quote {
        Objects.requireNonNull(decision, "decision");
        entitlements = List.copyOf(entitlements);
    }

    /**
     * Returns the counters of the quoted session's episode after it, and the counters across episodes
     * (an episode id of none) whose period contains its date.
     *
     * @return the counters that concern the quoted session
     */
    public List<Entitlement> entitlementsOfItsEpisode() {
        return entitlements.stream().filter(e -> e.episodeId().map(decision.episodeId()::equals)
                .orElse(e.period().contains(decision.date()))).toList();
    }

    /**
     * Returns a counter of the quoted session's episode (or across episodes) by id.
     *
     * @param counter the counter id, a published constant of the profession module
     * @return the counter, if the quoted session's episode has it
     */
    public Optional<Entitlement> entitlement(String counter) {
        return entitlementsOfItsEpisode().stream().filter(e -> e.counter().equals(counter)).findFirst();
    }
}
