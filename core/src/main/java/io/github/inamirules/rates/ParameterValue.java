package io.github.inamirules.rates;

import io.github.inamirules.RateDataException;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Profession;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The value of one named parameter over a period: a session cap, a window length, a patient share,
 * a reduction factor, a switch. Rule sets read parameters by name at each session's date.
 *
 * <p>The value is kept as written in the data file and read as the type the rule set asks for; a
 * value of the wrong type is a {@link RateDataException} naming the row. Immutable and thread-safe.
 */
public final class ParameterValue extends RateRow {
    private final String name;
    private final String value;

    private ParameterValue(Profession profession, String name, DateRange period, String value,
            Provenance provenance) {
        super(profession, period, provenance);
        this.name = Objects.requireNonNull(name, "name");
        this.value = Objects.requireNonNull(value, "value");
    }

    /**
     * Obtains a parameter value.
     *
     * @param profession the profession
     * @param name the parameter name, e.g. {@code "courante.sessions_max"}
     * @param period the period, half-open
     * @param value the value as text
     * @param provenance where it comes from
     * @return the parameter value
     */
    public static ParameterValue of(Profession profession, String name, DateRange period, String value,
            Provenance provenance) {
        return new ParameterValue(profession, name, period, value, provenance);
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
     * @return the raw value
     */
    public String value() {
        return value;
    }

    /**
     * Reads the value as the given type.
     *
     * @param type the expected type
     * @return the value: a {@link BigDecimal}, {@link Integer}, {@link Boolean} or {@link Money}
     * @throws RateDataException if the value is not of that type
     */
    public Object as(ParameterType type) {
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
                default:
                    throw new IllegalStateException(type.name());
            }
        } catch (RuntimeException e) {
            throw new RateDataException(provenance().location() + ": parameter " + name + " = '" + value
                    + "' is not a " + type.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Override
    public String toString() {
        return profession() + "." + name + " = " + value + " " + period();
    }
}
