package io.github.inamirules.occupational;

import io.github.inamirules.assessment.Missing;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.rules.ChronologicalPass;
import io.github.inamirules.rules.CountingPass;
import io.github.inamirules.rules.DecisionDraft;
import io.github.inamirules.rules.RuleContext;
import io.github.inamirules.rules.RuleSet;
import io.github.inamirules.rules.Simulator;
import io.github.inamirules.rules.Vocabulary;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The occupational-therapy rule set: services at home after a complete locomotor and / or neurological
 * rehabilitation programme (nomenclature of rehabilitation prestations, AR 10 January 1991).
 *
 * <p>One chronological pass over the sessions; each goes through named rules in order, and the first
 * refusal stops it:
 * <ol>
 *   <li>{@link PractitionerInamiNumber} (ERGO-16);</li>
 *   <li>{@link RehabilitationProgramme} (ERGO-10, ERGO-15, ERGO-20);</li>
 *   <li>{@link RehabilitationPhysicianPrescription} (ERGO-14);</li>
 *   <li>the service must be given (else INSUFFICIENT_DATA);</li>
 *   <li>{@link LivingEnvironment} (ERGO-10–ERGO-12);</li>
 *   <li>{@link ProgrammeWindow} (ERGO-13);</li>
 *   <li>{@link ServiceDuration} (ERGO-03, a warning);</li>
 *   <li>{@link ServiceLimitPerPrescription} (ERGO-17);</li>
 *   <li>{@link CodeSelection} (ERGO-03) and {@link OtPricing} (ERGO-02, ERGO-30).</li>
 * </ol>
 * A session whose coverage cannot be decided (a missing programme end, convention or prescriber role)
 * stops before counting, so it uses up nothing; refused sessions use up nothing either. An explicit
 * unknown figure read before pricing makes the session INSUFFICIENT_DATA naming it. The cost is linear
 * in the number of sessions; every figure comes from the rates in force on the session's date.
 *
 * <p>A {@link ChronologicalPass}: each session is decided from the earlier ones only, so the engine can
 * keep the pass of an assessed history and quote a next session in constant time.
 *
 * <p>Stateless and thread-safe; the state of a pass lives in objects local to {@link #assess}.
 */
public final class OccupationalTherapyRuleSet implements RuleSet {
    private static final Simulator SIMULATOR = new OccupationalTherapySimulator();

    /** Creates the rule set (for {@link java.util.ServiceLoader} and explicit registration). */
    public OccupationalTherapyRuleSet() {
    }

    @Override
    public Vocabulary vocabulary() {
        return OccupationalTherapyVocabulary.VOCABULARY;
    }

    @Override
    public Simulator simulator() {
        return SIMULATOR;
    }

    @Override
    public Optional<ChronologicalPass> chronologicalPass(RuleContext context) {
        return Optional.of(new Pass());
    }

    /** The state of one pass. */
    private static final class Pass extends CountingPass {
        final PractitionerInamiNumber practitioner = new PractitionerInamiNumber();
        final RehabilitationProgramme programme = new RehabilitationProgramme();
        final RehabilitationPhysicianPrescription prescription = new RehabilitationPhysicianPrescription();
        final LivingEnvironment environment = new LivingEnvironment();
        final ProgrammeWindow window = new ProgrammeWindow();
        final ServiceDuration duration = new ServiceDuration();
        final ServiceLimitPerPrescription limits = new ServiceLimitPerPrescription(counters);
        final CodeSelection codes = new CodeSelection();
        final OtPricing pricing = new OtPricing();

        Pass() {
            super(OccupationalTherapyVocabulary.TEXTS, OtRule.ERGO_02, "OT_FIGURE_UNKNOWN");
        }

        @Override
        protected void decideRules(DecisionDraft d) {
            practitioner.apply(d);
            if (d.isRefused()) {
                return;
            }
            Optional<LocalDate> end = programme.apply(d);
            if (d.isRefused()) {
                return;
            }
            Optional<Prescription> p = prescription.apply(d);
            if (d.isRefused()) {
                return;
            }
            Optional<Service> service = d.session().facts().get(OccupationalTherapyFacts.SERVICE);
            if (service.isEmpty()) {
                d.missing(Missing.Impact.COVERAGE, OtRule.ERGO_03, "OT_SERVICE_UNKNOWN",
                        OccupationalTherapyVocabulary.MISSING_SERVICE, null, "session", d.session().id());
                return;
            }
            environment.apply(d, service.get(), end);
            if (d.isRefused() || end.isEmpty() || p.isEmpty()) {
                return;
            }
            covered(d, service.get(), end.get(), p.get());
        }

        /** The window, the count and the price of a session whose eligibility is established. */
        private void covered(DecisionDraft d, Service service, LocalDate end, Prescription p) {
            window.apply(d, service, end);
            if (d.isRefused()) {
                return;
            }
            duration.apply(d, service);
            limits.apply(d, service, p);
            if (d.isRefused()) {
                return;
            }
            codes.apply(d, service).ifPresent(code -> pricing.apply(d, code));
        }
    }
}
