package io.github.inamirules.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A médecin-conseil (adviserend arts) notification or accord for one pathology, valid over a
 * half-open period {@code [start, end)}.
 *
 * <p>For an Fa or Fb notification the period starts on the day the notification was received and is
 * usually {@link DateRange#startingFrom(LocalDate) unbounded}: the legal window (365 days, or until
 * 31 December of the second year) is computed by the rule set from the first session. For an E
 * accord the period is the one written on the accord (at most 3 years, P-33).
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
     * Returns the id of the pathology the approval is for.
     *
     * @return the pathology id
     */
    public abstract String pathologyId();

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
    }
}
