package io.github.inamirules.occupational;

import io.github.inamirules.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The occupational-therapy rounding rule of the patient share (ticket modérateur / remgeld): the fee
 * times the share rate, truncated to the cent (ERGO-30), or rounded half-up when the rate module says
 * the share is not truncated.
 *
 * <p>Why truncation: no source states the rule. The research infers it from the 14 fee / share pairs
 * two practice pages publish (MOVITA, probably 2021; ADAPT2PERFORM, probably 2020): every pair fits
 * share = ⌊fee × 25 %⌋ (ordinary) or ⌊fee × 10 %⌋ (preferential), while half-up rounding misses by
 * €0.01 in 11 of them (149.96 × 10 % = 14.996 → 14.99, not 15.00). This is the library's one
 * truncation; it happens here, at the last step, and nowhere else. Stateless and thread-safe.
 *
 * @see <a href="https://movita.be/praktisch/kostprijs-behandeling/">ERGO-30 figures (MOVITA)</a>
 */
final class PatientShare {
    private PatientShare() {
    }

    /**
     * Computes the patient share of a fee.
     *
     * @param fee the official fee
     * @param rate the share rate, e.g. {@code 0.25}
     * @param truncated true to truncate to the cent (ERGO-30), false to round half-up
     * @return the patient share; the insurance pays {@code fee - share}
     */
    static Money of(Money fee, BigDecimal rate, boolean truncated) {
        Objects.requireNonNull(fee, "fee");
        BigDecimal exact = fee.amount().multiply(Objects.requireNonNull(rate, "rate"));
        return truncated ? Money.of(exact.setScale(2, RoundingMode.DOWN)) : Money.ofRounded(exact);
    }
}
