package io.github.inamirules.psychology;

import io.github.inamirules.assessment.Missing;
import io.github.inamirules.model.Money;
import io.github.inamirules.rates.ParameterType;
import io.github.inamirules.rates.ParameterValue;
import io.github.inamirules.rules.DecisionDraft;

/**
 * Prices a network session (2021 and 2024 conventions). The personal share (ticket modérateur /
 * remgeld), in this order:
 * <ol>
 *   <li>0 for a beneficiary up to and including 23 on the session's date, from 1 February 2024 and
 *       under either convention (PSY-42, C-6, C-7; by age, Q-8);</li>
 *   <li>the community-intervention share, 0 (PSY-43, CM: "no personal share for group sessions in the
 *       community-oriented interventions function"; Q-10);</li>
 *   <li>2.50 for a group session, preferential patients included (PSY-28, PSY-43);</li>
 *   <li>0 for the care path's first individual session (PSY-27, PSY-43);</li>
 *   <li>otherwise 11.00, or 4.00 for a preferential (BIM) patient (PSY-28, PSY-43).</li>
 * </ol>
 * The fee is 75.00 per individual session under the 2021 convention (PSY-29, press figures; the
 * insurance pays fee − share, "minimaal 64 euro"). The group fee (the press's "400 euros for group
 * therapies" has no stated unit) and the 2024 fees are unknown in the rates: such a session is
 * covered, with its share, and fee and insurance reported missing.
 *
 * @see <a href="https://www.helan.be/nl/ons-aanbod/ziekenfonds/voordelen-en-terugbetalingen/psychotherapie/">PSY-43 source</a>
 */
final class NetworkPricing {

    /** Sets the amounts of an accepted network draft. */
    void apply(DecisionDraft d, PsyFunction f, SessionType type, int age, boolean firstIndividual) {
        String[] rule = new String[1];
        Money share = share(d, f, type, age, firstIndividual, rule);
        setAmounts(d, type, share);
        d.explainAmounts(PsyRule.PSY_29, "PSY_AMOUNTS", rule[0], null);
    }

    private static void setAmounts(DecisionDraft d, SessionType type, Money share) {
        String feeName = type == SessionType.GROUP ? PsyParameters.FEE_GROUP : PsyParameters.FEE_INDIVIDUAL;
        ParameterValue feeRow = d.rates().parameter(feeName);
        if (feeRow.isUnknown()) {
            d.patientShare(share);
            d.missing(Missing.Impact.AMOUNT, PsyRule.PSY_29, "PSY_FEE_UNKNOWN", Missing.TARIFF, null, "parameter",
                    feeName, "date", d.date(), "module", d.rates().module().id(), "searched",
                    feeRow.provenance().note().orElse(""));
            return;
        }
        Money fee = (Money) feeRow.as(ParameterType.MONEY);
        d.price(fee, fee.minus(share), share, Money.ZERO, feeRow.provenance());
    }

    /** The patient share, and in {@code rule[0]} the rule that set it. */
    private static Money share(DecisionDraft d, PsyFunction f, SessionType type, int age, boolean firstIndividual,
            String[] rule) {
        if (d.rates().flag(PsyParameters.FREE_CARE)) {
            int maxAge = d.rates().integer(PsyParameters.FREE_CARE_MAX_AGE);
            if (age <= maxAge) {
                d.info(PsyRule.PSY_42, "PSY_FREE_UNTIL_AGE", "age", age, "maxAge", maxAge);
                rule[0] = "free-until-age";
                return Money.ZERO;
            }
        }
        if (f == PsyFunction.COMMUNITY_INTERVENTION) {
            rule[0] = "community";
            return d.rates().money(PsyParameters.CONV_2024_SHARE_COMMUNITY);
        }
        if (type == SessionType.GROUP) {
            rule[0] = "group";
            return d.rates().money(PsyParameters.SHARE_GROUP);
        }
        if (firstIndividual && d.rates().flag(PsyParameters.FIRST_SESSION_FREE)) {
            d.info(f.scheme() == Scheme.CONV_2024 ? PsyRule.PSY_43 : PsyRule.PSY_27, "PSY_FIRST_SESSION_FREE", "carePath", d.episode().id());
            rule[0] = "first-session-free";
            return Money.ZERO;
        }
        rule[0] = "individual";
        return d.rates().money(d.isPreferential() ? PsyParameters.SHARE_PREFERENTIAL : PsyParameters.SHARE_ORDINARY);
    }
}
