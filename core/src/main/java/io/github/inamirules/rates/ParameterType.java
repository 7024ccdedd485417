package io.github.inamirules.rates;

import io.github.inamirules.model.Money;
import java.math.BigDecimal;

/**
 * The type a rule set reads a parameter as.
 */
public enum ParameterType {
    /** A whole number, e.g. a session cap. */
    INTEGER(Integer.class),
    /** A decimal, e.g. a reduction factor {@code 0.25}. */
    DECIMAL(BigDecimal.class),
    /** An amount in euros with at most two decimals. */
    MONEY(Money.class),
    /** {@code true} or {@code false}. */
    BOOLEAN(Boolean.class),
    /**
     * A list of ids of the profession's vocabulary, separated by commas ({@code courante, fa}), e.g. the
     * episode kinds a rule applies to; read as a {@code List<String>}.
     */
    IDS(java.util.List.class);

    private final Class<?> javaType;

    ParameterType(Class<?> javaType) {
        this.javaType = javaType;
    }

    /**
     * Returns the Java type of the values.
     *
     * @return the type
     */
    public Class<?> javaType() {
        return javaType;
    }
}
