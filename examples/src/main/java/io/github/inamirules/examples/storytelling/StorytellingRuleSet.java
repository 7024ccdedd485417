package io.github.inamirules.examples.storytelling;

import io.github.inamirules.rules.Approvals;
import io.github.inamirules.rules.ChronologicalPass;
import io.github.inamirules.rules.CountingPass;
import io.github.inamirules.rules.DecisionDraft;
import io.github.inamirules.rules.RuleContext;
import io.github.inamirules.rules.RuleSet;
import io.github.inamirules.rules.Simulator;
import io.github.inamirules.rules.Vocabulary;
import java.util.Optional;

/**
 * The rule set of storytelling therapy, a <strong>fictional</strong> profession, written only against
 * the kernel's exported packages.
 *
 * <p>One chronological pass over the sessions; each goes through small rules in order, and the first
 * refusal stops it:
 * <ol>
 *   <li>{@code PrescriptionRequirement} (ST-01): no prescription, or a session before its date, is
 *       refused (eTarif 008);</li>
 *   <li>{@code SagaApproval} (ST-02): a saga session without a saga approval holding on its date is
 *       refused (005);</li>
 *   <li>{@code YearlySessionCount} (ST-03): per episode and calendar year, sessions 1 to 10 are in band
 *       {@link StoryBands#FIRST_10}, the next ones in {@link StoryBands#BEYOND}, and a session past the
 *       yearly maximum (20, 30 for an epic saga) is refused (002) naming the session that used it up;</li>
 *   <li>{@code CodeSelection} (ST-04): the code from the code table, keyed {@code band | setting};</li>
 *   <li>{@code StoryPricing} (ST-05): insurance = fee − fixed patient share; a tariff no source gives
 *       leaves the session reimbursed but unpriced.</li>
 * </ol>
 * Every figure comes from the rates in force on the session's date. Refused sessions use up nothing:
 * counts are committed only when a session is accepted ({@link DecisionDraft}).
 *
 * <p>Stateless and thread-safe; the state of a pass lives in objects local to {@link #assess}.
 */
public final class StorytellingRuleSet implements RuleSet {
    private static final Simulator SIMULATOR = new StorytellingSimulator();

    /** Creates the rule set (for {@link java.util.ServiceLoader} and explicit registration). */
    public StorytellingRuleSet() {
    }

    @Override
    public Vocabulary vocabulary() {
        return StorytellingVocabulary.VOCABULARY;
    }

    @Override
    public Simulator simulator() {
        return SIMULATOR;
    }

    /**
     * The rule set decides each session from the earlier ones only, so it is a chronological pass: the
     * kernel runs it for {@code assess}, and keeps it to quote a next session in constant time.
     */
    @Override
    public Optional<ChronologicalPass> chronologicalPass(RuleContext context) {
        return Optional.of(new Pass(Approvals.of(context.history())));
    }

    /** The state of one pass: the rules in order, the first refusal stops a session. */
    private static final class Pass extends CountingPass {
        private final PrescriptionRequirement prescriptions = new PrescriptionRequirement();
        private final SagaApproval approvals;
        private final YearlySessionCount count = new YearlySessionCount(counters);
        private final CodeSelection codes = new CodeSelection();
        private final StoryPricing pricing = new StoryPricing();

        Pass(Approvals approvals) {
            super(StorytellingVocabulary.TEXTS, StoryRule.ST_03, "STORY_FIGURE_UNKNOWN");
            this.approvals = new SagaApproval(approvals);
        }

        @Override
        protected void decideRules(DecisionDraft d) {
            prescriptions.apply(d);
            if (!d.isRefused()) {
                approvals.apply(d);
            }
            if (!d.isRefused()) {
                count.apply(d);
            }
            if (!d.isRefused()) {
                codes.apply(d);
                pricing.apply(d);
            }
        }
    }
}
