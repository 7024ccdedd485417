package io.github.inamirules.physiotherapy;

import io.github.inamirules.assessment.Missing;
import io.github.inamirules.model.EpisodeKind;
import io.github.inamirules.model.Money;
import io.github.inamirules.rates.ProvenanceStatus;
import io.github.inamirules.rates.Tariff;
import io.github.inamirules.rules.DecisionDraft;
import java.math.BigDecimal;
import java.util.Optional;


/**
 * Prices a session from its code's tariff (honoraire / honorarium, ticket modérateur / remgeld).
 *
 * <ul>
 *   <li>The patient share is fixed by category since 1 September 2019, whatever the fee (P-07): E
 *       list, Fa/Fb, other, 15- and 20-minute sessions, palliative at home (0).</li>
 *   <li>The insurance pays the official fee minus that share (P-08), unless the tariff gives the
 *       insurance amount explicitly, as for dépassement sessions, whose fee may be that of 560011
 *       (P-23); the patient share is then fee minus insurance.</li>
 *   <li>A practitioner who is not conventioned on the date (or any practitioner while no convention
 *       is in force, P-14) may charge a supplement above the official fee. For an ordinary patient
 *       the insurance amount is reduced by the rate parameter (25 % from 1 May 2025, 0 before; P-12,
 *       P-13, C-07), rounded half-up to the cent (Q-09: the historical examples round to the nearest
 *       cent). A preferential patient keeps the full insurance amount and, where the parameter says
 *       so, must be charged the official fee: no supplement (P-12).</li>
 *   <li>A conventioned practitioner charges the official fee (P-10): a higher fee asked gives a
 *       warning and no supplement.</li>
 *   <li>The insurance never pays more than the practitioner charged: a fee asked below the official
 *       fee caps the insurance amount at the fee asked, and the patient pays the rest of what was
 *       asked (P-43; the conservative reading, see docs/research/fee-asked-below-official.md).</li>
 * </ul>
 * A tariff or fee no source gives is reported as missing (the session stays covered, unpriced); the
 * fixed patient share is still given where it is what the patient pays.
 *
 * @see <a href="https://www.inami.fgov.be/nl/professionals/individuele-zorgverleners/kinesitherapeuten/kinesitherapieverstrekkingen-vaste-remgelden-">P-07 source</a>
 * @see <a href="https://helan.be/fr/magazine/actualites/convention-des-kines">P-12 source</a>
 */
final class PhysioPricing {

    /**
     * Sets fee, insurance, patient share and supplement on a banded draft. Without a code or a fee,
     * the fixed patient share is still given where it is what the patient pays (conventioned
     * practitioner, preferential patient, or no reduction in force). What set the amounts is one reason,
     * {@code PHYSIO_AMOUNTS} (P-07).
     */
    void apply(DecisionDraft d, EpisodeKind situation) {
        String category = category(d, situation);
        boolean conventioned = conventioned(d);
        setAmounts(d, category, conventioned);
        d.explainAmounts(PhysioRule.P_07, "PHYSIO_AMOUNTS", category, conventioned);
    }

