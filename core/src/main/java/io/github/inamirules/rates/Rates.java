package io.github.inamirules.rates;

import io.github.inamirules.RateDataException;
import io.github.inamirules.model.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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
 * unknown, which rule sets report as missing rather than guess. Immutable and thread-safe.
 */
public final class Rates {
    private final RateModule module;
    private final RateCatalog.ProfessionRows rows;
    private final List<RateCatalog.ProfessionRows> overlays;
    private final LocalDate date;

    Rates(RateModule module, RateCatalog.ProfessionRows rows, List<RateCatalog.ProfessionRows> overlays,
            LocalDate date) {
        this.module = module;
        this.rows = rows;
        this.overlays = overlays;
        this.date = date;
    }

    /** The row of a key: an overlay's on its days, else the module's. */
    private <R extends RateRow> R find(java.util.function.Function<RateCatalog.ProfessionRows, java.util.Map<String,
            List<R>>> byKey, String key) {
        for (RateCatalog.ProfessionRows o : overlays) {
            R row = RateCatalog.ProfessionRows.find(byKey.apply(o), key, date);
            if (row != null) {
                return row;
            }
        }
        return RateCatalog.ProfessionRows.find(byKey.apply(rows), key, date);
    }

    /**
     * Returns the module the rates come from (overlays aside: a row's provenance names its file).
     *
     * @return the module
     */
    public RateModule module() {
        return module;
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
        ParameterValue row = find(r -> r.parametersByKey, name);
        if (row == null) {
            throw new RateDataException(module.id() + ": parameter " + name + " has no value on " + date);
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
        return find(r -> r.parametersByKey, name) != null;
    }

    /**
     * Returns the tariff row of a code, if the module has one for the day; it may be an explicit
     * unknown (no fee).
     *
     * @param code the nomenclature code
     * @return the tariff
     */
    public Optional<Tariff> tariff(String code) {
        return Optional.ofNullable(find(r -> r.tariffsByKey, code));
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
        List<String> values = List.of(key);
        for (RateCatalog.ProfessionRows o : overlays) {
            NomenclatureCode row = o.code(values, date);
            if (row != null) {
                return Optional.of(row);
            }
        }
        return Optional.ofNullable(rows.code(values, date));
    }
}
