package io.github.inamirules.complementary;

import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Profession;
import io.github.inamirules.rates.Provenance;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One row of a mutuality's complementary benefit (avantage de l'assurance complémentaire / voordeel
 * van de aanvullende verzekering): which mutuality pays it, for which profession, over which half-open
 * period, on which conditions (compulsory insurance, age band, preferential status, convention of the
 * practitioner), how much per session, within which caps, and where the figure comes from.
 *
 * <p>Several rows may share one benefit id: the variants of one benefit (ordinary and preferential
 * members) or its successive periods. Caps count per mutuality and benefit id, across its rows.
 * Rows are read from data files ({@link BenefitModule}); a benefit no source states in full is never
 * written. Two rows are equal when every field and the provenance (its location included) are.
 * Immutable and thread-safe.
 */
public final class Benefit {
    private final String id;
    private final String mutuality;
    private final Profession profession;
    private final String label;
    private final DateRange period;
    private final InsuranceCondition insurance;
    private final @Nullable Integer ageMin;
    private final @Nullable Integer ageMax;
    private final @Nullable Boolean preferential;
    private final @Nullable Boolean conventioned;
    private final BenefitAmount amount;
    private final List<BenefitCap> caps;
    private final boolean atMostPaid;
    private final Provenance provenance;

    Benefit(String id, String mutuality, Profession profession, String label, DateRange period,
            InsuranceCondition insurance, @Nullable Integer ageMin, @Nullable Integer ageMax,
            @Nullable Boolean preferential, @Nullable Boolean conventioned, BenefitAmount amount,
            List<BenefitCap> caps, boolean atMostPaid, Provenance provenance) {
        this.id = Objects.requireNonNull(id, "id");
        this.mutuality = Objects.requireNonNull(mutuality, "mutuality");
        this.profession = Objects.requireNonNull(profession, "profession");
        this.label = Objects.requireNonNull(label, "label");
        this.period = Objects.requireNonNull(period, "period");
        this.insurance = Objects.requireNonNull(insurance, "insurance");
        this.ageMin = ageMin;
        this.ageMax = ageMax;
        this.preferential = preferential;
        this.conventioned = conventioned;
        this.amount = Objects.requireNonNull(amount, "amount");
        this.caps = List.copyOf(caps);
        this.atMostPaid = atMostPaid;
        this.provenance = Objects.requireNonNull(provenance, "provenance");
    }

    /**
     * Returns the benefit's id, shared by its rows, e.g. {@code helan-psychology}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the id of the mutuality that pays it, e.g. {@code helan}.
     *
     * @return the mutuality's id
     */
    public String mutuality() {
        return mutuality;
    }

    /**
     * Returns the profession whose sessions it concerns.
     *
     * @return the profession
     */
    public Profession profession() {
        return profession;
    }

    /**
     * Returns the benefit's name, for people.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * Returns the half-open period of this row.
     *
     * @return {@code [from, to)}
     */
    public DateRange period() {
        return period;
    }

    /**
     * Returns how the benefit stands to compulsory insurance.
     *
     * @return the condition
     */
    public InsuranceCondition insurance() {
        return insurance;
    }

    /**
     * Returns the lowest age, in whole years on the session's day, the benefit is paid at.
     *
     * @return the age, if the benefit has a lower bound
     */
    public Optional<Integer> ageMin() {
        return Optional.ofNullable(ageMin);
    }

    /**
     * Returns the highest age, in whole years on the session's day, the benefit is paid at (inclusive).
     *
     * @return the age, if the benefit has an upper bound
     */
    public Optional<Integer> ageMax() {
        return Optional.ofNullable(ageMax);
    }

    /**
     * Returns the preferential status (intervention majorée / verhoogde tegemoetkoming) the member
     * must have on the session's day.
     *
     * @return true for preferential members only, false for the others only, empty for both
     */
    public Optional<Boolean> preferential() {
        return Optional.ofNullable(preferential);
    }

    /**
     * Returns the convention status the practitioner must have on the session's day.
     *
     * @return true for conventioned practitioners only, false for the others only, empty for both
     */
    public Optional<Boolean> conventioned() {
        return Optional.ofNullable(conventioned);
    }

    /**
     * Returns what the benefit pays for one session.
     *
     * @return the amount
     */
    public BenefitAmount amount() {
        return amount;
    }

    /**
     * Returns the caps: sessions or amounts per day, per calendar year, per lifetime.
     *
     * @return the caps, possibly none
     */
    public List<BenefitCap> caps() {
        return caps;
    }

    /**
     * Tells whether the benefit never exceeds what the patient paid for the session.
     *
     * @return true if it is limited to what the patient paid
     */
    public boolean atMostPaid() {
        return atMostPaid;
    }

    /**
     * Returns where the row comes from: sources, status, note and place in its module.
     *
     * @return the provenance
     */
    public Provenance provenance() {
        return provenance;
    }

    /**
     * Tells whether this row and another could both apply to one session: same mutuality and
     * profession, overlapping periods, and conditions that can hold together.
     */
    boolean overlaps(Benefit other) {
        return mutuality.equals(other.mutuality) && profession.equals(other.profession) && period.overlaps(other.period)
                && (insurance == InsuranceCondition.ANY || other.insurance == InsuranceCondition.ANY
                        || insurance == other.insurance)
                && bothPossible(preferential, other.preferential) && bothPossible(conventioned, other.conventioned)
                && (ageMax == null || other.ageMin == null || other.ageMin <= ageMax)
                && (other.ageMax == null || ageMin == null || ageMin <= other.ageMax);
    }

    private static boolean bothPossible(@Nullable Boolean a, @Nullable Boolean b) {
        return a == null || b == null || a.equals(b);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Benefit)) {
            return false;
        }
        Benefit o = (Benefit) obj;
        return id.equals(o.id) && mutuality.equals(o.mutuality) && profession.equals(o.profession)
                && label.equals(o.label) && period.equals(o.period) && insurance == o.insurance
                && Objects.equals(ageMin, o.ageMin) && Objects.equals(ageMax, o.ageMax)
                && Objects.equals(preferential, o.preferential) && Objects.equals(conventioned, o.conventioned)
                && amount.equals(o.amount) && caps.equals(o.caps) && atMostPaid == o.atMostPaid
                && provenance.equals(o.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, mutuality, profession, period, amount, provenance);
    }

    @Override
    public String toString() {
        return id + " (" + mutuality + ", " + profession.id() + ", " + period + "): " + amount + " " + caps;
    }
}
