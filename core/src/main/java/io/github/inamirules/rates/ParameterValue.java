package io.github.inamirules.rates;

import io.github.inamirules.RateDataException;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Profession;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * The value of one named parameter over a period: a session cap, a window length, a patient share,
 * a reduction factor, a switch. Rule sets read parameters by name at each session's date.
 *
 * <p>The value is kept as written in the data file and read as the type the rule set declares; it is
 * parsed once (when the engine checks the module against the rule set's vocabulary) and kept. A value
 * of the wrong type is a {@link RateDataException} naming the row. An
 * {@link ProvenanceStatus#UNKNOWN unknown} row has no value: reading it throws
 * {@link UnknownFigureException}, which the rule set turns into a missing item. Immutable and
 * thread-safe.
 */
public final class ParameterValue extends RateRow {
    /** An id in a list of ids. */
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final String name;
    private final String value;
    private volatile Object parsed;

    private ParameterValue(Profession profession, String name, DateRange period, String value,
            Provenance provenance, Map<String, Integer> columns) {
        super(profession, period, provenance, columns);
        this.name = Objects.requireNonNull(name, "name");
        this.value = Objects.requireNonNull(value, "value");
        if (value.isEmpty() != isUnknown()) {
            throw new RateDataException(location("value") + ": parameter " + name
                    + (isUnknown() ? ": an unknown row has no value" : ": a value is required (or status unknown)"));
        }
    }

    /**
     * Obtains a parameter value.
     *
     * @param profession the profession
     * @param name the parameter name, e.g. {@code "courante.sessions_max"}
     * @param period the period, half-open
     * @param value the value as text; empty for an unknown row
     * @param provenance where it comes from
     * @return the parameter value
     * @throws RateDataException if the value is empty and the status is not unknown, or the reverse
     */
    public static ParameterValue of(Profession profession, String name, DateRange period, String value,
            Provenance provenance) {
        return new ParameterValue(profession, name, period, value, provenance, Map.of());
    }

    static ParameterValue read(Profession profession, String name, DateRange period, String value,
            Provenance provenance, Map<String, Integer> columns) {
        return new ParameterValue(profession, name, period, value, provenance, columns);
    }

    /**
     * Returns the parameter name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    @Override
    public String key() {
        return name;
    }

    /**
     * Returns the value as written.
     *
     * @return the raw value; empty for an unknown row
     */
    public String value() {
        return value;
    }

    /**
     * Reads the value as the given type, parsing it once.
     *
     * @param type the expected type
     * @return the value: a {@link BigDecimal}, {@link Integer}, {@link Boolean}, {@link Money} or a list
     *     of ids
     * @throws RateDataException if the value is not of that type
     * @throws UnknownFigureException if the row is an explicit unknown
     */
    public Object as(ParameterType type) {
        if (isUnknown()) {
            throw new UnknownFigureException(this);
        }
        Object p = parsed;
        if (p == null || !type.javaType().isInstance(p)) {
            p = parse(type);
            parsed = p;
        }
        return p;
    }

    private Object parse(ParameterType type) {
        try {
            switch (type) {
                case INTEGER:
                    return Integer.valueOf(value);
                case DECIMAL:
                    return new BigDecimal(value);
                case MONEY:
                    return Money.parse(value);
                case BOOLEAN:
                    if (value.equals("true") || value.equals("false")) {
                        return Boolean.valueOf(value);
                    }
                    throw new IllegalArgumentException("not true or false");
                case IDS:
                    return ids(value);
                default:
                    throw new IllegalStateException(type.name());
            }
        } catch (RuntimeException e) {
            throw new RateDataException(location("value") + ": parameter " + name + " = '" + value
                    + "' is not a " + type.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private static java.util.List<String> ids(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String part : text.split(",", -1)) {
            String id = part.strip();
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException("not a list of ids");
            }
            out.add(id);
        }
        return java.util.List.copyOf(out);
    }

    @Override
    public String toString() {
        return profession() + "." + name + " = " + (isUnknown() ? "unknown" : value) + " " + period();
    }
}
