package io.github.inamirules.assessment;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.model.InamiStyle;
import io.github.inamirules.model.Money;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The result of assessing a care history: exactly one {@link Decision} per input session, in input
 * order, the counters ({@link Entitlement}s) after the last session, and totals.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InamiStyle
public abstract class Assessment {
    Assessment() {
    }

    /**
     * Returns a new builder (for the engine).
     *
     * @return a builder
     */
    public static ImmutableAssessment.Builder builder() {
        return ImmutableAssessment.builder();
    }

    /**
     * Returns the decisions, one per input session, in input order.
     *
     * @return the decisions
     */
    public abstract List<Decision> decisions();

    /**
     * Returns the counters: used and remaining sessions per episode and period.
     *
     * @return the entitlements
     */
    public abstract List<Entitlement> entitlements();

    /**
     * Returns the decision for a session.
     *
     * @param sessionId the session id
     * @return the decision
     * @throws InvalidInputException if no session has that id
     */
    public Decision decision(String sessionId) {
        if (sessionId == null) {
            throw new io.github.inamirules.NullValueException("sessionId");
        }
        Decision d = decisionsById().get(sessionId);
        if (d == null) {
            throw InvalidInputException.of("sessionId", sessionId, "is not in the assessment");
        }
        return d;
    }

    @Value.Lazy
    Map<String, Decision> decisionsById() {
        Map<String, Decision> byId = new HashMap<>();
        decisions().forEach(d -> byId.put(d.sessionId(), d));
        return Map.copyOf(byId);
    }

    /**
     * Returns the counters of one episode.
     *
     * @param episodeId the episode id
     * @return its entitlements
     */
    public List<Entitlement> entitlementsOf(String episodeId) {
        if (episodeId == null) {
            throw new io.github.inamirules.NullValueException("episodeId");
        }
        return entitlements().stream().filter(e -> e.episodeId().equals(Optional.of(episodeId)))
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns how many reimbursed sessions lack an amount (fee, insurance or patient share) that no
     * source gives: the totals below leave them out, and say so only through this count.
     *
     * @return the number of unpriced reimbursed sessions
     */
    public long countUnpriced() {
        return decisions().stream().filter(d -> d.isReimbursed() && !d.isPriced()).count();
    }

    /**
     * Returns the total the insurance pays over the reimbursed sessions that are priced
     * (see {@link #countUnpriced()}).
     *
     * @return the sum of insurance amounts
     */
    public Money totalInsurance() {
        return sum(Decision::insurance);
    }

    /**
     * Returns the total of patient shares over the priced reimbursed sessions (see {@link #countUnpriced()}).
     *
     * @return the sum of patient shares
     */
    public Money totalPatientShare() {
        return sum(Decision::patientShare);
    }

    /**
     * Returns the total of supplements over the priced reimbursed sessions (see {@link #countUnpriced()}).
     *
     * @return the sum of supplements
     */
    public Money totalSupplement() {
        return sum(d -> Optional.of(d.supplement()));
    }

    /**
     * Returns the total of official fees over the priced reimbursed sessions (see {@link #countUnpriced()}).
     *
     * @return the sum of fees, equal to insurance plus patient shares
     */
    public Money totalFee() {
        return sum(Decision::fee);
    }

    /**
     * Returns how many sessions have an outcome.
     *
     * @param outcome the outcome
     * @return the count
     */
    public long count(Outcome outcome) {
        if (outcome == null) {
            throw new io.github.inamirules.NullValueException("outcome");
        }
        return decisions().stream().filter(d -> d.outcome() == outcome).count();
    }

    private Money sum(Function<Decision, Optional<Money>> amount) {
        return decisions().stream().filter(d -> d.isReimbursed() && d.isPriced()).map(amount)
                .map(Optional::orElseThrow).reduce(Money.ZERO, Money::plus);
    }
}
