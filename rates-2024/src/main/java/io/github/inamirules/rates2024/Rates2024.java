package io.github.inamirules.rates2024;

import io.github.inamirules.rates.DataFileRateModule;
import java.io.InputStream;

/**
 * The rates in force in 2024: clinical psychology (the 2021 convention, free care up to 23 from 1 February
 * and, from 1 April, the 2024 convention) and physiotherapy under convention M/24.
 *
 * <p>Covers clinical psychology and physiotherapy over {@code [2024-01-01, 2025-01-01)} (occupational
 * therapy starts with rates-2025). Each row names its sources and says whether it is official, reported,
 * derived or carried; amounts no source gives (most 2024 physiotherapy fees besides the 30-minute
 * courante session, the dépassement and the home session) are explicit unknowns, and decisions that
 * need them say so.
 *
 * <p>Found with {@link java.util.ServiceLoader}; immutable and thread-safe once loaded.
 */
public final class Rates2024 extends DataFileRateModule {

    /** Creates the module (for {@link java.util.ServiceLoader}). */
    public Rates2024() {
    }

    @Override
    public String id() {
        return "rates-2024";
    }

    @Override
    protected InputStream openResource(String name) {
        return Rates2024.class.getResourceAsStream(name);
    }
}
