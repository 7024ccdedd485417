package io.github.inamirules.assessment;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The values of a {@link Reason} or a {@link Missing} item, by name, in the order the rule gave them:
 * an unmodifiable {@link Map} of texts kept as one flat array of names and values.
 *
 * <p>Why a type of its own: every decision carries reasons and every reason its values, so a
 * general-purpose map (and the copy an immutable value makes of it) would be most of what an
 * assessment allocates. Lookups scan the few entries a reason has. Equality and hash code are those
 * of {@link Map}, so a reason equals another with the same values however they were built.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReasonValues extends AbstractMap<String, String> {
    private static final ReasonValues EMPTY = new ReasonValues(new Object[0]);

    /**
     * Names (texts) at even indexes, their values after them: a text, or an immutable value of a type
     * {@link #isImmutable} knows, kept as given and shown as text when read, so a reason built for
     * every session converts no number or date it is never asked for.
     */
    private final Object[] pairs;

    private ReasonValues(Object[] pairs) {
        this.pairs = pairs;
    }

    /**
     * Returns no values.
     *
     * @return the empty values
     */
    public static ReasonValues empty() {
        return EMPTY;
    }

    /**
     * Returns values copied from a map, in its iteration order.
     *
     * @param values the values by name
     * @return the values
     * @throws io.github.inamirules.NullValueException if a name or a value is null
     */
    public static ReasonValues of(Map<String, String> values) {
        if (values instanceof ReasonValues) {
            return (ReasonValues) values;
        }
        if (values == null) {
            throw new io.github.inamirules.NullValueException("values");
        }
        Object[] pairs = new Object[values.size() * 2];
        int i = 0;
        for (Map.Entry<String, String> e : values.entrySet()) {
            pairs[i++] = checked("name", e.getKey());
            pairs[i++] = checked("value", e.getValue());
        }
        return pairs.length == 0 ? EMPTY : new ReasonValues(pairs);
    }

    /**
     * Returns values from name / value pairs, each shown with {@link String#valueOf(Object)}; a later
     * pair with the same name replaces the earlier one's value, in the earlier one's place. A value of
     * an immutable type (text, number, boolean, date, {@link io.github.inamirules.model.Money}, enum
     * constant) is kept and shown when read; any other is shown at once, so later changes to it do not
     * change the reason.
     *
     * @param namesAndValues names and values, alternately; an odd last element is ignored
     * @return the values
     * @throws io.github.inamirules.NullValueException if a name is null
     */
    public static ReasonValues ofPairs(Object... namesAndValues) {
        int n = namesAndValues.length / 2;
        if (n == 0) {
            return EMPTY;
        }
        Object[] pairs = new Object[n * 2];
        int size = 0;
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String name = checked("name", namesAndValues[i] == null ? null : String.valueOf(namesAndValues[i]));
            Object given = namesAndValues[i + 1];
            Object value = isImmutable(given) ? given : String.valueOf(given);
            int at = indexOf(pairs, size, name);
            if (at >= 0) {
                pairs[at + 1] = value;
            } else {
                pairs[size++] = name;
                pairs[size++] = value;
            }
        }
        return new ReasonValues(size == pairs.length ? pairs : java.util.Arrays.copyOf(pairs, size));
    }

    /**
     * Tells whether these are exactly the values {@link #ofPairs} would keep from the given pairs: the
     * same names in the same order, each value equal to the one given (a value shown at once as text,
     * or given under a repeated name, never counts as the same). For a caller that builds the same
     * values session after session and may keep the last ones instead of a copy; constant work per pair.
     *
     * @param namesAndValues names and values, alternately, as for {@link #ofPairs}
     * @return true if {@code ofPairs(namesAndValues)} would equal these values pair for pair
     */
    public boolean holds(Object... namesAndValues) {
        if (namesAndValues.length / 2 * 2 != pairs.length) {
            return false;
        }
        for (int i = 0; i < pairs.length; i += 2) {
            Object given = namesAndValues[i + 1];
            if (!pairs[i].equals(namesAndValues[i]) || given == null || !isImmutable(given)
                    || !pairs[i + 1].equals(given)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a value can be kept as given: its text never changes. */
    private static boolean isImmutable(@Nullable Object value) {
        return value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof Boolean || value instanceof java.time.LocalDate
                || value instanceof java.math.BigDecimal || value instanceof io.github.inamirules.model.Money
                || value instanceof Enum;
    }

    private static String text(Object value) {
        return value instanceof String ? (String) value : String.valueOf(value);
    }

    private static String checked(String what, String text) {
        if (text == null) {
            throw new io.github.inamirules.NullValueException("values " + what);
        }
        return text;
    }

    private static int indexOf(Object[] pairs, int size, @Nullable Object name) {
        for (int i = 0; i < size; i += 2) {
            if (pairs[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return pairs.length / 2;
    }

    @Override
    public boolean isEmpty() {
        return pairs.length == 0;
    }

    @Override
    public boolean containsKey(@Nullable Object name) {
        return indexOf(pairs, pairs.length, name) >= 0;
    }

    @Override
    public @Nullable String get(@Nullable Object name) {
        int at = indexOf(pairs, pairs.length, name);
        return at < 0 ? null : text(pairs[at + 1]);
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return pairs.length / 2;
            }

            @Override
            public Iterator<Map.Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < pairs.length;
                    }

                    @Override
                    public Map.Entry<String, String> next() {
                        if (next >= pairs.length) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<String, String> e = new AbstractMap.SimpleImmutableEntry<>(
                                (String) pairs[next], text(pairs[next + 1]));
                        next += 2;
                        return e;
                    }
                };
            }
        };
    }
}
