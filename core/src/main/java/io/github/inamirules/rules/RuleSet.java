package io.github.inamirules.rules;

import io.github.inamirules.model.Profession;
import io.github.inamirules.rates.ParameterSpec;
import java.util.Set;

/**
 * Service-provider interface of a profession's rules: what is counted, over which period, what needs a
 * prescription or an approval, which band a session falls in, how it is priced.
 *
 * <p>A rule set knows the <em>shape</em> of the law; every figure the law may change is a parameter or
 * a tariff read from {@link RuleContext#ratesAt(java.time.LocalDate)}. It is found with
 * {@link java.util.ServiceLoader} (declared in {@code module-info} and {@code META-INF/services}) or
 * handed to {@link io.github.inamirules.assessment.ReimbursementEngine.Builder#ruleSet(RuleSet)}.
 * There is at most one rule set per profession.
 *
 * <p>Implementations must be stateless (or immutable) and thread-safe: one instance serves every
 * assessment. State of one pass lives in local objects.
 */
public interface RuleSet {

    /**
     * Returns the profession whose sessions this rule set decides.
     *
     * @return the profession
     */
    Profession profession();

    /**
     * Returns the parameters this rule set reads. The engine checks, when built, that every loaded
     * rate module gives each of them a value of its type on every day it covers the profession.
     *
     * @return the parameters
     */
    Set<ParameterSpec> parameters();

    /**
     * Decides every session of the context, in one chronological pass.
     *
     * @param context the care history, the profession's sessions in chronological order, and the rates
     * @return exactly one decision per session of {@link RuleContext#sessions()}, and the counters
     */
    RuleSetResult assess(RuleContext context);
}
