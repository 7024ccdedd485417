package io.github.inamirules.occupational;

import io.github.inamirules.rates.DataFileRateModule;
import java.io.InputStream;

/**
 * Test only: the occupational-therapy data proposed for {@code rates-2025}, read from copies under
 * {@code src/test/resources/io/github/inamirules/occupational/shipped/} (a {@code coverage.psv} and a
 * {@code sources.psv} holding only the proposed lines). {@link TestRateDataCopies} keeps the copies equal
 * to the files shipped in rates-2025, so that the rule set is tested against the real data before
 * rates-2025 covers the profession.
 */
final class Rates2025Copy extends DataFileRateModule {

    @Override
    public String id() {
        return "rates-2025";
    }

    @Override
    public String version() {
        return "test-copy";
    }

    @Override
    protected InputStream openResource(String name) {
        return Rates2025Copy.class.getResourceAsStream("shipped/" + name);
    }
}
