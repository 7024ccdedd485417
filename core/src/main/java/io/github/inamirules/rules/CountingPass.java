package io.github.inamirules.rules;

import io.github.inamirules.assessment.Entitlement;
import io.github.inamirules.assessment.Texts;
import io.github.inamirules.rates.UnknownFigureException;
import java.util.List;

/**
 * The usual shape of a {@link ChronologicalPass}: its counters are one {@link Counters}, its texts the
 * profession's, and an explicit unknown figure read by any rule makes the session's coverage missing
 * ({@link DecisionDraft#missingFigure}) under the profession's rule and reason code. A profession writes
 * only {@link #decideRules}, its rules in order.
 *
 * <p>Not thread-safe, like every pass: one instance belongs to one assessment.
 */
public abstract class CountingPass implements ChronologicalPass {
    /** The counters of the pass, for the rules that count. */
    protected final Counters counters = new Counters();

    private final Texts texts;
    private final RuleReference unknownFigureRule;
    private final String unknownFigureCode;

    /**
     * For subclasses.
     *
     * @param texts the profession's texts
     * @param unknownFigureRule the rule cited when a figure no source gives is read
     * @param unknownFigureCode the reason code then, e.g. {@code PHYSIO_FIGURE_UNKNOWN}
     */
    protected CountingPass(Texts texts, RuleReference unknownFigureRule, String unknownFigureCode) {
        this.texts = texts;
        this.unknownFigureRule = unknownFigureRule;
        this.unknownFigureCode = unknownFigureCode;
    }

    @Override
    public final Texts texts() {
        return texts;
    }

    @Override
    public final List<Entitlement> entitlements() {
        return counters.entitlements();
    }

    @Override
    public final void decide(DecisionDraft draft) {
        try {
            decideRules(draft);
        } catch (UnknownFigureException e) {
            draft.missingFigure(unknownFigureRule, unknownFigureCode, e);
        }
    }

    /**
     * Applies the profession's rules to the draft of the next session, in order.
     *
     * @param draft the draft
     * @throws UnknownFigureException if a rule reads a figure no source gives
     */
    protected abstract void decideRules(DecisionDraft draft);
}
