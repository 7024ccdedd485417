package io.github.inamirules.rates2026;

import io.github.inamirules.rates.DataFileRateModule;
import java.io.InputStream;

/**
 * The rates in force in 2026, as far as the law gives them: every parameter, tariff and nomenclature
 * code of the covered professions on any day of 2026.
 *
 * <p>Covers physiotherapy over {@code [2026-01-01, 2027-01-01)}. The M/25 convention covers 2025 and
 * 2026 (official), so its rules carry over: the fixed patient shares, the caps and windows, the
 * two-month start rule and the −25 % rule for non-conventioned practitioners are {@code carried} rows
 * naming the text in force. No 2026 physiotherapy fee was found (the indexation date and percentage are
 * not in any stored source): every fee is an explicit {@code unknown} row naming what was searched, so a
 * 2026 session is decided (covered, band, code, patient share) and its fee and insurance are listed as
 * missing. Direct access (announced, no legal text) is switched off, and video sessions are not
 * attestable (physical-presence rule), each with its sources. Amounts no source gives are never
 * guessed.
 *
 * <p>Found with {@link java.util.ServiceLoader}; immutable and thread-safe once loaded.
 */
public final class Rates2026 extends DataFileRateModule {

    /** Creates the module (for {@link java.util.ServiceLoader}). */
    public Rates2026() {
    }

    @Override
    public String id() {
        return "rates-2026";
    }

    @Override
    protected InputStream openResource(String name) {
        return Rates2026.class.getResourceAsStream(name);
    }
}
