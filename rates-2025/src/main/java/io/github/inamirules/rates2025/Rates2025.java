package io.github.inamirules.rates2025;

import io.github.inamirules.rates.DataFileRateModule;
import java.io.InputStream;

/**
 * The rates in force in 2025: every parameter, tariff and nomenclature code of the covered
 * professions on any day of 2025, including those set earlier (the fixed patient shares of 2019) and
 * every change inside the year (no convention in January, M/25 indexation on 1 February, the −25 %
 * rule for non-conventioned physiotherapists from 1 May).
 *
 * <p>Covers physiotherapy, occupational therapy and clinical psychology over
 * {@code [2025-01-01, 2026-01-01)}. The data are the {@code .psv} files
 * next to this class; each row names its sources and says whether it is official, reported or
 * derived (with the derivation). Amounts no source gives are absent, and decisions that need them say
 * so.
 *
 * <p>Found with {@link java.util.ServiceLoader}; immutable and thread-safe once loaded.
 */
public final class Rates2025 extends DataFileRateModule {

    /** Creates the module (for {@link java.util.ServiceLoader}). */
    public Rates2025() {
    }

    @Override
    public String id() {
        return "rates-2025";
    }

    @Override
    protected InputStream openResource(String name) {
        return Rates2025.class.getResourceAsStream(name);
    }
}
