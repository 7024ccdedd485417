package io.github.inamirules.model;

import io.github.inamirules.InvalidInputException;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One session (séance / zitting) given by a practitioner to the patient, for one pathology.
 *
 * <p>The date of service decides which rules and rates apply. The place and duration select the
 * nomenclature code. The fee asked matters only when the practitioner is not conventioned on that
 * day: the part above the official fee is a supplement the insurance does not pay.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@InamiStyle
public abstract class Session {
    Session() {
    }

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static ImmutableSession.Builder builder() {
        return ImmutableSession.builder();
    }

    /**
     * Returns the caller's reference of the session; decisions carry it back.
     *
     * @return the id, not blank, unique in the care history
     */
    public abstract String id();

    /**
     * Returns the date of service.
     *
     * @return the date
     */
    public abstract LocalDate date();

    /**
     * Returns the id of the practitioner who gave the session.
     *
     * @return the practitioner id
     */
    public abstract String practitionerId();

    /**
     * Returns the id of the pathology treated.
     *
     * @return the pathology id
     */
    public abstract String pathologyId();

    /**
     * Returns the id of the prescription the session is given under, if any.
     *
     * @return the prescription id
     */
    public abstract Optional<String> prescriptionId();

    /**
     * Returns where the session took place; {@link Place#PRACTICE} by default.
     *
     * @return the place
     */
    @Value.Default
    public Place place() {
        return Place.PRACTICE;
    }

    /**
     * Returns the duration of the practitioner's personal contribution in minutes; 30 by default.
     *
     * @return the duration, positive
     */
    @Value.Default
    public int durationMinutes() {
        return 30;
    }

    /**
     * Returns the fee the practitioner asked, if given. Used for non-conventioned practitioners.
     *
     * @return the fee asked, not negative
     */
    public abstract Optional<Money> feeAsked();

    @Value.Check
    void check() {
        Checks.id("session", id());
        if (durationMinutes() <= 0) {
            throw InvalidInputException.of("session[" + id() + "].durationMinutes", durationMinutes(),
                    "must be positive");
        }
        feeAsked().filter(Money::isNegative).ifPresent(f -> {
            throw InvalidInputException.of("session[" + id() + "].feeAsked", f, "must not be negative");
        });
    }
}
