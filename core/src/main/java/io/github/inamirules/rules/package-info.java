/**
 * The {@link io.github.inamirules.rules.RuleSet} SPI: one rule set per profession, found with
 * {@link java.util.ServiceLoader}.
 *
 * <p>Decisions taken where the design left a choice: a rule set receives the sessions of its
 * profession already sorted (date, then session id) and already checked against rate coverage, and
 * returns decisions in any order; the engine puts them back in input order and fails loudly if a
 * session got no decision or two.
 */
package io.github.inamirules.rules;
