package io.github.inamirules.physiotherapy;

import io.github.inamirules.model.EpisodeKind;
import io.github.inamirules.rules.Approvals;
import io.github.inamirules.rules.ChronologicalPass;
import io.github.inamirules.rules.CountingPass;
import io.github.inamirules.rules.DecisionDraft;
import io.github.inamirules.rules.RuleContext;
import io.github.inamirules.rules.RuleSet;
import io.github.inamirules.rules.Simulator;
import io.github.inamirules.rules.Vocabulary;
import java.util.Optional;

/**
 * The physiotherapy rule set (kinésithérapie / kinesitherapie, nomenclature article 7).
 *
 * <p>One chronological pass over the sessions; each session goes through named rules in order, and the
 * first refusal stops it:
 * <ol>
 *   <li>{@link VideoSession} (P-42, P-44);</li>
 *   <li>{@link PrescriptionRequirement} (P-01, P-03), with {@link DirectAccess} (P-42);</li>
 *   <li>{@link DailySessionLimit} (P-26, P-36);</li>
 *   <li>counting and banding by situation: {@link CourantePathologyCount} (P-19–P-24),
 *       {@link FaPeriodCount} (P-27, P-28), {@link FbPeriodCount} (P-30), {@link EAgreementPeriod}
 *       (P-32, P-33), {@link PerinatalCount} (P-35), {@link PalliativeAtHome} (P-36);</li>
 *   <li>{@link CodeSelection} (P-37, P-38);</li>
 *   <li>{@link PhysioPricing} (P-07, P-08, P-10, P-12–P-16, P-23, P-43).</li>
 * </ol>
 * Refused sessions use up nothing: counts, windows and the day's session are committed only when a
 * session is accepted ({@link DecisionDraft}). An explicit unknown figure read by a rule makes the
 * session {@code INSUFFICIENT_DATA} naming it. The cost is linear in the number of sessions. Every
 * figure comes from the rates in force on the session's date.
 *
 * <p>A {@link ChronologicalPass}: each session is decided from the earlier ones only, so the engine can
 * keep the pass of an assessed history and quote a next session in constant time.
 *
 * <p>Stateless and thread-safe; the state of a pass lives in objects local to {@link #assess}.
 */
public final class PhysiotherapyRuleSet implements RuleSet {
    private static final Simulator SIMULATOR = new PhysiotherapySimulator();

    /** Creates the rule set (for {@link java.util.ServiceLoader} and explicit registration). */
    public PhysiotherapyRuleSet() {
    }

    @Override
    public Vocabulary vocabulary() {
        return PhysiotherapyVocabulary.VOCABULARY;
    }

    @Override
    public Simulator simulator() {
        return SIMULATOR;
    }

    @Override
    public Optional<ChronologicalPass> chronologicalPass(RuleContext context) {
        return Optional.of(new Pass(Approvals.of(context.history())));
    }

    /** The state of one pass. */
    private static final class Pass extends CountingPass {
        final VideoSession video = new VideoSession();
        final PrescriptionRequirement prescriptions = new PrescriptionRequirement(counters);
        final DailySessionLimit daily;
        final CourantePathologyCount courante;
        final FaPeriodCount fa;
        final FbPeriodCount fb;
        final EAgreementPeriod e;
        final PerinatalCount perinatal = new PerinatalCount(counters);
        final PalliativeAtHome palliative = new PalliativeAtHome();
        final CodeSelection codes = new CodeSelection();
        final PhysioPricing pricing = new PhysioPricing();

        Pass(Approvals approvals) {
            super(PhysiotherapyVocabulary.TEXTS, PhysioRule.P_08, "PHYSIO_FIGURE_UNKNOWN");
            daily = new DailySessionLimit(approvals);
            courante = new CourantePathologyCount(counters, approvals);
            fa = new FaPeriodCount(counters, approvals);
            fb = new FbPeriodCount(counters, approvals);
            e = new EAgreementPeriod(counters, approvals);
        }

        @Override
        protected void decideRules(DecisionDraft d) {
            EpisodeKind situation = d.episode().kind();
            boolean byVideo = video.apply(d);
            if (!d.isRefused()) {
                prescriptions.apply(d);
            }
            boolean second = !d.isRefused() && daily.apply(d);
            if (!d.isRefused()) {
                count(d, situation, second);
            }
            if (d.isRefused()) {
                return;
            }
            String codeBand = d.band().orElseThrow().id();
            if (second && !situation.equals(Situation.PALLIATIVE_HOME)) {
                codeBand = Bands.SECOND_SESSION;
                d.info(PhysioRule.P_26, "PHYSIO_SECOND_SESSION_OF_DAY", "date", d.date());
            }
            codes.apply(d, codeBand, byVideo);
            pricing.apply(d, situation);
        }

        private void count(DecisionDraft d, EpisodeKind situation, boolean second) {
            if (situation.equals(Situation.COURANTE)) {
                courante.apply(d);
            } else if (situation.equals(Situation.PERINATAL)) {
                if (!perinatal.apply(d)) {
                    courante.apply(d);
                }
            } else if (situation.equals(Situation.FA)) {
                fa.apply(d);
            } else if (situation.equals(Situation.FB)) {
                fb.apply(d);
            } else if (situation.equals(Situation.E)) {
                e.apply(d);
            } else if (situation.equals(Situation.PALLIATIVE_HOME)) {
                palliative.apply(d, second);
            } else {
                throw new IllegalStateException("not a physiotherapy situation: " + situation);
            }
        }
    }
}
