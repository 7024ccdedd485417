package io.github.inamirules.assessment;

import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.InamiStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A counter of the assessment: how many sessions of a kind were used in a period, out of how many,
 * for one episode of care or across episodes. For instance: episode "knee", a counter of sessions
 * per episode and calendar year, period 2025, used 12 of 18.
 *
 * <p>Counters are as they stand after the last assessed session. Immutable and thread-safe.
 */
@Value.Immutable
@InamiStyle
public abstract class Entitlement {
    Entitlement() {
    }

    /**
     * Returns a new builder (for rule sets).
     *
     * @return a builder
     */
    public static ImmutableEntitlement.Builder builder() {
        return ImmutableEntitlement.builder();
    }

    /**
     * Returns the stable counter id, published by the profession module.
     *
     * @return the counter id
     */
    public abstract String counter();

    /**
     * Returns the episode counted, or empty for a counter across episodes.
     *
     * @return the episode id
     */
    public abstract Optional<String> episodeId();

    /**
     * Returns the period counted, half-open.
     *
     * @return the period
     */
    public abstract DateRange period();

    /**
     * Returns how many sessions were counted.
     *
     * @return the number used, not negative
     */
    public abstract int used();

    /**
     * Returns the maximum, if the counter has one.
     *
     * @return the limit
     */
    public abstract Optional<Integer> limit();

    /**
     * Returns how many remain before the limit, if there is one (never below zero).
     *
     * @return the number remaining
     */
    public Optional<Integer> remaining() {
        return limit().map(l -> Math.max(0, l - used()));
    }
}
