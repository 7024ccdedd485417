package io.github.inamirules.rates;

import java.util.List;

/**
 * Service-provider interface of a rate module: the parameters, tariffs and nomenclature codes in
 * force over the periods it covers.
 *
 * <p>A module is self-contained for what it {@link #coverage() covers}: every parameter its rule set
 * needs has a value on every covered day, and no row holds outside the coverage. For a session,
 * exactly one loaded module must cover (profession, date); two modules covering the same day are a
 * {@link io.github.inamirules.RateConflictException} when the catalog is built.
 *
 * <p>Providers are found with {@link java.util.ServiceLoader} (declare them in {@code module-info}
 * with {@code provides} and in {@code META-INF/services}) or handed to
 * {@link io.github.inamirules.engine.ReimbursementEngine.Builder#rateModule(RateModule)}. Most
 * providers extend {@link DataFileRateModule}, which reads the library's plain-text format.
 * Implementations must be immutable once loaded and thread-safe, and must not access the network.
 */
public interface RateModule {

    /**
     * Returns the module's id, e.g. {@code "rates-2025"}.
     *
     * @return the id
     */
    String id();

    /**
     * Returns the module's version, e.g. {@code "0.1.0"}.
     *
     * @return the version
     */
    String version();

    /**
     * Returns a checksum of the module's data, so a log line tells which data was used.
     *
     * @return a hex SHA-256 of the data, or another stable digest
     */
    String checksum();

    /**
     * Returns what the module covers.
     *
     * @return the (profession, period) pairs, not overlapping each other
     */
    List<Coverage> coverage();

    /**
     * Returns the parameter values.
     *
     * @return the parameter rows
     */
    List<ParameterValue> parameters();

    /**
     * Returns the tariffs.
     *
     * @return the tariff rows
     */
    List<Tariff> tariffs();

    /**
     * Returns the nomenclature code selections.
     *
     * @return the code rows
     */
    List<NomenclatureCode> codes();
}
