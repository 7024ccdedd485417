package io.github.inamirules.model;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A typed key for what a profession adds to the kernel's model: where a physiotherapy session took
 * place, whether an episode is a polytrauma, a psychologist's network. The pattern is OpenTelemetry's
 * {@code AttributeKey<T>}: a fact has a name, a type, the profession that owns it and the part of the
 * model it is written on ({@link FactTarget}); values ride in an immutable {@link Facts} map and are
 * read back with {@link Facts#get(Fact)} without a cast.
 *
 * <p>A profession module declares its facts as constants and offers typed factories, so Java users
 * never handle raw keys. The {@linkplain #name() name} is the key of the fact in scenario files and on
 * the command line; {@link #parse(String)} reads it from text and {@link #format(Object)} writes it
 * back, so every tool speaks the profession's language without knowing it.
 *
 * <p>Two facts are equal when profession, target and name are equal. Immutable and thread-safe.
 *
 * @param <T> the type of the fact's values
 */
public final class Fact<T> {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private final Profession profession;
    private final FactTarget target;
    private final String name;
    private final Class<T> type;
    private final String description;
    private final Map<String, T> choices;
    private final Function<String, T> parser;
    private final String expected;

    private Fact(Profession profession, FactTarget target, String name, Class<T> type, String description,
            Map<String, T> choices, Function<String, T> parser, String expected) {
        this.profession = require(profession, "profession");
        this.target = require(target, "target");
        this.name = require(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw InvalidInputException.of("fact.name", "'" + name + "'",
                    "is not a fact name (lower-case letters, digits and '_', starting with a letter)");
        }
        this.type = require(type, "type");
        this.description = require(description, "description");
        this.choices = choices;
        this.parser = parser;
        this.expected = expected;
    }

    private static <V> V require(V value, String attribute) {
        if (value == null) {
            throw new NullValueException("fact." + attribute);
        }
        return value;
    }

    /**
     * Declares a yes / no fact, written {@code true} or {@code false}.
     *
     * @param profession the profession that owns the fact
     * @param target the part of the model it is written on
     * @param name its name in files, {@code snake_case}
     * @param description what it means, for people
     * @return the fact
     */
    public static Fact<Boolean> flag(Profession profession, FactTarget target, String name, String description) {
        Map<String, Boolean> values = new LinkedHashMap<>();
        values.put("true", Boolean.TRUE);
        values.put("false", Boolean.FALSE);
        return choice(profession, target, name, description, Boolean.class, values);
    }

    /**
     * Declares a fact whose values are a fixed list, each with its name in files (lower case, words
     * joined by {@code -}).
     *
     * @param <T> the type of the values
     * @param profession the profession that owns the fact
     * @param target the part of the model it is written on
     * @param name its name in files, {@code snake_case}
     * @param description what it means, for people
     * @param type the type of the values
     * @param values the values by their names in files, in the order they are listed to people
     * @return the fact
     * @throws InvalidInputException if there is no value or a value is null
     */
    public static <T> Fact<T> choice(Profession profession, FactTarget target, String name, String description,
            Class<T> type, Map<String, T> values) {
        require(values, "values");
        Map<String, T> ordered = new LinkedHashMap<>();
        for (Map.Entry<String, T> e : values.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                throw InvalidInputException.of("fact[" + name + "].values", e, "must hold no null");
            }
            ordered.put(e.getKey(), e.getValue());
        }
        if (ordered.isEmpty()) {
            throw InvalidInputException.of("fact[" + name + "].values", "{}", "must not be empty");
        }
        Map<String, T> copy = java.util.Collections.unmodifiableMap(ordered);
        String expected = "one of " + String.join(", ", copy.keySet());
        return new Fact<>(profession, target, name, type, description, copy, text -> {
            T found = copy.get(text);
            if (found == null) {
                throw new IllegalArgumentException(expected);
            }
            return found;
        }, expected);
    }

    /**
     * Declares a fact whose values are the constants of an enum, named in files in lower case with
     * {@code -} for {@code _} ({@code REST_HOME} is {@code rest-home}).
     *
     * @param <E> the enum type
     * @param profession the profession that owns the fact
     * @param target the part of the model it is written on
     * @param name its name in files, {@code snake_case}
     * @param description what it means, for people
     * @param type the enum type
     * @return the fact
     */
    public static <E extends Enum<E>> Fact<E> choice(Profession profession, FactTarget target, String name,
            String description, Class<E> type) {
        Map<String, E> values = new LinkedHashMap<>();
        for (E constant : require(type, "type").getEnumConstants()) {
            values.put(constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), constant);
        }
        return choice(profession, target, name, description, type, values);
    }

    /**
     * Declares a whole-number fact within bounds.
     *
     * @param profession the profession that owns the fact
     * @param target the part of the model it is written on
     * @param name its name in files, {@code snake_case}
     * @param description what it means, for people
     * @param min the smallest value allowed
     * @param max the largest value allowed
     * @return the fact
     */
    public static Fact<Integer> integer(Profession profession, FactTarget target, String name, String description,
            int min, int max) {
        String expected = "a whole number from " + min + " to " + max;
        return new Fact<>(profession, target, name, Integer.class, description, Map.of(), text -> {
            int value;
            try {
                value = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(expected, e);
            }
            if (value < min || value > max) {
                throw new IllegalArgumentException(expected);
            }
            return value;
        }, expected);
    }

    /**
     * Declares a free-text fact (an identifier such as a network id), at most 200 characters.
     *
     * @param profession the profession that owns the fact
     * @param target the part of the model it is written on
     * @param name its name in files, {@code snake_case}
     * @param description what it means, for people
     * @return the fact
     */
    public static Fact<String> text(Profession profession, FactTarget target, String name, String description) {
        String expected = "a text of 1 to 200 characters";
        return new Fact<>(profession, target, name, String.class, description, Map.of(), text -> {
            if (text.isBlank() || text.length() > 200) {
                throw new IllegalArgumentException(expected);
            }
            return text;
        }, expected);
    }

    /**
     * Returns the profession that owns the fact.
     *
     * @return the profession
     */
    public Profession profession() {
        return profession;
    }

    /**
     * Returns the part of the model the fact is written on.
     *
     * @return the target
     */
    public FactTarget target() {
        return target;
    }

    /**
     * Returns the fact's name in files and on the command line.
     *
     * @return the name, {@code snake_case}
     */
    public String name() {
        return name;
    }

    /**
     * Returns the type of the values.
     *
     * @return the type
     */
    public Class<T> type() {
        return type;
    }

    /**
     * Returns what the fact means, for people.
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    /**
     * Returns the allowed values of a fact with a fixed list, by their names in files.
     *
     * @return the values in listing order; empty for a number or text fact
     */
    public Map<String, T> choices() {
        return choices;
    }

    /**
     * Returns what a value must look like, for error messages: {@code "one of practice, home"}.
     *
     * @return the description of a valid value
     */
    public String expected() {
        return expected;
    }

    /**
     * Reads a value from its text in a file.
     *
     * @param text the text
     * @return the value
     * @throws InvalidInputException naming the fact and saying what was expected
     */
    public T parse(String text) {
        if (text == null) {
            throw new NullValueException(name);
        }
        try {
            return parser.apply(text.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(name, "'" + excerpt(text) + "'", "expected " + expected);
        }
    }

    /**
     * Writes a value as text, the inverse of {@link #parse(String)}.
     *
     * @param value a value of this fact
     * @return its text
     */
    public String format(T value) {
        require(value, name);
        for (Map.Entry<String, T> e : choices.entrySet()) {
            if (e.getValue().equals(value)) {
                return e.getKey();
            }
        }
        return value.toString();
    }

    /**
     * Returns the name of a value in files, if the fact has a fixed list of values.
     *
     * @param value the value
     * @return its name
     */
    public Optional<String> nameOf(Object value) {
        return choices.entrySet().stream().filter(e -> e.getValue().equals(value)).map(Map.Entry::getKey).findFirst();
    }

    /**
     * Checks that a value may be stored under this fact.
     *
     * @param value the value
     * @return the value, typed
     * @throws InvalidInputException if the value is not of the fact's type or not among its choices
     */
    T check(Object value) {
        require(value, name);
        if (!type.isInstance(value)) {
            throw InvalidInputException.of(name, value, "is not a " + type.getSimpleName());
        }
        T typed = type.cast(value);
        if (!choices.isEmpty() && !choices.containsValue(typed)) {
            throw InvalidInputException.of(name, value, "expected " + expected);
        }
        return typed;
    }

    static String excerpt(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /**
     * Returns the list of names of several facts, for messages.
     *
     * @param facts the facts
     * @return their names
     */
    static List<String> names(java.util.Collection<Fact<?>> facts) {
        return facts.stream().map(Fact::name).sorted().collect(java.util.stream.Collectors.toUnmodifiableList());
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Fact)) {
            return false;
        }
        Fact<?> other = (Fact<?>) obj;
        return profession.equals(other.profession) && target == other.target && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(profession, target, name);
    }

    @Override
    public String toString() {
        return profession + "." + target.name().toLowerCase(java.util.Locale.ROOT) + "." + name;
    }
}
