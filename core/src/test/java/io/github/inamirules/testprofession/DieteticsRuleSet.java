package io.github.inamirules.testprofession;

import io.github.inamirules.assessment.Missing;
import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.Approval;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Episode;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Session;
import io.github.inamirules.rates.NomenclatureCode;
import io.github.inamirules.rates.Rates;
import io.github.inamirules.rates.Tariff;
import io.github.inamirules.rules.Approvals;
import io.github.inamirules.rules.ChronologicalPass;
import io.github.inamirules.rules.CountingPass;
import io.github.inamirules.rules.Counters;
import io.github.inamirules.rules.DecisionDraft;
import io.github.inamirules.rules.RuleContext;
import io.github.inamirules.rules.RuleSet;
import io.github.inamirules.rules.Simulator;
import io.github.inamirules.rules.Vocabulary;
import io.github.inamirules.rules.Window;
import java.util.List;
import java.util.Optional;

/**
 * The rule set of the fictional dietetics profession, written only with the kernel's public toolkit:
 * <ol>
 *   <li>D-01: no prescription, refused 008;</li>
 *   <li>D-02: an intensive episode without an accord holding on the day, refused 005;</li>
 *   <li>D-03: {@code sessions_max} (or {@code sessions_max_diabetic}) sessions per episode and calendar
 *       year, then refused 002 naming the session that used them up;</li>
 *   <li>D-04: from 2026, a home session while {@code home.allowed} is false, refused 009 (after it was
 *       counted: the count is never committed);</li>
 *   <li>D-05: the code from the code table; an absent or unknown row leaves the session unpriced;</li>
 *   <li>D-06: insurance = fee - patient share, or the tariff's explicit insurance amount; an unknown
 *       tariff leaves the session unpriced with its patient share; a non-conventioned practitioner's
 *       fee asked above the fee is a supplement.</li>
 * </ol>
 * An explicit unknown parameter makes the session INSUFFICIENT_DATA.
 */
public final class DieteticsRuleSet implements RuleSet {

    @Override
    public Vocabulary vocabulary() {
        return DieteticsFiction.VOCABULARY;
    }

    /** An intensive episode gets one accord from its first session to the day after its last. */
    @Override
    public Simulator simulator() {
        return (history, episode, first, last, rates) -> episode.kind().equals(DieteticsFiction.INTENSIVE)
                ? List.of(Approval.builder().id("sim-accord-" + episode.id()).episodeId(episode.id())
                        .kind(DieteticsFiction.INTENSIVE_ACCORD).period(DateRange.of(first, last.plusDays(1))).build())
                : List.of();
    }

    @Override
    public Optional<ChronologicalPass> chronologicalPass(RuleContext context) {
        return Optional.of(new Pass(Approvals.of(context.history())));
    }

    /** The state of one pass. */
    private static final class Pass extends CountingPass {
        private final Approvals approvals;

        Pass(Approvals approvals) {
            super(DieteticsFiction.TEXTS, DietRule.D_03, "DIET_FIGURE_UNKNOWN");
            this.approvals = approvals;
        }

        @Override
        protected void decideRules(DecisionDraft d) {
            DieteticsRuleSet.decide(d, approvals, counters);
        }
    }

    private static void decide(DecisionDraft d, Approvals approvals, Counters counters) {
        Session s = d.session();
        Episode episode = d.episode();
        Rates rates = d.rates();
        if (s.prescriptionId().isEmpty()) {
            d.refuse(DietRule.D_01, "DIET_PRESCRIPTION_MISSING", RefusalCode.PREREQUISITE_NOT_MET);
            return;
        }
        boolean intensive = episode.kind().equals(DieteticsFiction.INTENSIVE);
        if (intensive && approvals.holding(episode.id(), DieteticsFiction.INTENSIVE_ACCORD, d.date()).isEmpty()) {
            d.refuse(DietRule.D_02, "DIET_ACCORD_MISSING", RefusalCode.NO_AGREEMENT, "date", d.date());
            return;
        }
        boolean diabetic = episode.facts().getOrDefault(DieteticsFiction.DIABETIC, false);
        int max = rates.integer(diabetic ? DieteticsFiction.SESSIONS_MAX_DIABETIC.name()
                : DieteticsFiction.SESSIONS_MAX.name());
        Money share = rates.money(d.isPreferential() ? DieteticsFiction.PATIENT_SHARE_PREFERENTIAL.name()
                : DieteticsFiction.PATIENT_SHARE_ORDINARY.name());
        DateRange year = Window.calendarYear().period(null, d.date());
        if (counters.used(DieteticsFiction.COUNTER, episode.id(), year) >= max) {
            String last = counters.lastCounted(DieteticsFiction.COUNTER, episode.id(), year).orElse(null);
            d.refuseUsedUp(DietRule.D_03, "DIET_MAX_REACHED", RefusalCode.MAXIMUM_REACHED, last,
                    "max", max, "usedUpBy", last);
            return;
        }
        int rank = counters.count(d, DieteticsFiction.COUNTER, episode.id(), year, max);
        String band = intensive ? DieteticsFiction.BAND_INTENSIVE : DieteticsFiction.BAND_STANDARD;
        d.band(band, rank);
        DietPlace place = s.facts().getOrDefault(DieteticsFiction.PLACE, DietPlace.CABINET);
        d.info(DietRule.D_03, "DIET_SESSION_COUNTED", "rank", rank, "max", max, "place", place.id());
        if (place == DietPlace.HOME && !d.date().isBefore(DieteticsFiction.HOME_RULE_FROM)
                && !rates.flag(DieteticsFiction.HOME_ALLOWED.name())) {
            d.refuse(DietRule.D_04, "DIET_HOME_NOT_ALLOWED", RefusalCode.NOT_ATTESTABLE_ON_DATE, "date", d.date());
            return;
        }
        Optional<String> code = rates.code(band, place.id()).flatMap(NomenclatureCode::code);
        if (code.isEmpty()) {
            d.patientShare(share);
            d.missing(Missing.Impact.AMOUNT, DietRule.D_05, "DIET_CODE_UNKNOWN", "NOMENCLATURE_CODE", null,
                    "band", band, "place", place.id());
            return;
        }
        d.code(code.get());
        Optional<Tariff> tariff = rates.tariff(code.get()).filter(t -> !t.isUnknown());
        if (tariff.isEmpty()) {
            d.patientShare(share);
            d.missing(Missing.Impact.AMOUNT, DietRule.D_06, "DIET_TARIFF_UNKNOWN", "TARIFF", code.get(),
                    "code", code.get());
            return;
        }
        Money fee = tariff.get().fee().orElseThrow();
        Money insurance = tariff.get().insurance(d.isPreferential()).orElse(fee.minus(share));
        Money supplement = Money.ZERO;
        Optional<Money> asked = s.feeAsked();
        if (!d.practitioner().isConventionedOn(d.date()) && asked.isPresent() && asked.get().compareTo(fee) > 0) {
            supplement = asked.get().minus(fee);
            d.info(DietRule.D_06, "DIET_SUPPLEMENT", "supplement", supplement);
        }
        d.price(fee, insurance, fee.minus(insurance), supplement, tariff.get().provenance());
    }
}
