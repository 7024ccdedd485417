package io.github.inamirules.psychology;

import io.github.inamirules.model.Money;
import io.github.inamirules.rates.ParameterValue;
import io.github.inamirules.rates.UnknownFigureException;
import io.github.inamirules.rules.DecisionDraft;

/**
 * Prices a pilot session: fee 60.00 for the first (60-minute) session and 45.00 for a next one, the
 * personal share (ticket modérateur / remgeld) 11.00, or 4.00 for a preferential (BIM) patient, and the
 * insurance the rest (PSY-18, R01, R02; the insurance amounts are fee − share, as psy.md computes them).
 *
 * <p>C-1: several sources (the network's information sheet for psychologists of the COVID-19 period,
 * OZ-2020) give 11.20 and fees of 61.17 / 45.88. The rates choose the launch figures (C-1's
 * resolution) and carry the others as {@code pilot.alternative.*}; each pilot decision states them, so
 * the alternative stays visible.
 *
 * @see <a href="https://domusmedica.be/actueel/eerstelijnspsychologie-komt-er">PSY-18 source</a>
 */
final class PilotPricing {

    /** Sets fee, insurance and patient share on an accepted pilot draft. */
    void apply(DecisionDraft d, boolean first) {
        ParameterValue feeRow = d.rates().parameter(first ? PsyParameters.PILOT_FEE_FIRST : PsyParameters.PILOT_FEE);
        Money fee = (Money) feeRow.as(io.github.inamirules.rates.ParameterType.MONEY);
        Money share = d.rates().money(d.isPreferential() ? PsyParameters.SHARE_PREFERENTIAL : PsyParameters.SHARE_ORDINARY);
        d.price(fee, fee.minus(share), share, Money.ZERO, feeRow.provenance());
        d.explainAmounts(PsyRule.PSY_18, "PSY_AMOUNTS", first ? "pilot-first" : "pilot", null);
        alternative(d, first, share);
    }

    private static void alternative(DecisionDraft d, boolean first, Money share) {
        try {
            Money altFee = d.rates().money(first ? PsyParameters.PILOT_ALT_FEE_FIRST : PsyParameters.PILOT_ALT_FEE);
            Money altShare = d.isPreferential() ? share : d.rates().money(PsyParameters.PILOT_ALT_SHARE);
            d.info(PsyRule.PSY_18, "PSY_PILOT_ALTERNATIVE_FIGURES", "alternativeShare", altShare,
                    "alternativeFee", altFee);
        } catch (UnknownFigureException e) {
            // No source gives an alternative on this day: nothing to show.
        }
    }
}
