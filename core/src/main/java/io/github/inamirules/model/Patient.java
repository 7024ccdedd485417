package io.github.inamirules.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The insured person whose care history is assessed.
 *
 * <p>The library needs no name and no national number: {@link #id()} is whatever pseudonymous
 * reference the caller uses. The birth date (needed only by rules that depend on age) is redacted
 * from {@link #toString()} and never logged.
 *
 * <p>Preferential status (bénéficiaire de l'intervention majorée, BIM / verhoogde tegemoetkoming,
 * VT) can change over time; it is given as the periods during which it holds, each half-open
 * {@code [start, end)}.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@InamiStyle
public abstract class Patient {
    Patient() {
    }

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static ImmutablePatient.Builder builder() {
        return ImmutablePatient.builder();
    }

    /**
     * Returns the caller's pseudonymous reference of the patient.
     *
     * @return the id, not blank
     */
    public abstract String id();

    /**
     * Returns the birth date, if known. Redacted from {@code toString()}.
     *
     * @return the birth date
     */
    @Value.Redacted
    public abstract Optional<LocalDate> birthDate();

    /**
     * Returns the periods during which the patient has the preferential status (BIM).
     *
     * @return the periods, possibly empty (never preferential)
     */
    public abstract List<DateRange> preferentialPeriods();

    /**
     * Tells whether the patient has the preferential status on a day.
     *
     * @param date the day of service
     * @return true if a preferential period contains the day
     */
    public boolean isPreferentialOn(LocalDate date) {
        return DateRange.anyContains(preferentialPeriods(), date);
    }

    @Value.Check
    void check() {
        Checks.id("patient", id());
        birthDate().ifPresent(b -> {
            if (!Dates.SUPPORTED.contains(b)) {
                // the value is personal data: the field and the problem only
                throw new io.github.inamirules.InvalidInputException("patient.birthDate is outside the dates taken "
                        + "as input, " + Dates.FIRST + " to " + Dates.LAST);
            }
        });
        Checks.disjoint("patient.preferentialPeriods", preferentialPeriods());
    }
}
