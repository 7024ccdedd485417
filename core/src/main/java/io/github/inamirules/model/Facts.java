package io.github.inamirules.model;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An immutable map of {@link Fact}s to their values: what a profession says about a practitioner, an
 * episode, a prescription or a session beyond the kernel's own attributes. Read a value with
 * {@link #get(Fact)}, which returns the fact's own type.
 *
 * <pre>{@code
 * Facts facts = Facts.of(PhysiotherapyFacts.PLACE, Place.HOME);
 * Place place = facts.get(PhysiotherapyFacts.PLACE).orElse(Place.PRACTICE);
 * }</pre>
 *
 * <p>Iteration follows insertion order; equality ignores it. Immutable and thread-safe.
 */
public final class Facts {
    private static final Facts EMPTY = new Facts(Map.of());

    private final Map<Fact<?>, Object> values;

    private Facts(Map<Fact<?>, Object> values) {
        this.values = values;
    }

    /**
     * Returns the empty map.
     *
     * @return no facts
     */
    public static Facts empty() {
        return EMPTY;
    }

    /**
     * Returns a map of one fact.
     *
     * @param <T> the type of the value
     * @param fact the fact
     * @param value its value
     * @return the facts
     * @throws InvalidInputException if the value is not one the fact allows
     */
    public static <T> Facts of(Fact<T> fact, T value) {
        return builder().put(fact, value).build();
    }

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the value of a fact, if present.
     *
     * @param <T> the type of the value
     * @param fact the fact
     * @return the value
     */
    public <T> Optional<T> get(Fact<T> fact) {
        if (fact == null) {
            throw new NullValueException("fact");
        }
        return Optional.ofNullable(fact.type().cast(values.get(fact)));
    }

    /**
     * Returns the value of a fact, or a default when it is absent.
     *
     * @param <T> the type of the value
     * @param fact the fact
     * @param otherwise the value when the fact is absent
     * @return the value
     */
    public <T> T getOrDefault(Fact<T> fact, T otherwise) {
        if (fact == null) {
            throw new NullValueException("fact");
        }
        Object v = values.get(fact);
        return v == null ? otherwise : fact.type().cast(v);
    }

    /**
     * Tells whether a fact is present.
     *
     * @param fact the fact
     * @return true if it has a value
     */
    public boolean has(Fact<?> fact) {
        return values.containsKey(fact);
    }

    /**
     * Returns the facts present.
     *
     * @return the facts, in insertion order
     */
    public Set<Fact<?>> keys() {
        return values.keySet();
    }

    /**
     * Tells whether no fact is present.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /**
     * Returns a copy with one more fact, or with its value replaced.
     *
     * @param <T> the type of the value
     * @param fact the fact
     * @param value the value
     * @return the new facts
     */
    public <T> Facts with(Fact<T> fact, T value) {
        return builder().putAll(this).put(fact, value).build();
    }

    /**
     * Runs an action for each fact and value, in insertion order.
     *
     * @param action the action
     */
    public void forEach(BiConsumer<Fact<?>, Object> action) {
        values.forEach(action);
    }

    /**
     * Checks that every fact is written on the right part of the model and belongs to the profession.
     * Package-private: the model's value types call it.
     */
    void checkFor(FactTarget target, Profession profession, java.util.function.Supplier<String> where) {
        if (values.isEmpty()) {
            return;
        }
        for (Fact<?> f : values.keySet()) {
            if (f.target() != target) {
                throw InvalidInputException.of(where.get() + ".facts." + f.name(), f,
                        "is a fact of a " + f.target().name().toLowerCase(java.util.Locale.ROOT) + ", not of a "
                                + target.name().toLowerCase(java.util.Locale.ROOT));
            }
            if (profession != null && !f.profession().equals(profession)) {
                throw InvalidInputException.of(where.get() + ".facts." + f.name(), f,
                        "is a fact of " + f.profession() + ", not of " + profession);
            }
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Facts && values.equals(((Facts) obj).values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("{");
        values.forEach((f, v) -> {
            if (b.length() > 1) {
                b.append(", ");
            }
            @SuppressWarnings("unchecked")
            Fact<Object> fact = (Fact<Object>) f;
            b.append(f.name()).append('=').append(fact.format(v));
        });
        return b.append('}').toString();
    }

    /**
     * Builds a {@link Facts}. Not thread-safe; the facts it builds are.
     */
    public static final class Builder {
        private final Map<Fact<?>, Object> values = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets a fact.
         *
         * @param <T> the type of the value
         * @param fact the fact
         * @param value its value
         * @return this builder
         * @throws InvalidInputException if the value is null or not one the fact allows
         */
        public <T> Builder put(Fact<T> fact, T value) {
            if (fact == null) {
                throw new NullValueException("fact");
            }
            values.put(fact, fact.check(value));
            return this;
        }

        /**
         * Sets every fact of another map.
         *
         * @param other the facts
         * @return this builder
         */
        public Builder putAll(Facts other) {
            values.putAll(other.values);
            return this;
        }

        /**
         * Builds the facts.
         *
         * @return the facts
         */
        public Facts build() {
            return values.isEmpty() ? EMPTY : new Facts(Collections.unmodifiableMap(new LinkedHashMap<>(values)));
        }
    }
}
