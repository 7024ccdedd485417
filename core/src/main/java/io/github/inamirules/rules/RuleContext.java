package io.github.inamirules.rules;

import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.Profession;
import io.github.inamirules.model.Session;
import io.github.inamirules.rates.RateCatalog;
import io.github.inamirules.rates.Rates;
import java.time.LocalDate;
import java.util.List;

/**
 * What a rule set is given to decide: the whole care history, the sessions of its profession in
 * chronological order ({@link io.github.inamirules.model.SessionOrder#CHRONOLOGICAL}: date, time of
 * day, id in natural order, so the result never depends on input order), and the rates in force on
 * any covered day.
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleContext {
    private final CareHistory history;
    private final Profession profession;
    private final List<Session> sessions;
    private final RateCatalog catalog;

    /**
     * Creates a context (for the engine, and for tests of a rule set).
     *
     * @param history the care history
     * @param profession the profession decided
     * @param sessions its sessions, in chronological order
     * @param catalog the rates
     */
    public RuleContext(CareHistory history, Profession profession, List<Session> sessions, RateCatalog catalog) {
        this.history = history;
        this.profession = profession;
        this.sessions = List.copyOf(sessions);
        this.catalog = catalog;
    }

    /**
     * Returns the whole care history.
     *
     * @return the history
     */
    public CareHistory history() {
        return history;
    }

    /**
     * Returns the profession decided.
     *
     * @return the profession
     */
    public Profession profession() {
        return profession;
    }

    /**
     * Returns the sessions to decide, in chronological order.
     *
     * @return the sessions
     */
    public List<Session> sessions() {
        return sessions;
    }

    /**
     * Returns the rates in force for the profession on a day. Every session's day is covered: the
     * engine checked that before calling the rule set.
     *
     * @param date the day
     * @return the rates
     */
    public Rates ratesAt(LocalDate date) {
        return catalog.ratesAt(profession, date);
    }
}
