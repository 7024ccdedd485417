package io.github.inamirules.model;

import io.github.inamirules.InvalidInputException;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A médecin-conseil (adviserend arts) notification or accord for one episode of care, valid over a
 * half-open period {@code [start, end)}. What it allows is its {@link #kind()}, from the episode's
 * profession's vocabulary.
 *
 * <p>A notification usually starts on the day it was received and is
 * {@link DateRange#startingFrom(LocalDate) unbounded}: the legal window is computed by the rule set
 * from the first session. An accord's period is the one written on it.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@InamiStyle
public abstract class Approval {
    Approval() {
    }

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static ImmutableApproval.Builder builder() {
        return ImmutableApproval.builder();
    }

    /**
     * Returns the caller's reference of the approval.
     *
     * @return the id, not blank
     */
    public abstract String id();

    /**
     * Returns the id of the episode the approval is for.
     *
     * @return the episode id
     */
    public abstract String episodeId();

    /**
     * Returns what the approval allows.
     *
     * @return the kind
     */
    public abstract ApprovalKind kind();

    /**
     * Returns the period during which the approval holds, half-open.
     *
     * @return the period
     */
    public abstract DateRange period();

    /**
     * Tells whether the approval holds on a day.
     *
     * @param date the day of service
     * @return true if the period contains the day
     */
    public boolean holdsOn(LocalDate date) {
        return period().contains(date);
    }

    @Value.Check
    void check() {
        Checks.id("approval", id());
        if (period().isEmpty()) {
            throw InvalidInputException.of("approval[" + id() + "].period", period(), "is empty");
        }
    }
}
