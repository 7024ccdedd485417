package io.github.inamirules.physio;

import io.github.inamirules.assessment.Decision;
import io.github.inamirules.model.Profession;
import io.github.inamirules.model.Session;
import io.github.inamirules.model.Situation;
import io.github.inamirules.rates.ParameterSpec;
import io.github.inamirules.rules.RuleContext;
import io.github.inamirules.rules.RuleSet;
import io.github.inamirules.rules.RuleSetResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The physiotherapy rule set (kinésithérapie / kinesitherapie, nomenclature article 7).
 *
 * <p>One chronological pass over the sessions; each session goes through named rules in order, and the
 * first refusal stops it:
 * <ol>
 *   <li>{@link PrescriptionRequirement} (P-01, P-03);</li>
 *   <li>{@link DailySessionLimit} (P-26, P-36);</li>
 *   <li>counting and banding by situation: {@link CourantePathologyCount} (P-19–P-24),
 *       {@link FaPeriodCount} (P-27, P-28), {@link FbPeriodCount} (P-30), {@link EAgreementPeriod}
 *       (P-32, P-33), {@link PerinatalCount} (P-35), {@link PalliativeAtHome} (P-36);</li>
 *   <li>{@link CodeSelection} (P-37, P-38);</li>
 *   <li>{@link PhysioPricing} (P-07, P-08, P-10, P-12–P-16, P-23).</li>
 * </ol>
 * Refused sessions use up nothing. The cost is linear in the number of sessions. Every figure comes
 * from the rates in force on the session's date.
 *
 * <p>Stateless and thread-safe; the state of a pass lives in objects local to {@link #assess}.
 */
public final class PhysiotherapyRuleSet implements RuleSet {

    /** Creates the rule set (for {@link java.util.ServiceLoader} and explicit registration). */
    public PhysiotherapyRuleSet() {
    }

    @Override
    public Profession profession() {
        return Profession.PHYSIOTHERAPY;
    }

    @Override
    public Set<ParameterSpec> parameters() {
        return PhysioParameters.all();
    }

    @Override
    public RuleSetResult assess(RuleContext context) {
        Pass pass = new Pass();
        List<Decision> decisions = new ArrayList<>();
        for (Session s : context.sessions()) {
            decisions.add(pass.decide(new SessionDraft(context.history(), s, context.ratesAt(s.date()))));
        }
        return new RuleSetResult(decisions, pass.counters.entitlements());
    }

    /** The state of one pass. */
    private static final class Pass {
        final Counters counters = new Counters();
        final PrescriptionRequirement prescriptions = new PrescriptionRequirement();
        final DailySessionLimit daily = new DailySessionLimit();
        final CourantePathologyCount courante = new CourantePathologyCount(counters);
        final FaPeriodCount fa = new FaPeriodCount(counters);
        final FbPeriodCount fb = new FbPeriodCount(counters);
        final EAgreementPeriod e = new EAgreementPeriod(counters);
        final PerinatalCount perinatal = new PerinatalCount(counters);
        final PalliativeAtHome palliative = new PalliativeAtHome();
        final CodeSelection codes = new CodeSelection();
        final PhysioPricing pricing = new PhysioPricing();

        Decision decide(SessionDraft d) {
            prescriptions.apply(d);
            boolean second = !d.isRefused() && daily.apply(d);
            if (!d.isRefused()) {
                count(d, second);
            }
            if (d.isRefused()) {
                return d.toDecision();
            }
            daily.accept(d);
            if (second && d.pathology.situation() != Situation.PALLIATIVE_HOME) {
                d.codeBand = Bands.SECOND_SESSION;
                d.info(PhysioRule.P_26, "PHYSIO_SECOND_SESSION_OF_DAY", "date", d.date());
            }
            codes.apply(d);
            pricing.apply(d);
            return d.toDecision();
        }

        private void count(SessionDraft d, boolean second) {
            switch (d.pathology.situation()) {
                case COURANTE:
                    courante.apply(d);
                    break;
                case PERINATAL:
                    if (!perinatal.apply(d)) {
                        courante.apply(d);
                    }
                    break;
                case FA:
                    fa.apply(d);
                    break;
                case FB:
                    fb.apply(d);
                    break;
                case E:
                    e.apply(d);
                    break;
                case PALLIATIVE_HOME:
                    palliative.apply(d, second);
                    break;
                default:
                    throw new IllegalStateException("situation " + d.pathology.situation());
            }
        }
    }
}
