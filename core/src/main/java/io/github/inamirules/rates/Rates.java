package io.github.inamirules.rates;

import io.github.inamirules.RateDataException;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Place;
import io.github.inamirules.model.Profession;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The rates in force for one profession on one day, from the one module that covers that day.
 * Obtained from {@link RateCatalog#ratesAt(Profession, LocalDate)}; rule sets read every figure
 * through it.
 *
 * <p>Parameters must exist (the engine checked that when it was built); tariffs and codes may be
 * absent, which rule sets report as missing data rather than guess. Immutable and thread-safe.
 */
public final class Rates {
    private final RateCatalog.ModuleIndex module;
    private final Profession profession;
    private final LocalDate date;

    Rates(RateCatalog.ModuleIndex module, Profession profession, LocalDate date) {
        this.module = module;
        this.profession = profession;
        this.date = date;
    }

    /**
     * Returns the module the rates come from.
     *
     * @return the module
     */
    public RateModule module() {
        return module.module;
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
     * @throws RateDataException if the parameter has no value on the day
     */
    public ParameterValue parameter(String name) {
        ParameterValue row = module.find(module.parameters, profession, name, date);
        if (row == null) {
            throw new RateDataException(module.module.id() + ": parameter " + profession + "." + name
                    + " has no value on " + date);
        }
        return row;
    }

    /**
     * Reads an integer parameter.
     *
     * @param name the parameter name
     * @return the value
     */
    public int integer(String name) {
        return (Integer) parameter(name).as(ParameterType.INTEGER);
    }

    /**
     * Reads a decimal parameter.
     *
     * @param name the parameter name
     * @return the value
     */
    public BigDecimal decimal(String name) {
        return (BigDecimal) parameter(name).as(ParameterType.DECIMAL);
    }

    /**
     * Reads an amount parameter.
     *
     * @param name the parameter name
     * @return the value
     */
    public Money money(String name) {
        return (Money) parameter(name).as(ParameterType.MONEY);
    }

    /**
     * Reads a boolean parameter.
     *
     * @param name the parameter name
     * @return the value
     */
    public boolean flag(String name) {
        return (Boolean) parameter(name).as(ParameterType.BOOLEAN);
    }

    /**
     * Returns the tariff of a code, if the module has one for the day.
     *
     * @param code the nomenclature code
     * @return the tariff
     */
    public Optional<Tariff> tariff(String code) {
        return Optional.ofNullable(module.find(module.tariffs, profession, code, date));
    }

    /**
     * Returns the nomenclature code of a band, place and duration, if the module has one for the day.
     *
     * @param band the band id
     * @param place the place
     * @param minutes the duration
     * @return the code row
     */
    public Optional<NomenclatureCode> code(String band, Place place, int minutes) {
        return Optional.ofNullable(module.find(module.codes, profession, NomenclatureCode.keyOf(band, place, minutes),
                date));
    }
}
