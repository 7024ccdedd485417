package io.github.inamirules.complementary;

import io.github.inamirules.assessment.Reason;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Profession;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The complementary benefit of one session: the amount the member's mutuality pays (0.00 when it pays
 * nothing, empty when it cannot be known), the reason (a stable code from {@link BenefitReasons} with
 * its message in French, Dutch or English), the benefit row that applied, and its counters after the
 * session, the one that stopped or reduced the benefit first among them.
 *
 * <p>Immutable and thread-safe.
 */
public final class SessionBenefit {
    private final String sessionId;
    private final LocalDate date;
    private final Profession profession;
    private final @Nullable String mutuality;
    private final @Nullable Benefit benefit;
    private final @Nullable Money amount;
    private final Reason reason;
    private final @Nullable BenefitCounter limitedBy;
    private final List<BenefitCounter> counters;

    SessionBenefit(String sessionId, LocalDate date, Profession profession, @Nullable String mutuality,
            @Nullable Benefit benefit, @Nullable Money amount, Reason reason, @Nullable BenefitCounter limitedBy,
            List<BenefitCounter> counters) {
        this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
        this.date = Objects.requireNonNull(date, "date");
        this.profession = Objects.requireNonNull(profession, "profession");
        this.mutuality = mutuality;
        this.benefit = benefit;
        this.amount = amount;
        this.reason = Objects.requireNonNull(reason, "reason");
        this.limitedBy = limitedBy;
        this.counters = List.copyOf(counters);
    }

    /**
     * Returns the session's id.
     *
     * @return the id
     */
    public String sessionId() {
        return sessionId;
    }

    /**
     * Returns the date of the session.
     *
     * @return the date of service
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns the session's profession.
     *
     * @return the profession
     */
    public Profession profession() {
        return profession;
    }

    /**
     * Returns the mutuality the patient was a member of on the session's day.
     *
     * @return its id; empty if the patient was a member of none
     */
    public Optional<String> mutuality() {
        return Optional.ofNullable(mutuality);
    }

    /**
     * Returns the benefit row that applied, or whose condition or cap refused the session.
     *
     * @return the row, if one was concerned
     */
    public Optional<Benefit> benefit() {
        return Optional.ofNullable(benefit);
    }

    /**
     * Returns what the mutuality pays for the session.
     *
     * @return the amount, 0.00 when nothing; empty when it cannot be known (the reason says why)
     */
    public Optional<Money> amount() {
        return Optional.ofNullable(amount);
    }

    /**
     * Tells whether the amount is unknown.
     *
     * @return true if {@link #amount()} is empty
     */
    public boolean isUnknown() {
        return amount == null;
    }

    /**
     * Returns why the session gets this amount.
     *
     * @return the reason, with its code, values and messages
     */
    public Reason reason() {
        return reason;
    }

    /**
     * Returns the counter that stopped or reduced the benefit.
     *
     * @return the counter, if a cap did
     */
    public Optional<BenefitCounter> limitedBy() {
        return Optional.ofNullable(limitedBy);
    }

    /**
     * Returns the counters of the benefit after the session, in the order of {@link CapKind}.
     *
     * @return the counters; empty when no benefit applied or it has no cap
     */
    public List<BenefitCounter> counters() {
        return counters;
    }

    /**
     * Returns the counter of a kind after the session.
     *
     * @param kind the kind
     * @return the counter, if the benefit has such a cap
     */
    public Optional<BenefitCounter> counter(CapKind kind) {
        return counters.stream().filter(c -> c.kind() == kind).findFirst();
    }

    @Override
    public String toString() {
        return sessionId + " " + date + " " + (amount == null ? "unknown" : amount.toString()) + " " + reason.code();
    }
}
