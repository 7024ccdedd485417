package io.github.inamirules.occupational;

import io.github.inamirules.rates.DataFileRateModule;
import java.io.InputStream;

/**
 * Test only: a fixture overlay ({@code ReimbursementEngine.Builder#overlay}) on the proposed 2025 data:
 * it replaces the five unknown tariff rows with the undated MOVITA fees (probably 2021,
 * shared/research/ergo.md T-ERGO-A) and the unknown observation-bilan code row with 784291 (E-E1). It
 * stands for what a user installs beside rates-2025 when they have fees (a NomenSoft import); it is
 * never shipped. Files under {@code src/test/resources/io/github/inamirules/occupational/fixture/}.
 */
final class FixtureRates extends DataFileRateModule {

    @Override
    public String id() {
        return "ot-fixture-movita";
    }

    @Override
    public String version() {
        return "test-fixture";
    }

    @Override
    protected InputStream openResource(String name) {
        return FixtureRates.class.getResourceAsStream("fixture/" + name);
    }
}
