package io.github.inamirules.complementary;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.model.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The complementary benefits of one care history: one {@link SessionBenefit} per decision of the
 * assessment, in its order, and the totals per calendar year, mutuality and benefit.
 *
 * <p>Immutable and thread-safe.
 */
public final class BenefitStatement {
    private final List<SessionBenefit> sessions;
    private final Map<String, SessionBenefit> byId = new LinkedHashMap<>();
    private final List<BenefitTotal> totals;

    BenefitStatement(List<SessionBenefit> sessions) {
        this.sessions = List.copyOf(sessions);
        Map<String, BenefitTotal> sums = new LinkedHashMap<>();
        for (SessionBenefit s : this.sessions) {
            byId.put(s.sessionId(), s);
            if (s.benefit().isPresent() && (s.isUnknown() || !s.amount().orElseThrow().isZero())) {
                Benefit b = s.benefit().get();
                int year = s.date().getYear();
                sums.merge(year + "|" + b.mutuality() + "|" + b.id(), new BenefitTotal(year, b.mutuality(), b.id(),
                        Money.ZERO, 0, 0).plus(s), (a, ignored) -> a.plus(s));
            }
        }
        List<BenefitTotal> sorted = new ArrayList<>(sums.values());
        sorted.sort(Comparator.comparingInt(BenefitTotal::year).thenComparing(BenefitTotal::mutuality)
                .thenComparing(BenefitTotal::benefitId));
        this.totals = List.copyOf(sorted);
    }

    /**
     * Returns the benefit of every session, in the order of the assessment's decisions.
     *
     * @return the session benefits
     */
    public List<SessionBenefit> sessions() {
        return sessions;
    }

    /**
     * Returns the benefit of one session.
     *
     * @param sessionId the session's id
     * @return its benefit
     * @throws InvalidInputException if no session has that id
     */
    public SessionBenefit session(String sessionId) {
        SessionBenefit s = byId.get(sessionId);
        if (s == null) {
            throw InvalidInputException.of("sessionId", sessionId, "no session of the history has this id");
        }
        return s;
    }

    /**
     * Returns the totals per calendar year, mutuality and benefit, in that order.
     *
     * @return the totals of every benefit that paid a session
     */
    public List<BenefitTotal> totals() {
        return totals;
    }

    /**
     * Returns the sum of the known amounts of a calendar year, over every mutuality and benefit.
     *
     * @param year the calendar year
     * @return the sum; a lower bound when {@link #countUnknown(int)} is above zero
     */
    public Money total(int year) {
        return totals.stream().filter(t -> t.year() == year).map(BenefitTotal::amount).reduce(Money.ZERO, Money::plus);
    }

    /**
     * Returns how many sessions of a calendar year have a benefit not known.
     *
     * @param year the calendar year
     * @return the count, whatever the reason (data not covering the mutuality, price not given…)
     */
    public long countUnknown(int year) {
        return sessions.stream().filter(s -> s.date().getYear() == year && s.isUnknown()).count();
    }

    /**
     * Returns the total of one benefit in a calendar year.
     *
     * @param year the calendar year
     * @param benefitId the benefit's id
     * @return the total, if the benefit paid a session that year
     */
    public Optional<BenefitTotal> total(int year, String benefitId) {
        return totals.stream().filter(t -> t.year() == year && t.benefitId().equals(benefitId)).findFirst();
    }
}
