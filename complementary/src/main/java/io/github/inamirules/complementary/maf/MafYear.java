package io.github.inamirules.complementary.maf;

import io.github.inamirules.model.Money;
import io.github.inamirules.model.Profession;
import java.util.List;
import java.util.Optional;

/**
 * A household's patient shares of one calendar year as the MAF sees them: per profession, what counts,
 * what no source classifies, and the supplements left out. The total counts only legal patient shares
 * of professions a source classifies as counting; it names the professions it could not classify.
 *
 * <p>Immutable and thread-safe.
 */
public final class MafYear {
    private final int year;
    private final List<MafShare> shares;

    MafYear(int year, List<MafShare> shares) {
        this.year = year;
        this.shares = List.copyOf(shares);
    }

    /**
     * Returns the calendar year.
     *
     * @return the year
     */
    public int year() {
        return year;
    }

    /**
     * Returns the shares per profession, in order of profession id.
     *
     * @return one entry per profession with a session in the year
     */
    public List<MafShare> shares() {
        return shares;
    }

    /**
     * Returns the shares of one profession.
     *
     * @param profession the profession
     * @return its shares, if it has a session in the year
     */
    public Optional<MafShare> share(Profession profession) {
        return shares.stream().filter(s -> s.profession().equals(profession)).findFirst();
    }

    /**
     * Returns the legal patient shares that count towards the MAF (supplements never do).
     *
     * @return the sum over professions
     */
    public Money counted() {
        return shares.stream().map(MafShare::counted).reduce(Money.ZERO, Money::plus);
    }

    /**
     * Returns the supplements of the year, all left out of the MAF.
     *
     * @return the sum
     */
    public Money supplementsExcluded() {
        return shares.stream().map(MafShare::supplements).reduce(Money.ZERO, Money::plus);
    }

    /**
     * Returns the professions whose shares the total could not classify: no source says whether they count.
     *
     * @return the professions with status {@link MafStatus#UNKNOWN}
     */
    public List<Profession> unclassified() {
        return shares.stream().filter(s -> s.status() == MafStatus.UNKNOWN).map(MafShare::profession).toList();
    }

    /**
     * Tells whether the total is exact: every profession classified and every legal share known.
     *
     * @return true if {@link #counted()} is the exact MAF total of these sessions
     */
    public boolean isComplete() {
        return unclassified().isEmpty() && shares.stream().allMatch(s -> s.countUnknownShares() == 0);
    }

    @Override
    public String toString() {
        return year + ": counted " + counted() + (unclassified().isEmpty() ? "" : ", unclassified " + unclassified());
    }
}
