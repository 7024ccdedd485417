package io.github.inamirules.complementary;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.model.DateRange;
import java.util.Objects;

/**
 * A period during which the patient is a member of one mutuality (mutualité / ziekenfonds), whose
 * complementary benefits then apply. A member belongs to one mutuality at a time.
 *
 * <p>Immutable and thread-safe.
 */
public final class Membership {
    private final String mutuality;
    private final DateRange period;

    private Membership(String mutuality, DateRange period) {
        this.mutuality = mutuality;
        this.period = period;
    }

    /**
     * Obtains a membership.
     *
     * @param mutuality the mutuality's id, as in the benefit data ({@code helan})
     * @param period the half-open period of the membership
     * @return the membership
     * @throws InvalidInputException if the id is blank or the period empty
     */
    public static Membership of(String mutuality, DateRange period) {
        if (mutuality == null || mutuality.isBlank()) {
            throw InvalidInputException.of("membership.mutuality", mutuality, "a mutuality id is required");
        }
        Objects.requireNonNull(period, "period");
        if (period.isEmpty()) {
            throw InvalidInputException.of("membership.period", period, "a period of at least one day");
        }
        return new Membership(mutuality, period);
    }

    /**
     * Returns the mutuality's id.
     *
     * @return the id
     */
    public String mutuality() {
        return mutuality;
    }

    /**
     * Returns the period of the membership.
     *
     * @return {@code [from, to)}
     */
    public DateRange period() {
        return period;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Membership && mutuality.equals(((Membership) obj).mutuality)
                && period.equals(((Membership) obj).period);
    }

    @Override
    public int hashCode() {
        return mutuality.hashCode() * 31 + period.hashCode();
    }

    @Override
    public String toString() {
        return mutuality + " " + period;
    }
}
