package io.github.inamirules.examples.storytelling.rates;

import io.github.inamirules.rates.DataFileRateModule;
import java.io.InputStream;

/**
 * The 2025 rates of storytelling therapy, a <strong>fictional</strong> profession: parameters, tariffs
 * and nomenclature codes over {@code [2025-01-01, 2026-01-01)}, in the plain-text files next to this
 * class ({@code sources.psv}, {@code coverage.psv}, {@code storytelling/parameters.psv},
 * {@code storytelling/tariffs.psv}, {@code storytelling/codes.psv}). Each row names its (invented)
 * source and status; one tariff is an explicit unknown row whose note says what was searched.
 *
 * <p>It covers storytelling only, so it sits beside {@code rates-2025} (physiotherapy) without
 * conflict: the kernel allows one module per (profession, day). Found with
 * {@link java.util.ServiceLoader}; immutable and thread-safe once loaded.
 */
public final class StorytellingRates2025 extends DataFileRateModule {

    /** Creates the module (for {@link java.util.ServiceLoader}). */
    public StorytellingRates2025() {
    }

    @Override
    public String id() {
        return "storytelling-rates-2025";
    }

    @Override
    public String version() {
        return "2025.1-fictional";
    }

    @Override
    protected InputStream openResource(String name) {
        return StorytellingRates2025.class.getResourceAsStream(name);
    }
}
