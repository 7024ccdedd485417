package io.github.inamirules.rates;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A parameter a rule set reads, as its vocabulary declares it: name, type, unit, what it means, the
 * rule it implements, and the day from which every rate module must give it a value. The engine
 * checks, when it is built, that every loaded rate module gives every such parameter a value of that
 * type (or an explicit {@link ProvenanceStatus#UNKNOWN unknown} row) on every day of its coverage from
 * that day on, and that a module gives no parameter the rule set does not declare.
 *
 * <p>A parameter added for 2026 is required from 2026-01-01 only: older modules need no re-release.
 *
 * <p>Immutable and thread-safe.
 */
public final class ParameterSpec {
    private final String name;
    private final ParameterType type;
    private final String unit;
    private final String description;
    private final String ruleId;
    private final LocalDate requiredFrom;

    private ParameterSpec(String name, ParameterType type, String unit, String description, String ruleId,
            LocalDate requiredFrom) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.description = Objects.requireNonNull(description, "description");
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.requiredFrom = Objects.requireNonNull(requiredFrom, "requiredFrom");
    }

    /**
     * Obtains a specification required on every covered day.
     *
     * @param name the parameter name, e.g. {@code "courante.sessions_max"}
     * @param type the type it is read as
     * @param unit the unit, e.g. {@code "sessions"}, {@code "months"}, {@code "EUR"}, or empty
     * @param description what it means, for people
     * @param ruleId the rule it implements, e.g. {@code "P-19"}
     * @return the specification
     */
    public static ParameterSpec of(String name, ParameterType type, String unit, String description, String ruleId) {
        return new ParameterSpec(name, type, unit, description, ruleId, LocalDate.MIN);
    }

    /**
     * Returns a copy required only from a day on: rate modules covering earlier days need not give it.
     *
     * @param day the first day on which a value is required
     * @return the specification
     */
    public ParameterSpec requiredFrom(LocalDate day) {
        return new ParameterSpec(name, type, unit, description, ruleId, day);
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

    /**
     * Returns the unit.
     *
     * @return the unit, possibly empty
     */
    public String unit() {
        return unit;
    }

    /**
     * Returns what the parameter means.
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    /**
     * Returns the id of the rule the parameter belongs to.
     *
     * @return the rule id
     */
    public String ruleId() {
        return ruleId;
    }

    /**
     * Returns the first day on which a value is required; {@link LocalDate#MIN} for always.
     *
     * @return the day
     */
    public LocalDate requiredFrom() {
        return requiredFrom;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ParameterSpec && name.equals(((ParameterSpec) obj).name)
                && type == ((ParameterSpec) obj).type && requiredFrom.equals(((ParameterSpec) obj).requiredFrom);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, requiredFrom);
    }

    @Override
    public String toString() {
        return name + ":" + type + (requiredFrom.equals(LocalDate.MIN) ? "" : " from " + requiredFrom);
    }
}
