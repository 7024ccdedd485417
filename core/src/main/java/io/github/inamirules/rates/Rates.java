package io.github.inamirules.rates;

import io.github.inamirules.RateDataException;
import io.github.inamirules.model.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rates in force for one profession on one day, from the one module that covers that day.
 * Obtained from {@link RateCatalog#ratesAt(io.github.inamirules.model.Profession, LocalDate)}; rule
 * sets read every figure through it.
 *
 * <p>On the days of an overlay's row ({@link RateCatalog#of(java.util.Collection, java.util.Collection)}),
 * that row is read instead of the module's. Required parameters exist (the engine checked that when it
 * was built), but may be explicit
 * unknowns: reading one throws {@link UnknownFigureException}. Tariffs and codes may be absent or
 * unknown, which rule sets report as missing rather than guess.
 *
 * <p>Reading a parameter or a tariff is one hash probe by name: the catalog resolved, when it was built,
 * the rows in force on each stretch of days on which none starts or ends ({@link #sameRowsAs}).
 * Immutable and thread-safe.
 */
public final class Rates {
    private final RateSegment segment;
    private final LocalDate date;

    Rates(RateSegment segment, LocalDate date) {
        this.segment = segment;
        this.date = date;
    }

    /**
     * Returns the module the rates come from (overlays aside: a row's provenance names its file).
     *
     * @return the module
     */
    public RateModule module() {
        return segment.module();
    }

    /**
     * Returns the day the rates are in force on.
     *
     * @return the day
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns the row of a parameter.
     *
     * @param name the parameter name
     * @return the row in force on the day
     * @throws RateDataException if the parameter has no row on the day
     */
    public ParameterValue parameter(String name) {
        ParameterValue row = segment.parameter(Objects.requireNonNull(name, "name"));
        if (row == null) {
            throw new RateDataException(segment.module().id() + ": parameter " + name + " has no value on " + date);
        }
        return row;
    }

    /**
     * Reads an integer parameter.
     *
     * @param name the parameter name
     * @return the value
     * @throws UnknownFigureException if the module gives it as unknown
     */
    public int integer(String name) {
        return (Integer) parameter(name).as(ParameterType.INTEGER);
    }

    /**
     * Reads a decimal parameter.
     *
     * @param name the parameter name
     * @return the value
     * @throws UnknownFigureException if the module gives it as unknown
     */
    public BigDecimal decimal(String name) {
        return (BigDecimal) parameter(name).as(ParameterType.DECIMAL);
    }

    /**
     * Reads an amount parameter.
     *
     * @param name the parameter name
     * @return the value
     * @throws UnknownFigureException if the module gives it as unknown
     */
    public Money money(String name) {
        return (Money) parameter(name).as(ParameterType.MONEY);
    }

    /**
     * Reads a boolean parameter.
     *
     * @param name the parameter name
     * @return the value
     * @throws UnknownFigureException if the module gives it as unknown
     */
    public boolean flag(String name) {
        return (Boolean) parameter(name).as(ParameterType.BOOLEAN);
    }

    /**
     * Reads a list-of-ids parameter.
     *
     * @param name the parameter name
     * @return the ids, in written order
     * @throws UnknownFigureException if the module gives it as unknown
     */
    @SuppressWarnings("unchecked")
    public List<String> ids(String name) {
        return (List<String>) parameter(name).as(ParameterType.IDS);
    }

    /**
     * Tells whether the module gives a parameter a row on the day. Rule sets ask it for a parameter
     * required only from some day on ({@link ParameterSpec#requiredFrom()}), which an older module
     * may not have: they then apply the rule as it stood before.
     *
     * @param name the parameter name
     * @return true if a row (known or unknown) holds on the day
     */
    public boolean has(String name) {
        return segment.parameter(Objects.requireNonNull(name, "name")) != null;
    }

    /**
     * Returns the tariff row of a code, if the module has one for the day; it may be an explicit
     * unknown (no fee).
     *
     * @param code the nomenclature code
     * @return the tariff
     */
    public Optional<Tariff> tariff(String code) {
        return Optional.ofNullable(segment.tariff(Objects.requireNonNull(code, "code")));
    }

    /**
     * Returns the code row of a key, if the module has one for the day: the row of that exact key, or
     * else the unknown row whose {@value NomenclatureCode#ANY} columns match it. It may be an explicit
     * unknown (no code).
     *
     * @param key the values of the key columns, in the order the vocabulary declares them
     * @return the code row
     */
    public Optional<NomenclatureCode> code(String... key) {
        for (String value : key) {
            Objects.requireNonNull(value, "key value");
        }
        return Optional.ofNullable(segment.code(java.util.Arrays.asList(key)));   // a view: looked up, not kept
    }

    /**
     * Tells whether another {@code Rates} surely reads the same rows as this one, whatever its day: true
     * when both come from one stretch of a module's coverage on which no row of the module or of an
     * overlay starts or ends, so the same module and the same parameter, tariff and code rows hold on
     * both days; a caller may then keep what it derived from the figures of one day for the other. False
     * otherwise, even where the rows read happen to be the same (two stretches, two catalogs, two
     * professions). It says nothing of the days themselves: {@link #date()} may differ. Constant time.
     *
     * @param other the other rates
     * @return true if both are known to read the same rows
     */
    public boolean sameRowsAs(Rates other) {
        return segment == Objects.requireNonNull(other, "other").segment;
    }
}
