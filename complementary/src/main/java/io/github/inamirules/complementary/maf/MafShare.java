package io.github.inamirules.complementary.maf;

import io.github.inamirules.model.Money;
import io.github.inamirules.model.Profession;
import java.util.Objects;

/**
 * The patient shares of one profession in one calendar year, as the MAF sees them: the legal patient
 * shares that count, those that do not, those no source classifies, and the supplements (never
 * counted, shown so a reader sees what was left out). Only reimbursed sessions have a legal patient
 * share; a reimbursed session whose share is not known, or a session whose coverage is undecided, is
 * counted in {@link #countUnknownShares()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class MafShare {
    private final Profession profession;
    private final Money counted;
    private final Money notCounted;
    private final Money unclassified;
    private final Money supplements;
    private final int sessions;
    private final int unknownShares;
    private final boolean anyUnclassified;

    MafShare(Profession profession, Money counted, Money notCounted, Money unclassified, Money supplements,
            int sessions, int unknownShares, boolean anyUnclassified) {
        this.profession = Objects.requireNonNull(profession, "profession");
        this.counted = counted;
        this.notCounted = notCounted;
        this.unclassified = unclassified;
        this.supplements = supplements;
        this.sessions = sessions;
        this.unknownShares = unknownShares;
        this.anyUnclassified = anyUnclassified;
    }

    static MafShare empty(Profession p) {
        return new MafShare(p, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, 0, 0, false);
    }

    MafShare plus(Money share, Money supplement, Boolean counts, boolean shareKnown) {
        return new MafShare(profession, Boolean.TRUE.equals(counts) ? counted.plus(share) : counted,
                Boolean.FALSE.equals(counts) ? notCounted.plus(share) : notCounted,
                counts == null ? unclassified.plus(share) : unclassified, supplements.plus(supplement), sessions + 1,
                unknownShares + (shareKnown ? 0 : 1), anyUnclassified || counts == null);
    }

    /**
     * Returns the profession.
     *
     * @return the profession
     */
    public Profession profession() {
        return profession;
    }

    /**
     * Returns whether the profession's shares of the year count.
     *
     * @return {@link MafStatus#UNKNOWN} if any session's shares no source classifies
     */
    public MafStatus status() {
        if (anyUnclassified) {
            return MafStatus.UNKNOWN;
        }
        return counted.isZero() && !notCounted.isZero() ? MafStatus.DOES_NOT_COUNT : MafStatus.COUNTS;
    }

    /**
     * Returns the legal patient shares that count towards the MAF.
     *
     * @return the sum
     */
    public Money counted() {
        return counted;
    }

    /**
     * Returns the legal patient shares a source says do not count.
     *
     * @return the sum
     */
    public Money notCounted() {
        return notCounted;
    }

    /**
     * Returns the legal patient shares no source classifies.
     *
     * @return the sum, counted neither in nor out
     */
    public Money unclassified() {
        return unclassified;
    }

    /**
     * Returns the supplements of the year, which never count.
     *
     * @return the sum
     */
    public Money supplements() {
        return supplements;
    }

    /**
     * Returns how many sessions of the year were looked at.
     *
     * @return reimbursed and undecided sessions
     */
    public int sessions() {
        return sessions;
    }

    /**
     * Returns how many sessions have a legal share that is not known (unpriced, or undecided).
     *
     * @return the count; when above zero, the sums are lower bounds
     */
    public int countUnknownShares() {
        return unknownShares;
    }

    @Override
    public String toString() {
        return profession.id() + " " + status() + ": counted " + counted + ", unclassified " + unclassified
                + ", supplements excluded " + supplements + (unknownShares == 0 ? "" : ", " + unknownShares + " unknown");
    }
}
