/**
 * The {@link io.github.inamirules.rules.RuleSet} SPI, one rule set per profession found with
 * {@link java.util.ServiceLoader}, and the public toolkit rule sets are written with: their
 * {@link io.github.inamirules.rules.Vocabulary}, {@link io.github.inamirules.rules.Window}s,
 * {@link io.github.inamirules.rules.Counters}, {@link io.github.inamirules.rules.OpenedWindows}, the
 * {@link io.github.inamirules.rules.Approvals} lookup and the
 * {@link io.github.inamirules.rules.DecisionDraft} that builds each decision. A profession module
 * uses nothing else of the kernel than its exported packages: exactly what a third party gets.
 *
 * <p>Decisions taken where the design left a choice:
 * <ul>
 *   <li>A rule set receives the sessions of its profession already sorted and already checked against
 *       rate coverage, and returns decisions in any order; the engine puts them back in input order
 *       and fails loudly if a session got no decision or two.</li>
 *   <li>Counting is deferred: a counter increment or a window opened by a session is committed only
 *       when its draft is decided and not refused, so "refused sessions use up nothing" holds whatever
 *       the order of the rules.</li>
 *   <li>Overlapping approvals of one kind for one episode are not an input error (renewals overlap
 *       in practice): the one that started last is used (see {@link io.github.inamirules.rules.Approvals}).</li>
 *   <li>An explicit unknown figure read by a rule throws
 *       {@link io.github.inamirules.rates.UnknownFigureException}; the rule set reports it as a
 *       {@link io.github.inamirules.assessment.Missing} item rather than guess.</li>
 * </ul>
 */
@org.jspecify.annotations.NullMarked
package io.github.inamirules.rules;
