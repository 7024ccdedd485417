package io.github.inamirules.rules;

import io.github.inamirules.model.Profession;

/**
 * Service-provider interface of a profession: its vocabulary and its rules — what is counted, over
 * which period, what needs a prescription or an approval, which band a session falls in, how it is
 * priced.
 *
 * <p>A rule set knows the <em>shape</em> of the law; every figure the law may change is a parameter, a
 * tariff or a code read from {@link RuleContext#ratesAt(java.time.LocalDate)}. It is written only
 * against the kernel's public API, found with {@link java.util.ServiceLoader} (declared in
 * {@code module-info} and {@code META-INF/services}) or handed to
 * {@code ReimbursementEngine.Builder#ruleSet(RuleSet)}. There is at most one rule set per profession.
 *
 * <p>Implementations must be stateless (or immutable) and thread-safe: one instance serves every
 * assessment. State of one pass lives in local objects ({@link Counters}, {@link OpenedWindows},
 * {@link DecisionDraft}).
 */
public interface RuleSet {

    /**
     * Returns the profession whose sessions this rule set decides: its vocabulary's.
     *
     * @return the profession
     */
    default Profession profession() {
        return vocabulary().profession();
    }

    /**
     * Returns everything the rule set speaks: kinds, facts, bands, parameters, code table, texts. The
     * engine checks every loaded rate module against it when built.
     *
     * @return the vocabulary
     */
    Vocabulary vocabulary();

    /**
     * Decides every session of the context, in one chronological pass. The default runs the rule set's
     * {@link #chronologicalPass}: a rule set that is such a pass implements only that; one that looks
     * ahead implements this.
     *
     * @param context the care history, the profession's sessions in chronological order, and the rates
     * @return exactly one decision per session of {@link RuleContext#sessions()}, and the counters
     * @throws UnsupportedOperationException if the rule set implements neither
     */
    default RuleSetResult assess(RuleContext context) {
        return ChronologicalPass.assessAll(context, chronologicalPass(context).orElseThrow(
                () -> new UnsupportedOperationException(getClass().getName()
                        + " implements neither assess nor chronologicalPass")));
    }

    /**
     * Starts a new chronological pass over the context's history, if this rule set decides each session
     * from the earlier ones only. The engine keeps such a pass to quote next sessions in constant time
     * (see {@link ChronologicalPass}); its decisions must be exactly those of {@link #assess}.
     *
     * @param context the care history and the profession's sessions
     * @return a new pass, or empty (the default) if the rule set looks ahead
     */
    default java.util.Optional<ChronologicalPass> chronologicalPass(RuleContext context) {
        return java.util.Optional.empty();
    }

    /**
     * Returns what tools need to simulate care histories of this profession: the approvals an episode
     * needs, the default facts of a session.
     *
     * @return the simulator; a rule set without one gets histories without approvals
     */
    default Simulator simulator() {
        return (history, episode, first, last, rates) -> java.util.List.of();
    }
}
