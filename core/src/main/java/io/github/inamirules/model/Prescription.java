package io.github.inamirules.model;

import io.github.inamirules.InvalidInputException;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A physician's prescription (prescription / voorschrift) for one episode of care; also the referral
 * a psychology pilot session needs.
 *
 * <p>The treatment must start within a window after the prescription's date, or after a later start
 * date written by the prescriber (P-03). The number of sessions is informational: its absence does
 * not invalidate the prescription; the nomenclature's own limits cap the count (C-11).
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@InamiStyle
public abstract class Prescription {
    /** The largest number of sessions a prescription may name. */
    public static final int MAX_SESSIONS = 10_000;

    Prescription() {
    }

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static ImmutablePrescription.Builder builder() {
        return ImmutablePrescription.builder();
    }

    /**
     * Returns the caller's reference of the prescription.
     *
     * @return the id, not blank
     */
    public abstract String id();

    /**
     * Returns the date the prescription was written.
     *
     * @return the date
     */
    public abstract LocalDate date();

    /**
     * Returns the prescriber's reference (e.g. INAMI number), if given; informational.
     *
     * @return the prescriber
     */
    public abstract Optional<String> prescriber();

    /**
     * Returns the id of the episode the prescription is for.
     *
     * @return the episode id
     */
    public abstract String episodeId();

    /**
     * Returns the start date written by the prescriber, if later than the prescription date.
     *
     * @return the start date
     */
    public abstract Optional<LocalDate> startDate();

    /**
     * Returns the number of sessions prescribed, if written.
     *
     * @return the number of sessions, positive
     */
    public abstract Optional<Integer> numberOfSessions();

    /**
     * Returns the day from which the start window counts: the start date if written, else the date.
     *
     * @return the reference day of the start window
     */
    public LocalDate windowStart() {
        return startDate().orElse(date());
    }

    /**
     * Returns the profession's facts about the prescription (the prescriber's role, for instance);
     * empty by default.
     *
     * @return the facts, all of {@link FactTarget#PRESCRIPTION}; the care history checks that they
     *     belong to the episode's profession
     */
    @Value.Default
    public Facts facts() {
        return Facts.empty();
    }

    @Value.Check
    void check() {
        Checks.id("prescription", id());
        Dates.check("prescription[" + id() + "].date", date());
        startDate().ifPresent(d -> Dates.check("prescription[" + id() + "].startDate", d));
        facts().checkFor(FactTarget.PRESCRIPTION, null, () -> "prescription[" + id() + "]");
        startDate().filter(s -> s.isBefore(date())).ifPresent(s -> {
            throw InvalidInputException.of("prescription[" + id() + "].startDate", s,
                    "is before the prescription date " + date());
        });
        numberOfSessions().filter(n -> n <= 0 || n > MAX_SESSIONS).ifPresent(n -> {
            throw InvalidInputException.of("prescription[" + id() + "].numberOfSessions", n,
                    "must be from 1 to " + MAX_SESSIONS);
        });
    }
}
