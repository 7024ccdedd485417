package io.github.inamirules.psychology;

import io.github.inamirules.assessment.Decision;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.model.Session;
import io.github.inamirules.rates.UnknownFigureException;
import io.github.inamirules.rules.Counters;
import io.github.inamirules.rules.DecisionDraft;
import io.github.inamirules.rules.RuleContext;
import io.github.inamirules.rules.RuleSet;
import io.github.inamirules.rules.RuleSetResult;
import io.github.inamirules.rules.Simulator;
import io.github.inamirules.rules.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The clinical-psychology rule set: sessions with clinical psychologists and clinical orthopedagogues
 * through the mental-health networks, under the 2019 pilot, the 2021 convention and the 2024
 * convention.
 *
 * <p>One chronological pass; each session goes through named rules in order, and the first refusal
 * stops it:
 * <ol>
 *   <li>{@link SchemeSelection} (PSY-20, PSY-40, C-5) and {@link NetworkAgreement} (PSY-01);</li>
 *   <li>pilot: {@link PilotReferral} (PSY-11, PSY-16), {@link PilotTargetAge} (PSY-10, PSY-16),
 *       {@link PilotVideo} (PSY-15), {@link PilotSeries} (PSY-12, PSY-14), {@link PilotYearlyCount}
 *       (PSY-12, PSY-13), {@link PilotDuration} (PSY-13), {@link PilotPricing} (PSY-18, C-1);</li>
 *   <li>networks: {@link NetworkFunction} (PSY-24, PSY-41), {@link NetworkAge} (PSY-22),
 *       {@link OneNetworkCategory} (PSY-23), {@link DailySessionLimit} (PSY-30, PSY-45 §3); then 2021:
 *       {@link GroupOrIndividual2021} (PSY-26), {@link SessionCaps2021} (PSY-25); 2024:
 *       {@link ParallelFunctions2024} (PSY-45 §1), {@link SessionCaps2024} (PSY-44); and
 *       {@link FirstIndividualSession}, {@link NetworkPricing} (PSY-27–29, PSY-42, PSY-43);</li>
 *   <li>{@link CodeSelection} .</li>
 * </ol>
 * Refused sessions use up nothing. An explicit unknown figure read by a rule makes the session
 * {@code INSUFFICIENT_DATA} naming it. Every figure comes from the rates in force on the session's date.
 *
 * <p>Stateless and thread-safe; the state of a pass lives in objects local to {@link #assess}.
 */
public final class ClinicalPsychologyRuleSet implements RuleSet {
    private static final Simulator SIMULATOR = new PsychologySimulator();

    /** Creates the rule set (for {@link java.util.ServiceLoader} and explicit registration). */
    public ClinicalPsychologyRuleSet() {
    }

    @Override
    public Vocabulary vocabulary() {
        return PsychologyVocabulary.VOCABULARY;
    }

    @Override
    public Simulator simulator() {
        return SIMULATOR;
    }

    @Override
    public RuleSetResult assess(RuleContext context) {
        Pass pass = new Pass(new PlannedSessions(context.sessions(), context::ratesAt));
        List<Decision> decisions = new ArrayList<>(context.sessions().size());
        for (Session s : context.sessions()) {
            DecisionDraft d = new DecisionDraft(context.history(), s, context.ratesAt(s.date()),
                    PsychologyVocabulary.TEXTS);
            try {
                pass.decide(d);
            } catch (UnknownFigureException e) {
                d.missingFigure(PsyRule.PSY_20, "PSY_FIGURE_UNKNOWN", e);
            }
            decisions.add(d.decide());
        }
        return new RuleSetResult(decisions, pass.counters.entitlements());
    }

    /** The state of one pass. */
    private static final class Pass {
        final Counters counters = new Counters();
        final SchemeSelection schemes = new SchemeSelection();
        final NetworkAgreement agreement = new NetworkAgreement();
        final PilotReferral referral = new PilotReferral();
        final PilotTargetAge targetAge = new PilotTargetAge();
        final PilotVideo video = new PilotVideo();
        final PilotSeries series = new PilotSeries();
        final PilotYearlyCount pilotYear = new PilotYearlyCount(counters);
        final PilotDuration duration = new PilotDuration();
        final PilotPricing pilotPricing = new PilotPricing();
        final NetworkFunction function = new NetworkFunction();
        final NetworkAge networkAge = new NetworkAge();
        final OneNetworkCategory category = new OneNetworkCategory();
        final DailySessionLimit daily = new DailySessionLimit();
        final GroupOrIndividual2021 groupOrIndividual;
        final SessionCaps2021 caps2021 = new SessionCaps2021(counters);
        final ParallelFunctions2024 parallel;
        final SessionCaps2024 caps2024 = new SessionCaps2024(counters);
        final FirstIndividualSession firstIndividual = new FirstIndividualSession();
        final NetworkPricing networkPricing = new NetworkPricing();
        final CodeSelection codes = new CodeSelection();

        Pass(PlannedSessions planned) {
            groupOrIndividual = new GroupOrIndividual2021(planned);
            parallel = new ParallelFunctions2024(planned);
        }

        void decide(DecisionDraft d) {
            Optional<Scheme> scheme = schemes.apply(d);
            if (scheme.isEmpty() || !agreement.apply(d)) {
                return;
            }
            boolean priced = scheme.get() == Scheme.PILOT ? pilot(d) : network(d, scheme.get());
            if (priced && !d.isRefused()) {
                codes.apply(d);
            }
        }

        private boolean pilot(DecisionDraft d) {
            Optional<Prescription> r = referral.referral(d);
            if (r.isEmpty()) {
                return false;
            }
            OptionalInt age = PsySessions.age(d, PsyRule.PSY_10);
            if (age.isEmpty() || !targetAge.apply(d, age.getAsInt()) || !referral.checkRole(d, r.get(), age.getAsInt())
                    || !video.apply(d) || !series.apply(d, r.get())) {
                return false;
            }
            int rank = pilotYear.apply(d);
            if (rank == 0) {
                return false;
            }
            boolean first = pilotYear.isFirst(d);
            if (!duration.apply(d, first)) {
                return false;
            }
            d.band(first ? PsyBands.PILOT_FIRST : PsyBands.PILOT_NEXT, rank);
            pilotPricing.apply(d, first);
            return true;
        }

        private boolean network(DecisionDraft d, Scheme scheme) {
            PsyFunction f = PsySessions.function(d.session(), scheme);
            SessionType type = PsySessions.type(d.session());
            if (!function.apply(d, scheme, f)) {
                return false;
            }
            OptionalInt age = PsySessions.age(d, PsyRule.PSY_22);
            if (age.isEmpty()) {
                return false;
            }
            Optional<NetworkType> network = networkAge.apply(d, age.getAsInt());
            if (network.isEmpty() || !category.apply(d, network.get()) || !daily.apply(d)) {
                return false;
            }
            if (scheme == Scheme.CONV_2021) {
                if (!groupOrIndividual.apply(d, f, type)) {
                    return false;
                }
                caps2021.apply(d, network.get(), f, type);
            } else {
                if (!parallel.apply(d, f, type)) {
                    return false;
                }
                caps2024.apply(d, f, type, age.getAsInt());
            }
            if (d.isRefused()) {
                return false;
            }
            if (d.session().prescriptionId().isPresent()) {
                d.info(PsyRule.PSY_20, "PSY_REFERRAL_NOT_NEEDED", "date", d.date());
            }
            networkPricing.apply(d, f, type, age.getAsInt(), firstIndividual.apply(d, type));
            return true;
        }
    }
}
