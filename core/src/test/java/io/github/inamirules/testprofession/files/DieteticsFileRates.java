package io.github.inamirules.testprofession.files;

import io.github.inamirules.rates.DataFileRateModule;
import java.io.InputStream;

/**
 * A rate module of the fictional dietetics profession read from data files next to this class, laid
 * out as a real rate module: {@code sources.psv}, {@code coverage.psv}, then
 * {@code dietetics-fiction/parameters.psv}, {@code tariffs.psv} and {@code codes.psv}.
 */
public final class DieteticsFileRates extends DataFileRateModule {
    public static final String ID = "diet-files-2025";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1.0-test";
    }

    @Override
    protected InputStream openResource(String name) {
        return DieteticsFileRates.class.getResourceAsStream(name);
    }
}
