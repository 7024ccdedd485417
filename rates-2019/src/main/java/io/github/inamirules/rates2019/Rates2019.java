package io.github.inamirules.rates2019;

import io.github.inamirules.rates.DataFileRateModule;
import java.io.InputStream;

/**
 * The rates in force in 2019 for clinical psychology: the pilot from 1 April 2019.
 *
 * <p>Covers clinical psychology over {@code [2019-04-01, 2020-01-01)}; no other profession (physiotherapy and
 * occupational therapy start with rates-2025). Each row names its sources and says whether it is
 * official, reported, derived or carried; amounts no source gives are explicit unknowns, and decisions
 * that need them say so.
 *
 * <p>Found with {@link java.util.ServiceLoader}; immutable and thread-safe once loaded.
 */
public final class Rates2019 extends DataFileRateModule {

    /** Creates the module (for {@link java.util.ServiceLoader}). */
    public Rates2019() {
    }

    @Override
    public String id() {
        return "rates-2019";
    }

    @Override
    protected InputStream openResource(String name) {
        return Rates2019.class.getResourceAsStream(name);
    }
}
