package io.github.inamirules.rates;

import java.util.Objects;

/**
 * A parameter a rule set needs on every day its profession is covered, with the type it reads it as.
 * The engine checks, when it is built, that every loaded rate module gives every such parameter a
 * value of that type on every day of its coverage: no gap, no parameter silently missing.
 *
 * <p>Immutable and thread-safe.
 */
public final class ParameterSpec {
    private final String name;
    private final ParameterType type;

    private ParameterSpec(String name, ParameterType type) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
    }

    /**
     * Obtains a specification.
     *
     * @param name the parameter name
     * @param type the type it is read as
     * @return the specification
     */
    public static ParameterSpec of(String name, ParameterType type) {
        return new ParameterSpec(name, type);
    }

    /**
     * Returns the parameter name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the type.
     *
     * @return the type
     */
    public ParameterType type() {
        return type;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ParameterSpec && name.equals(((ParameterSpec) obj).name)
                && type == ((ParameterSpec) obj).type;
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + type.hashCode();
    }

    @Override
    public String toString() {
        return name + ":" + type;
    }
}
