package io.github.inamirules.model;

import io.github.inamirules.InvalidInputException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One session (séance / zitting) given by a practitioner to the patient, for one episode of care.
 *
 * <p>The date of service decides which rules and rates apply. Sessions of one day are ordered by their
 * optional time of day, then by id in natural order ({@link SessionOrder}). The duration and the
 * profession's {@link #facts()} (where it took place, video, group…) select the nomenclature code.
 * The fee asked matters when the practitioner is not conventioned on that day (the part above the
 * official fee is a supplement the insurance does not pay) and when it is below the official fee.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@InamiStyle
public abstract class Session {
    /** The longest session taken as input, in minutes: ten hours. */
    public static final int MAX_MINUTES = 600;

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
     * Returns the time of day the session started, if given; it orders the sessions of one day.
     *
     * @return the time of day
     */
    public abstract Optional<LocalTime> time();

    /**
     * Returns the id of the practitioner who gave the session.
     *
     * @return the practitioner id
     */
    public abstract String practitionerId();

    /**
     * Returns the id of the episode of care the session belongs to.
     *
     * @return the episode id
     */
    public abstract String episodeId();

    /**
     * Returns the id of the prescription the session is given under, if any.
     *
     * @return the prescription id
     */
    public abstract Optional<String> prescriptionId();

    /**
     * Returns the duration of the practitioner's personal contribution in minutes, if given. A rule set
     * says what an absent duration means (physiotherapy: 30 minutes).
     *
     * @return the duration, from 1 to {@value #MAX_MINUTES}
     */
    public abstract Optional<Integer> minutes();

    /**
     * Returns the fee the practitioner asked, if given.
     *
     * @return the fee asked, not negative
     */
    public abstract Optional<Money> feeAsked();

    /**
     * Returns the profession's facts about the session; empty by default.
     *
     * @return the facts, all of {@link FactTarget#SESSION}; the care history checks that they belong to
     *     the practitioner's profession
     */
    @Value.Default
    public Facts facts() {
        return Facts.empty();
    }

    @Value.Check
    void check() {
        Checks.id("session", id());
        if (!Dates.SUPPORTED.contains(date())) {
            Dates.check("session[" + id() + "].date", date());
        }
        minutes().filter(m -> m <= 0 || m > MAX_MINUTES).ifPresent(m -> {
            throw InvalidInputException.of("session[" + id() + "].minutes", m, "must be from 1 to " + MAX_MINUTES);
        });
        facts().checkFor(FactTarget.SESSION, null, () -> "session[" + id() + "]");
        feeAsked().filter(Money::isNegative).ifPresent(f -> {
            throw InvalidInputException.of("session[" + id() + "].feeAsked", f, "must not be negative");
        });
    }
}
