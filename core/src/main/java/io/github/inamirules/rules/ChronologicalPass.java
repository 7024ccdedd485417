package io.github.inamirules.rules;

import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Entitlement;
import io.github.inamirules.assessment.Texts;
import io.github.inamirules.model.Session;
import io.github.inamirules.rates.Rates;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of one chronological pass of a rule set whose decision of a session depends only on the
 * sessions before it: the counters, the opened windows, the first session of each day. A rule set
 * that is such a pass offers it with {@link RuleSet#chronologicalPass(RuleContext)}, and then
 * {@link #assessAll(RuleContext, ChronologicalPass)} is its whole {@link RuleSet#assess(RuleContext)}.
 *
 * <p>Why it is a type of its own: the engine keeps the pass of an assessed history
 * ({@code ReimbursementEngine#assessForQuoting}), so quoting a next session dated after the last one
 * costs one session's work, not a new assessment. That rests on the contract of {@link DecisionDraft}:
 * a pass changes its state only in {@link DecisionDraft#whenAccepted(Runnable) accepted actions}, so a
 * draft decided with {@link DecisionDraft#trial()} leaves the pass as it was. A rule set that looks
 * ahead (a series that a later session ends, a first session decided by what follows) is not a pass
 * and keeps the default {@code chronologicalPass} (none): its quotes re-assess the history.
 *
 * <p>Not thread-safe: one pass belongs to one assessment; the engine serialises the quotes it answers
 * from a kept pass.
 */
public interface ChronologicalPass {

    /**
     * Returns the texts of the profession's reasons and missing items, for the drafts of the pass.
     *
     * @return the texts
     */
    Texts texts();

    /**
     * Decides the draft of the next session in chronological order: every rule in turn, each recording
     * its reasons in the draft and its use of counters as an accepted action. An explicit unknown
     * figure read by a rule is recorded in the draft as missing (never thrown).
     *
     * @param draft the draft of a session dated on or after every session decided before it
     */
    void decide(DecisionDraft draft);

    /**
     * Returns the counters as they stand after the sessions decided so far.
     *
     * @return the entitlements
     */
    List<Entitlement> entitlements();

    /**
     * Decides every session of a context with a pass, in order: the whole assessment of a rule set that
     * is a chronological pass.
     *
     * @param context the care history and its profession's sessions in chronological order
     * @param pass a new pass, of the context's history
     * @return one decision per session, and the counters after the last one
     */
    static RuleSetResult assessAll(RuleContext context, ChronologicalPass pass) {
        List<Decision> decisions = new ArrayList<>(context.sessions().size());
        DecisionDraft.Scratch scratch = new DecisionDraft.Scratch();
        Rates rates = null;
        for (Session s : context.sessions()) {
            if (rates == null || !rates.date().equals(s.date())) {
                rates = context.ratesAt(s.date());        // the sessions of one day share their rates
            }
            DecisionDraft d = new DecisionDraft(context.history(), s, rates, pass.texts(), scratch);
            pass.decide(d);
            decisions.add(d.decide());
        }
        return new RuleSetResult(decisions, pass.entitlements());
    }
}
