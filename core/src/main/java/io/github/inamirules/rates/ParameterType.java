package io.github.inamirules.rates;

/**
 * The type a rule set reads a parameter as.
 */
public enum ParameterType {
    /** A whole number, e.g. a session cap. */
    INTEGER,
    /** A decimal, e.g. a reduction factor {@code 0.25}. */
    DECIMAL,
    /** An amount in euros with at most two decimals. */
    MONEY,
    /** {@code true} or {@code false}. */
    BOOLEAN
}