    private void setAmounts(DecisionDraft d, String category, boolean conventioned) {
        Money share = d.rates().money(PhysioParameters.patientShare(category, d.isPreferential()));
        Optional<Tariff> tariff = d.code().flatMap(code -> d.rates().tariff(code));
        if (tariff.isEmpty() || tariff.get().fee().isEmpty()) {
            if (conventioned || d.isPreferential() || reduction(d).signum() == 0) {
                d.patientShare(share);
            }
            d.code().ifPresent(code -> d.missing(Missing.Impact.AMOUNT, PhysioRule.P_08, "PHYSIO_TARIFF_UNKNOWN",
                    Missing.TARIFF, code, "code", code, "date", d.date(), "module", d.rates().module().id(),
                    "searched", tariff.flatMap(t -> t.provenance().note()).orElse("")));
            return;
        }
        Tariff t = tariff.get();
        if (t.provenance().status() == ProvenanceStatus.DERIVED) {
            d.warn(PhysioRule.P_08, "PHYSIO_TARIFF_DERIVED", "code", t.code(),
                    "derivation", t.provenance().note().orElse(""));
        }
        Money fee = t.fee().get();
        Optional<Money> given = t.insurance(d.isPreferential());
        Money insurance = given.isPresent() ? given.get() : fee.minus(share);   // computed only when needed
        if (!conventioned && !d.isPreferential()) {
            insurance = reduce(d, insurance);
        }
        Money asked = d.session().feeAsked().orElse(fee);
        if (asked.compareTo(fee) < 0) {
            priceBelowOfficial(d, fee, insurance, asked, t);
            return;
        }
        d.price(fee, insurance, fee.minus(insurance), supplement(d, fee, asked, conventioned), t.provenance());
    }

    /** P-43: the insurance pays at most what was charged; the patient pays the rest of it. */
    private static void priceBelowOfficial(DecisionDraft d, Money fee, Money insurance, Money asked, Tariff t) {
        Money capped = insurance.min(asked);
        d.info(PhysioRule.P_43, "PHYSIO_FEE_ASKED_BELOW_OFFICIAL", "feeAsked", asked, "fee", fee,
                "insurance", capped);
        d.price(asked, capped, asked.minus(capped), Money.ZERO, t.provenance());
    }

    private static String category(DecisionDraft d, EpisodeKind s) {
        if (s.equals(Situation.PALLIATIVE_HOME)) {
            return "palliative";
        }
        if (PhysiotherapySessions.minutes(d.session()) <= 20) {
            return "short";
        }
        if (s.equals(Situation.E)) {
            return "e";
        }
        return s.equals(Situation.FA) || s.equals(Situation.FB) ? "f" : "other";
    }

    private static boolean conventioned(DecisionDraft d) {
        if (!d.rates().flag(PhysioParameters.CONVENTION_IN_FORCE)) {
            d.info(PhysioRule.P_14, "PHYSIO_NO_CONVENTION_IN_FORCE", "date", d.date());
            return false;
        }
        return d.practitioner().isConventionedOn(d.date());
    }

    private static BigDecimal reduction(DecisionDraft d) {
        return d.rates().decimal(PhysioParameters.NON_CONVENTIONED_REDUCTION);
    }

    private static Money reduce(DecisionDraft d, Money insurance) {
        BigDecimal reduction = reduction(d);
        if (reduction.signum() == 0) {
            return insurance;
        }
        Money reduced = insurance.timesRounded(BigDecimal.ONE.subtract(reduction));
        d.info(PhysioRule.P_12, "PHYSIO_NON_CONVENTIONED_REDUCTION",
                "reductionPercent", reduction.movePointRight(2).stripTrailingZeros().toPlainString(),
                "insurance", insurance, "reduced", reduced);
        return reduced;
    }

    private static Money supplement(DecisionDraft d, Money fee, Money asked, boolean conventioned) {
        if (asked.compareTo(fee) <= 0) {
            return Money.ZERO;
        }
        if (conventioned) {
            d.warn(PhysioRule.P_10, "PHYSIO_CONVENTIONED_FEE_ABOVE_OFFICIAL", "feeAsked", asked, "fee", fee);
            return Money.ZERO;
        }
        if (d.isPreferential() && d.rates().flag(PhysioParameters.PREFERENTIAL_OFFICIAL_FEE)) {
            d.warn(PhysioRule.P_12, "PHYSIO_PREFERENTIAL_OFFICIAL_FEE", "feeAsked", asked, "fee", fee);
            return Money.ZERO;
        }
        Money supplement = asked.minus(fee);
        d.info(PhysioRule.P_12, "PHYSIO_SUPPLEMENT", "feeAsked", asked, "fee", fee, "supplement", supplement);
        return supplement;
    }
}
