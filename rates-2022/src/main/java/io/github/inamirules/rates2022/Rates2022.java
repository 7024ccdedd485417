package io.github.inamirules.rates2022;

import io.github.inamirules.rates.DataFileRateModule;
import java.io.InputStream;

/**
 * The rates in force in 2022 for clinical psychology: the 2021 convention.
 *
 * <p>Covers clinical psychology over {@code [2022-01-01, 2023-01-01)}; no other profession (physiotherapy and
 * occupational therapy start with rates-2025). Each row names its sources and says whether it is
 * official, reported, derived or carried; amounts no source gives are explicit unknowns, and decisions
 * that need them say so.
 *
 * <p>Found with {@link java.util.ServiceLoader}; immutable and thread-safe once loaded.
 */
public final class Rates2022 extends DataFileRateModule {

    /** Creates the module (for {@link java.util.ServiceLoader}). */
    public Rates2022() {
    }

    @Override
    public String id() {
        return "rates-2022";
    }

    @Override
    protected InputStream openResource(String name) {
        return Rates2022.class.getResourceAsStream(name);
    }
}
