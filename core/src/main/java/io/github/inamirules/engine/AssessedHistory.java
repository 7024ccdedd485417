package io.github.inamirules.engine;

import io.github.inamirules.NullValueException;
import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.Profession;
import io.github.inamirules.model.Session;
import io.github.inamirules.model.SessionOrder;
import io.github.inamirules.rules.ChronologicalPass;
import io.github.inamirules.rules.DecisionDraft;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A care history with its assessment and the state of its chronological passes, for a billing desk
 * that quotes next sessions while the patient waits: {@link #quote(Session)} of a session that comes
 * after the history's last one of its profession costs one session's work, whatever the length of the
 * history. Made by {@link ReimbursementEngine#assessForQuoting(CareHistory)}.
 *
 * <pre>{@code
 * AssessedHistory desk = engine.assessForQuoting(history);   // one assessment
 * Decision next = desk.quote(tomorrowsSession);                // constant time
 * }</pre>
 *
 * <p>A quote is always the decision {@link ReimbursementEngine#quote(CareHistory, Session)} gives. It is
 * answered from the kept pass when the profession's rule set is a {@link ChronologicalPass}, the session
 * sorts after every session of its profession ({@link SessionOrder#CHRONOLOGICAL}: a later date, or the
 * same date and a later time or id) and a rate module covers its date; otherwise (a session slotted
 * into the past, a rule set that looks ahead, an uncovered date) by a new assessment of the history
 * with the session, as {@code quote} does. A quote never changes this object: the next quote starts
 * from the same history.
 *
 * <p>Thread-safe: quotes from the same kept pass are serialised (a pass is confined to one quote at a
 * time); the history and the assessment are immutable.
 */
public final class AssessedHistory {
    private final ReimbursementEngine engine;
    private final CareHistory history;
    private final Assessment assessment;
    private final Map<Profession, Kept> passes;

    /** A profession's pass after the history's sessions, and the last of them. */
    static final class Kept {
        final ChronologicalPass pass;
        final @Nullable Session last;

        Kept(ChronologicalPass pass, @Nullable Session last) {
            this.pass = pass;
            this.last = last;
        }
    }

    AssessedHistory(ReimbursementEngine engine, CareHistory history, Assessment assessment, Map<Profession, Kept> passes) {
        this.engine = engine;
        this.history = history;
        this.assessment = assessment;
        this.passes = Map.copyOf(passes);
    }

    /**
     * Returns the care history.
     *
     * @return the history
     */
    public CareHistory history() {
        return history;
    }

    /**
     * Returns the assessment of the history, as {@link ReimbursementEngine#assess(CareHistory)} gives it.
     *
     * @return the assessment
     */
    public Assessment assessment() {
        return assessment;
    }

    /**
     * Answers "what would this next session give?", as {@link ReimbursementEngine#quote(CareHistory, Session)}
     * does, in constant time for a session after the last one of its profession.
     *
     * @param next the session to quote, with an id not used in the history
     * @return the decision for {@code next}
     * @throws io.github.inamirules.InvalidInputException if the session is invalid in the history
     * @throws io.github.inamirules.MissingRuleSetException if its profession has no rule set
     * @throws io.github.inamirules.RateCoverageException if no rate module covers its date, under
     *     {@link CoveragePolicy#STRICT}
     */
    public Decision quote(Session next) {
        if (next == null) {
            throw new NullValueException("next");
        }
        history.checkAddable(next);
        Profession profession = history.practitioner(next.practitionerId()).profession();
        Kept kept = passes.get(profession);
        if (kept == null || (kept.last != null && SessionOrder.CHRONOLOGICAL.compare(next, kept.last) <= 0)
                || !engine.catalog().covers(profession, next.date())) {
            return engine.quote(history, next);
        }
        DecisionDraft draft = new DecisionDraft(history, next, engine.catalog().ratesAt(profession, next.date()),
                kept.pass.texts());
        synchronized (kept) {
            kept.pass.decide(draft);
        }
        return draft.trial();
    }

    @Override
    public String toString() {
        // the history holds personal data: only its size
        return "AssessedHistory[" + history.sessions().size() + " sessions, " + passes.size() + " kept passes]";
    }
}
