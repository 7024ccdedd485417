package io.github.inamirules.complementary;

import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Profession;
import java.util.Objects;

/**
 * What a benefit module vouches for: every benefit of one mutuality for one profession over a period.
 * Inside it, a session no benefit row matches gets no benefit (0.00, with the reason); outside every
 * module's coverage the benefit is unknown, never a silent zero.
 *
 * <p>Immutable and thread-safe.
 */
public final class BenefitCoverage {
    private final String mutuality;
    private final Profession profession;
    private final DateRange period;
    private final String location;

    BenefitCoverage(String mutuality, Profession profession, DateRange period, String location) {
        this.mutuality = Objects.requireNonNull(mutuality, "mutuality");
        this.profession = Objects.requireNonNull(profession, "profession");
        this.period = Objects.requireNonNull(period, "period");
        this.location = Objects.requireNonNull(location, "location");
    }

    /**
     * Returns the mutuality covered.
     *
     * @return its id
     */
    public String mutuality() {
        return mutuality;
    }

    /**
     * Returns the profession covered.
     *
     * @return the profession
     */
    public Profession profession() {
        return profession;
    }

    /**
     * Returns the period covered.
     *
     * @return {@code [from, to)}
     */
    public DateRange period() {
        return period;
    }

    /**
     * Returns where the row is, {@code module:file:line}.
     *
     * @return the location
     */
    public String location() {
        return location;
    }

    boolean covers(String aMutuality, Profession aProfession, java.time.LocalDate date) {
        return mutuality.equals(aMutuality) && profession.equals(aProfession) && period.contains(date);
    }

    @Override
    public String toString() {
        return mutuality + " " + profession.id() + " " + period;
    }
}
