package io.github.inamirules.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A care provider: a physiotherapist, occupational therapist or clinical psychologist.
 *
 * <p>The convention status (conventionné / geconventioneerd) is given as the periods during which
 * the practitioner adheres to the convention of their profession, each half-open
 * {@code [start, end)}. Outside these periods the practitioner is non-conventioned. Whether a
 * convention exists at all on a date is a rate parameter, not a property of the practitioner.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@InamiStyle
public abstract class Practitioner {
    Practitioner() {
    }

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static ImmutablePractitioner.Builder builder() {
        return ImmutablePractitioner.builder();
    }

    /**
     * Returns the caller's reference of the practitioner, used by sessions.
     *
     * @return the id, not blank
     */
    public abstract String id();

    /**
     * Returns the practitioner's profession, which selects the rule set of their sessions.
     *
     * @return the profession
     */
    public abstract Profession profession();

    /**
     * Returns the INAMI / RIZIV number, if given; informational.
     *
     * @return the number
     */
    public abstract Optional<String> inamiNumber();

    /**
     * Returns the periods during which the practitioner adheres to the convention.
     *
     * @return the periods, possibly empty (never conventioned)
     */
    public abstract List<DateRange> conventionPeriods();

    /**
     * Tells whether the practitioner adheres to the convention on a day.
     *
     * @param date the day of service
     * @return true if a convention period contains the day
     */
    public boolean isConventionedOn(LocalDate date) {
        return DateRange.anyContains(conventionPeriods(), date);
    }

    /**
     * Returns the profession's facts about the practitioner (a psychologist's network agreements, for
     * instance); empty by default.
     *
     * @return the facts, all of {@link FactTarget#PRACTITIONER} and of the practitioner's profession
     */
    @Value.Default
    public Facts facts() {
        return Facts.empty();
    }

    @Value.Check
    void check() {
        Checks.id("practitioner", id());
        Checks.disjoint("practitioner[" + id() + "].conventionPeriods", conventionPeriods());
        facts().checkFor(FactTarget.PRACTITIONER, profession(), () -> "practitioner[" + id() + "]");
    }
}
