package io.github.inamirules.rules;

import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Entitlement;
import java.util.List;

/**
 * What a rule set returns: one decision per session it was given, and its counters.
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleSetResult {
    private final List<Decision> decisions;
    private final List<Entitlement> entitlements;

    /**
     * Creates a result.
     *
     * @param decisions one decision per session, in any order
     * @param entitlements the counters after the last session
     */
    public RuleSetResult(List<Decision> decisions, List<Entitlement> entitlements) {
        this.decisions = List.copyOf(decisions);
        this.entitlements = List.copyOf(entitlements);
    }

    /**
     * Returns the decisions.
     *
     * @return the decisions
     */
    public List<Decision> decisions() {
        return decisions;
    }

    /**
     * Returns the counters.
     *
     * @return the entitlements
     */
    public List<Entitlement> entitlements() {
        return entitlements;
    }
}
