package io.github.inamirules.occupational;

import io.github.inamirules.assessment.Missing;
import io.github.inamirules.model.Money;
import io.github.inamirules.rates.ProvenanceStatus;
import io.github.inamirules.rates.Tariff;
import io.github.inamirules.rates.UnknownFigureException;
import io.github.inamirules.rules.DecisionDraft;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Prices a covered session from its code's tariff (honoraire / honorarium).
 *
 * <ul>
 *   <li>The fee is the official fee R × coefficient, also the maximum the therapist may charge
 *       (ERGO-02): a higher fee asked gets a warning and no supplement.</li>
 *   <li>Where the tariff gives the insurance amount (an official table or a NomenSoft import), the
 *       patient pays the fee minus it.</li>
 *   <li>Otherwise the patient share is the fee times the rate of the patient's status (25 % ordinary,
 *       10 % preferential, rate parameters) with the profession's rounding rule, truncation to the
 *       cent ({@link PatientShare}, ERGO-30), and the insurance pays the rest.</li>
 * </ul>
 * No 2024–2026 fee is sourced: a tariff no source gives is reported missing (fee, insurance and patient
 * share unknown) and the session stays {@code REIMBURSED}, unpriced. An unknown pricing parameter
 * likewise leaves only the amounts unknown: coverage was decided before pricing.
 *
 * @see <a href="https://movita.be/praktisch/kostprijs-behandeling/">ERGO-30 figures</a>
 * @see <a href="https://refli.be/fr/lex/1991022617">ERGO-02 source</a>
 */
final class OtPricing {

    /** Sets fee, insurance and patient share on a draft that has its code. */
    void apply(DecisionDraft d, String code) {
        String shareRule = setAmounts(d, code);
        d.explainAmounts(OtRule.ERGO_30, "OT_AMOUNTS", shareRule, null);
    }

    /** Sets the amounts; returns the patient-share rule applied. */
    private String setAmounts(DecisionDraft d, String code) {
        Optional<Tariff> tariff = d.rates().tariff(code);
        if (tariff.isEmpty() || tariff.get().fee().isEmpty()) {
            d.missing(Missing.Impact.AMOUNT, OtRule.ERGO_02, "OT_TARIFF_UNKNOWN", Missing.TARIFF, code, "code", code,
                    "module", d.rates().module().id(), "searched", tariff.flatMap(t -> t.provenance().note()).orElse(""));
            return "none";
        }
        Tariff t = tariff.get();
        Money fee = t.fee().get();
        if (t.provenance().status() == ProvenanceStatus.DERIVED) {
            d.warn(OtRule.ERGO_02, "OT_TARIFF_DERIVED", "code", code, "derivation", t.provenance().note().orElse(""));
        }
        d.session().feeAsked().filter(asked -> asked.compareTo(fee) > 0).ifPresent(asked -> d.warn(OtRule.ERGO_02,
                "OT_FEE_ASKED_ABOVE_MAXIMUM", "feeAsked", asked, "fee", fee));
        Optional<Money> insurance = t.insurance(d.isPreferential());
        if (insurance.isPresent()) {
            d.price(fee, insurance.get(), fee.minus(insurance.get()), Money.ZERO, t.provenance());
            return "tariff-insurance";
        }
        Money share;
        try {
            share = share(d, fee);
        } catch (UnknownFigureException e) {
            d.missing(Missing.Impact.AMOUNT, OtRule.ERGO_30, "OT_PRICING_FIGURE_UNKNOWN", Missing.PARAMETER, code,
                    "parameter", e.row().key(), "module", d.rates().module().id(),
                    "searched", e.row().provenance().note().orElse(""));
            return "none";
        }
        d.price(fee, fee.minus(share), share, Money.ZERO, t.provenance());
        return d.rates().flag(OtParameters.SHARE_TRUNCATED) ? "percentage-truncated" : "percentage-rounded";
    }

    private static Money share(DecisionDraft d, Money fee) {
        BigDecimal rate = d.rates().decimal(d.isPreferential() ? OtParameters.SHARE_RATE_PREFERENTIAL
                : OtParameters.SHARE_RATE_ORDINARY);
        boolean truncated = d.rates().flag(OtParameters.SHARE_TRUNCATED);
        Money share = PatientShare.of(fee, rate, truncated);
        d.info(OtRule.ERGO_30, truncated ? "OT_PATIENT_SHARE_TRUNCATED" : "OT_PATIENT_SHARE_ROUNDED", "percent", rate.movePointRight(2).stripTrailingZeros().toPlainString(),
                "fee", fee, "exact", fee.amount().multiply(rate).stripTrailingZeros().toPlainString(), "share", share);
        return share;
    }
}
