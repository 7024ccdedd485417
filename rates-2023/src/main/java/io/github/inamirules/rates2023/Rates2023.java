package io.github.inamirules.rates2023;

import io.github.inamirules.rates.DataFileRateModule;
import java.io.InputStream;

/**
 * The rates in force in 2023 for clinical psychology: the 2021 convention.
 *
 * <p>Covers clinical psychology over {@code [2023-01-01, 2024-01-01)}; no other profession (physiotherapy and
 * occupational therapy start with rates-2025). Each row names its sources and says whether it is
 * official, reported, derived or carried; amounts no source gives are explicit unknowns, and decisions
 * that need them say so.
 *
 * <p>Found with {@link java.util.ServiceLoader}; immutable and thread-safe once loaded.
 */
public final class Rates2023 extends DataFileRateModule {

    /** Creates the module (for {@link java.util.ServiceLoader}). */
    public Rates2023() {
    }

    @Override
    public String id() {
        return "rates-2023";
    }

    @Override
    protected InputStream openResource(String name) {
        return Rates2023.class.getResourceAsStream(name);
    }
}
