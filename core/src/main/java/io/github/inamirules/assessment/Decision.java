package io.github.inamirules.assessment;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.model.InamiStyle;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Profession;
import io.github.inamirules.rates.Provenance;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The decision for one session: whether it is reimbursed, under which code, for how much, and why.
 *
 * <h2>Amounts</h2>
 * <ul>
 *   <li>{@link #fee()}: the official fee of the code (honoraire / honorarium) on the date, or the
 *       lower fee the practitioner charged: the insurance never pays more than was charged.</li>
 *   <li>{@link #insurance()}: what the compulsory insurance pays.</li>
 *   <li>{@link #patientShare()}: the patient's part of that fee (ticket modérateur /
 *       remgeld), so that {@code fee = insurance + patientShare}.</li>
 *   <li>{@link #supplement()}: what a non-conventioned practitioner charges above the official fee;
 *       the insurance pays none of it. The patient pays {@link #patientTotal()} =
 *       {@code patientShare + supplement}.</li>
 * </ul>
 <h2>Two questions: coverage, then amounts</h2>
 * {@link #outcome()} answers "is the session covered?". A {@link Outcome#REIMBURSED} decision is
 * covered; when every amount is known ({@link #isPriced()}) {@code fee = insurance + patientShare},
 * and when a source gives no fee or insurance, the decision stays reimbursed with what is known (band,
 * code, patient share) and lists each unknown in {@link #missing()} with impact
 * {@link Missing.Impact#AMOUNT}. A {@link Outcome#REFUSED} decision has an insurance amount of zero, a
 * {@link #refusalCode()} and, where an entitlement was used up, the session that used it up
 * ({@link #usedUpBy()}); its fee is whatever the parties agreed, so it is not given. An
 * {@link Outcome#INSUFFICIENT_DATA} decision is one whose coverage itself cannot be decided (an unknown
 * cap, a missing birth date for an age rule): it lists at least one {@link Missing.Impact#COVERAGE}
 * item and gives whatever could still be determined.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@InamiStyle
public abstract class Decision {
    Decision() {
    }

    /**
     * Returns a new builder (for rule sets).
     *
     * @return a builder
     */
    public static ImmutableDecision.Builder builder() {
        return ImmutableDecision.builder();
    }

    /**
     * Returns the id of the session decided.
     *
     * @return the session id
     */
    public abstract String sessionId();

    /**
     * Returns the date of service.
     *
     * @return the date
     */
    public abstract LocalDate date();

    /**
     * Returns the profession whose rule set decided.
     *
     * @return the profession
     */
    public abstract Profession profession();

    /**
     * Returns the id of the episode of care the session belongs to.
     *
     * @return the episode id
     */
    public abstract String episodeId();

    /**
     * Returns the outcome.
     *
     * @return the outcome
     */
    public abstract Outcome outcome();

    /**
     * Returns the band the session fell in, with its rank, if one was determined.
     *
     * @return the band
     */
    public abstract Optional<Band> band();

    /**
     * Returns the nomenclature code the session is attested under, if determined.
     *
     * @return the code, e.g. {@code "567011"}
     */
    public abstract Optional<String> nomenclatureCode();

    /**
     * Returns the fee the session is attested at, if known: the official fee of the code on the date,
     * or the lower fee the practitioner asked.
     *
     * @return the fee
     */
    public abstract Optional<Money> fee();

    /**
     * Returns the insurance amount, if known; zero for a refused session.
     *
     * @return the insurance amount
     */
    public abstract Optional<Money> insurance();

    /**
     * Returns the patient's share of the official fee, if known.
     *
     * @return the patient share (ticket modérateur / remgeld)
     */
    public abstract Optional<Money> patientShare();

    /**
     * Returns the supplement the practitioner may charge above the official fee; zero by default.
     *
     * @return the supplement, never negative
     */
    @Value.Default
    public Money supplement() {
        return Money.ZERO;
    }

    /**
     * Returns what the patient pays in all, if the patient share is known.
     *
     * @return patient share plus supplement
     */
    public Optional<Money> patientTotal() {
        return patientShare().map(s -> s.plus(supplement()));
    }

    /**
     * Returns the reasons: every rule that fired, refusals, warnings and missing data included.
     *
     * @return the reasons, in the order the rules fired
     */
    public abstract List<Reason> reasons();

    /**
     * Returns the eTarif refusal code of a refused session.
     *
     * @return the refusal code
     */
    public abstract Optional<RefusalCode> refusalCode();

    /**
     * Returns the id of the earlier session that used up the entitlement, for a session refused
     * because a maximum was reached or a day already had its session.
     *
     * @return the session id
     */
    public abstract Optional<String> usedUpBy();

    /**
     * Returns what was missing to decide or price the session.
     *
     * @return the missing inputs or rates
     */
    public abstract List<Missing> missing();

    /**
     * Tells whether fee, insurance and patient share are all known.
     *
     * @return true for a refused session and for a reimbursed one with every amount
     */
    public boolean isPriced() {
        return outcome() == Outcome.REFUSED
                || fee().isPresent() && insurance().isPresent() && patientShare().isPresent();
    }

    /**
     * Returns where the tariff used comes from, if one was used.
     *
     * @return the tariff's provenance
     */
    public abstract Optional<Provenance> tariffProvenance();

    /**
     * Tells whether the session is reimbursed.
     *
     * @return true if the outcome is {@link Outcome#REIMBURSED}
     */
    public boolean isReimbursed() {
        return outcome() == Outcome.REIMBURSED;
    }

    /**
     * Tells whether one of the reasons has a code.
     *
     * @param code a reason code
     * @return true if a reason has it
     */
    public boolean hasReason(String code) {
        return reasons().stream().anyMatch(r -> r.code().equals(code));
    }

    @Value.Check
    void check() {
        // the field names are built only on failure: this runs for every decision
        if (supplement().isNegative()) {
            throw InvalidInputException.of(where() + ".supplement", supplement(), "must not be negative");
        }
        switch (outcome()) {
            case REIMBURSED:
                if (!isPriced()) {
                    if (!hasMissing(Missing.Impact.AMOUNT)) {
                        throw InvalidInputException.of(where() + ".missing", "empty",
                                "an unpriced reimbursed session must say which amount is missing");
                    }
                } else if (!fee().get().equals(insurance().get().plus(patientShare().get()))) {
                    throw InvalidInputException.of(where() + ".fee", fee().get(),
                            "is not insurance " + insurance().get() + " + patient share " + patientShare().get());
                }
                if (hasMissing(Missing.Impact.COVERAGE)) {
                    throw InvalidInputException.of(where() + ".outcome", outcome(),
                            "a session whose coverage is unknown is INSUFFICIENT_DATA");
                }
                break;
            case REFUSED:
                if (refusalCode().isEmpty()) {
                    throw InvalidInputException.of(where() + ".refusalCode", "empty", "a refusal needs a code");
                }
                break;
            case INSUFFICIENT_DATA:
                if (!hasMissing(Missing.Impact.COVERAGE)) {
                    throw InvalidInputException.of(where() + ".missing", "no coverage item",
                            "say what leaves the coverage undecided");
                }
                break;
            default:
                throw new IllegalStateException(outcome().name());
        }
    }

    private String where() {
        return "decision[" + sessionId() + "]";
    }

    private boolean hasMissing(Missing.Impact impact) {
        for (Missing m : missing()) {
            if (m.impact() == impact) {
                return true;
            }
        }
        return false;
    }
}
