package io.github.inamirules.rules;

import io.github.inamirules.assessment.Band;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Missing;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.Reason;
import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.assessment.Severity;
import io.github.inamirules.assessment.Texts;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.Episode;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Practitioner;
import io.github.inamirules.model.Session;
import io.github.inamirules.rates.Provenance;
import io.github.inamirules.rates.Rates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The decision of one session while a rule set's rules work on it, and the one way a rule set builds a
 * {@link Decision}.
 *
 * <h2>Life cycle</h2>
 * <ol>
 *   <li><b>Open</b>: created for a session with the rates of its date. Rules add reasons
 *       ({@link #info}, {@link #warn}), may {@link #refuse} it, set its {@link #band band},
 *       {@link #code code} and amounts ({@link #price}), and report what is {@link #missing}.</li>
 *   <li><b>Refused</b>: after {@link #refuse}, the draft takes no band, code or amount; later rules
 *       should check {@link #isRefused()} and stop.</li>
 *   <li><b>Decided</b>: {@link #decide()} builds the decision, once. If the session was not refused,
 *       the actions registered with {@link #whenAccepted(Runnable)} run first, in order: that is how
 *       counters and windows opened by a first session commit. A reason that only holds for an
 *       accepted session is recorded with {@link #warnIfAccepted}. A refused session therefore uses up
 *       nothing, whichever rule refused it and in whichever order the rules ran.</li>
 *   <li><b>Tried</b>: {@link #trial()} builds the decision as {@link #decide()} would, and runs no
 *       accepted action, so the pass is left as it was: that is how a next session is quoted from a
 *       kept {@link ChronologicalPass}. Hence the rule: a rule changes the state of its pass only in
 *       accepted actions, and an accepted action only changes that state (it adds no reason).</li>
 * </ol>
 * The outcome follows: refused, else {@link Outcome#INSUFFICIENT_DATA} if a
 * {@link Missing.Impact#COVERAGE coverage} item is missing, else {@link Outcome#REIMBURSED} (unpriced
 * if an amount is missing).
 *
 * <p>Confined to one pass of one assessment: not thread-safe, never shared.
 */
public final class DecisionDraft {
    private final CareHistory history;
    private final Session session;
    private final Episode episode;
    private final Practitioner practitioner;
    private final Rates rates;
    private final Texts texts;
    private final boolean preferential;

    /** The reasons so far: the scratch's list while open, handed back empty once decided. */
    private final List<Reason> reasons;
    private final @Nullable Scratch scratch;
    /** Created when first needed, as most sessions have none. */
    private @Nullable List<Missing> missing;
    /** The accepted actions, {@code accepted} of them: an array, as every session registers a few. */
    private Runnable[] onAccepted;
    private int accepted;
    private @Nullable List<Reason> warningsIfAccepted;

    /** The {@code _PARTIAL} codes of {@link #explainAmounts}, joined once per code rather than per session. */
    private static final java.util.Map<String, String> PARTIAL = new java.util.concurrent.ConcurrentHashMap<>();

    /** The tariff statuses as {@code explainAmounts} writes them, lower case, by ordinal. */
    private static final String[] STATUS_IDS = java.util.Arrays.stream(io.github.inamirules.rates.ProvenanceStatus.values())
            .map(st -> st.name().toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);
    private RefusalCode refusal;
    private String usedUpBy;
    private Band band;
    private String code;
    private Money fee;
    private Money insurance;
    private Money patientShare;
    private Money supplement = Money.ZERO;
    private Provenance tariffProvenance;
    private boolean decided;

    /**
     * Opens a draft.
     *
     * @param history the care history
     * @param session the session decided, of that history
     * @param rates the rates in force on its date
     * @param texts the texts of the rule set's profession
     */
    public DecisionDraft(CareHistory history, Session session, Rates rates, Texts texts) {
        this(history, session, rates, texts, null);
    }

    /**
     * Opens a draft that works in the lists of a scratch, for a pass that decides one session after
     * the other ({@link ChronologicalPass#assessAll}): the lists are emptied and free again once the
     * draft is decided, when nothing reads them any more (a decided draft refuses every change).
     */
    DecisionDraft(CareHistory history, Session session, Rates rates, Texts texts, @Nullable Scratch scratch) {
        this.scratch = scratch;
        if (scratch != null) {
            if (!scratch.free) {
                throw new IllegalStateException("the scratch of a pass serves one open draft at a time");
            }
            scratch.free = false;
            this.reasons = scratch.reasons;
            this.onAccepted = scratch.onAccepted;
        } else {
            this.reasons = new ArrayList<>(6);
            this.onAccepted = new Runnable[4];
        }
        this.history = history;
        this.session = session;
        this.episode = history.episode(session.episodeId());
        this.practitioner = history.practitioner(session.practitionerId());
        this.rates = rates;
        this.texts = texts;
        this.preferential = history.patient().isPreferentialOn(session.date());
    }

    /**
     * Returns the care history.
     *
     * @return the history
     */
    public CareHistory history() {
        return history;
    }

    /**
     * Returns the session decided.
     *
     * @return the session
     */
    public Session session() {
        return session;
    }

    /**
     * Returns the session's episode.
     *
     * @return the episode
     */
    public Episode episode() {
        return episode;
    }

    /**
     * Returns the session's practitioner.
     *
     * @return the practitioner
     */
    public Practitioner practitioner() {
        return practitioner;
    }

    /**
     * Returns the rates in force on the session's date.
     *
     * @return the rates
     */
    public Rates rates() {
        return rates;
    }

    /**
     * Returns the date of service.
     *
     * @return the date
     */
    public LocalDate date() {
        return session.date();
    }

    /**
     * Tells whether the patient has the preferential status (BIM) on the date.
     *
     * @return true if preferential
     */
    public boolean isPreferential() {
        return preferential;
    }

    /**
     * Tells whether a rule refused the session.
     *
     * @return true once refused
     */
    public boolean isRefused() {
        return refusal != null;
    }

    /**
     * Refuses the session.
     *
     * @param rule the rule that refuses
     * @param reasonCode the stable reason code
     * @param refusalCode the eTarif refusal code
     * @param values the values that drove it, as name, value, name, value…
     */
    public void refuse(RuleReference rule, String reasonCode, RefusalCode refusalCode, Object... values) {
        open();
        reasons.add(reason(rule, reasonCode, Severity.REFUSAL, values));
        refusal = refusalCode;
    }

    /**
     * Refuses the session because an entitlement was used up, naming the session that used it up.
     *
     * @param rule the rule that refuses
     * @param reasonCode the stable reason code
     * @param refusalCode the eTarif refusal code
     * @param sessionId the session that used the entitlement up, or null if unknown
     * @param values the values that drove it, as name, value, name, value…
     */
    public void refuseUsedUp(RuleReference rule, String reasonCode, RefusalCode refusalCode,
            @Nullable String sessionId, Object... values) {
        refuse(rule, reasonCode, refusalCode, values);
        usedUpBy = sessionId;
    }

    /**
     * Adds an explanation.
     *
     * @param rule the rule
     * @param reasonCode the stable reason code
     * @param values the values, as name, value, name, value…
     */
    public void info(RuleReference rule, String reasonCode, Object... values) {
        open();
        reasons.add(reason(rule, reasonCode, Severity.INFO, values));
    }

    /**
     * Adds a warning.
     *
     * @param rule the rule
     * @param reasonCode the stable reason code
     * @param values the values, as name, value, name, value…
     */
    public void warn(RuleReference rule, String reasonCode, Object... values) {
        open();
        reasons.add(reason(rule, reasonCode, Severity.WARNING, values));
    }

    /**
     * Records a warning that holds only if the session is accepted (a refused session gets none): a
     * prescription's number of sessions exceeded, say. Unlike an accepted action, it is part of a
     * {@link #trial()} decision too.
     *
     * @param rule the rule
     * @param reasonCode the reason code
     * @param values name / value pairs for the message
     */
    public void warnIfAccepted(RuleReference rule, String reasonCode, Object... values) {
        open();
        if (warningsIfAccepted == null) {
            warningsIfAccepted = new ArrayList<>(2);
        }
        warningsIfAccepted.add(reason(rule, reasonCode, Severity.WARNING, values));
    }

    /**
     * Reports something the decision needed and did not have, with a reason citing the rule.
     *
     * @param impact whether the coverage or only the amounts are left undecided
     * @param rule the rule that needed it
     * @param reasonCode the stable reason code
     * @param item the stable id of what is missing, e.g. {@code TARIFF}
     * @param nomenclatureCode the nomenclature code concerned, or null
     * @param values the values that say more, as name, value, name, value…
     */
    public void missing(Missing.Impact impact, RuleReference rule, String reasonCode, String item,
            @Nullable String nomenclatureCode, Object... values) {
        open();
        Reason r = reason(rule, reasonCode, Severity.MISSING_DATA, values);
        reasons.add(r);
        if (missing == null) {
            missing = new ArrayList<>(2);
        }
        missing.add(Missing.builder().item(item).impact(impact).date(date()).code(Optional.ofNullable(nomenclatureCode))
                .episodeId(episode.id()).values(r.values()).texts(texts).build());
    }

    /**
     * Reports an explicit unknown figure a rule read (a parameter the rate module gives as
     * {@code unknown}): the session's coverage cannot be decided, so it becomes
     * {@link Outcome#INSUFFICIENT_DATA}, naming the figure, its module and what was searched. The usual
     * way to handle an {@link io.github.inamirules.rates.UnknownFigureException} thrown by a rule.
     *
     * @param rule the rule that needed the figure
     * @param reasonCode the stable reason code
     * @param e the exception, with the unknown row
     */
    public void missingFigure(RuleReference rule, String reasonCode, io.github.inamirules.rates.UnknownFigureException e) {
        missing(Missing.Impact.COVERAGE, rule, reasonCode, Missing.PARAMETER, null, "parameter", e.row().key(),
                "module", rates.module().id(), "searched", e.row().provenance().note().orElse(""));
    }

    /**
     * Sets the band.
     *
     * @param id the band id, declared by the vocabulary
     * @param rank the session's rank in the counter that decided the band, or null if not counted
     */
    public void band(String id, @Nullable Integer rank) {
        notRefused("band");
        band = Band.of(id, rank, texts);
    }

    /**
     * Returns the band, if set.
     *
     * @return the band
     */
    public Optional<Band> band() {
        return Optional.ofNullable(band);
    }

    /**
     * Sets the nomenclature code.
     *
     * @param nomenclatureCode the code
     */
    public void code(String nomenclatureCode) {
        notRefused("code");
        code = nomenclatureCode;
    }

    /**
     * Returns the nomenclature code, if set.
     *
     * @return the code
     */
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    /**
     * Sets every amount, from a tariff.
     *
     * @param officialFee the official fee
     * @param insuranceAmount what the insurance pays
     * @param patientPart the patient share, {@code fee - insurance}
     * @param supplementAmount what the practitioner may charge above the fee
     * @param provenance where the tariff comes from
     */
    public void price(Money officialFee, Money insuranceAmount, Money patientPart, Money supplementAmount,
            Provenance provenance) {
        notRefused("price");
        fee = officialFee;
        insurance = insuranceAmount;
        patientShare = patientPart;
        supplement = supplementAmount;
        tariffProvenance = provenance;
    }

    /**
     * Sets the patient share alone, when the fee is unknown but the share is fixed.
     *
     * @param patientPart the patient share
     */
    public void patientShare(Money patientPart) {
        notRefused("patientShare");
        patientShare = patientPart;
    }

    /**
     * Records what set the draft's amounts, as one INFO reason, so that every priced decision explains
     * itself and a change of status is visible on the first session it changes: the patient's
     * preferential (BIM) status on the date ({@code preferential} {@code true} / {@code false}), the
     * practitioner's convention status on it ({@code conventioned}, where the profession has one), the
     * patient-share rule applied ({@code shareRule}, a value the profession labels as
     * {@code shareRule.<value>}) and, when the draft is priced, the code and the status of its tariff
     * ({@code tariffStatus}: {@code official}, {@code reported}…). The amounts, the date and the
     * tariff's sources are the decision's own fields ({@code fee()}, {@code tariffProvenance()}…): the
     * reason does not hold them twice. Call it after {@link #price} or {@link #patientShare}.
     *
     * <p>The reason code is {@code reasonCode} when the draft is priced, {@code reasonCode + "_PARTIAL"}
     * when only the patient share is known; nothing is recorded when no amount is set.
     *
     * @param rule the rule that sets the patient share
     * @param reasonCode the reason code of the explanation
     * @param shareRule the patient-share rule or category applied
     * @param conventioned the practitioner's convention status as the profession's pricing read it, or
     *     null where the profession has no convention
     */
    public void explainAmounts(RuleReference rule, String reasonCode, String shareRule, @Nullable Boolean conventioned) {
        notRefused("explainAmounts");
        if (patientShare == null) {
            return;
        }
        boolean priced = fee != null && insurance != null;
        boolean withCode = priced && code != null;
        boolean withStatus = priced && tariffProvenance != null;
        Object[] values = new Object[4 + (conventioned != null ? 2 : 0) + (withCode ? 2 : 0) + (withStatus ? 2 : 0)];
        int i = 0;
        values[i++] = "preferential";
        values[i++] = preferential;
        if (conventioned != null) {
            values[i++] = "conventioned";
            values[i++] = conventioned;
        }
        values[i++] = "shareRule";
        values[i++] = shareRule;
        if (withCode) {
            values[i++] = "code";
            values[i++] = code;
        }
        if (withStatus) {
            values[i++] = "tariffStatus";
            values[i] = STATUS_IDS[tariffProvenance.status().ordinal()];
        }
        reasons.add(reason(rule, priced ? reasonCode : PARTIAL.computeIfAbsent(reasonCode, c -> c + "_PARTIAL"),
                Severity.INFO, values));
    }

    /**
     * Registers an action that runs when the session is decided and not refused: counting it, opening a
     * window at a first session.
     *
     * @param action the action
     */
    public void whenAccepted(Runnable action) {
        open();
        if (action == null) {
            throw new io.github.inamirules.NullValueException("action");
        }
        if (accepted == onAccepted.length) {
            onAccepted = java.util.Arrays.copyOf(onAccepted, accepted * 2);   // kept by the scratch when released
        }
        onAccepted[accepted++] = action;
    }

    /**
     * Builds the decision, once, and commits what an accepted session uses up.
     *
     * @return the decision
     * @throws IllegalStateException if called twice
     */
    public Decision decide() {
        return build(true);
    }

    /**
     * Builds the decision, once, and commits nothing: the session is decided as if it came next, and
     * the state of the pass stays as it was (its accepted actions are dropped). For quotes.
     *
     * @return the decision
     * @throws IllegalStateException if the draft is already decided
     */
    public Decision trial() {
        return build(false);
    }

    private Decision build(boolean commit) {
        open();
        if (refusal == null) {
            if (warningsIfAccepted != null) {
                reasons.addAll(warningsIfAccepted);
            }
            if (commit) {
                for (int i = 0; i < accepted; i++) {
                    onAccepted[i].run();
                }
            }
        }
        decided = true;
        Decision.Builder b = Decision.builder().sessionId(session.id()).date(session.date())
                .profession(episode.profession()).episodeId(episode.id()).reasons(reasons);   // copied once, here
        if (scratch != null) {
            scratch.release(onAccepted, accepted);
        }
        if (band != null) {
            b.band(band);
        }
        if (code != null) {
            b.nomenclatureCode(code);
        }
        if (tariffProvenance != null) {
            b.tariffProvenance(tariffProvenance);
        }
        if (missing != null) {
            b.missing(missing);
        }
        if (refusal != null) {
            if (usedUpBy != null) {
                b.usedUpBy(usedUpBy);
            }
            return b.outcome(Outcome.REFUSED).refusalCode(refusal).insurance(Money.ZERO).build();
        }
        boolean coverageUnknown = false;
        if (missing != null) {
            for (Missing m : missing) {
                coverageUnknown |= m.impact() == Missing.Impact.COVERAGE;
            }
        }
        if (fee != null) {
            b.fee(fee);
        }
        if (insurance != null) {
            b.insurance(insurance);
        }
        if (patientShare != null) {
            b.patientShare(patientShare);
        }
        return b.supplement(supplement).outcome(coverageUnknown ? Outcome.INSUFFICIENT_DATA : Outcome.REIMBURSED)
                .build();
    }

    private Reason reason(RuleReference rule, String reasonCode, Severity severity, Object... values) {
        Reason[] last = scratch == null ? null
                : scratch.lastReasons.computeIfAbsent(reasonCode, c -> new Reason[Scratch.SEVERITIES]);
        if (last != null) {
            Reason same = last[severity.ordinal()];
            if (same != null && same.texts() == texts && same.ruleId().equals(rule.id())
                    && same.source().equals(rule.source()) && same.values().holds(values)) {
                return same;                      // the same reason as a session before: shared, immutable
            }
        }
        Reason r = Reason.of(reasonCode, severity, rule.id(), rule.source(),
                io.github.inamirules.assessment.ReasonValues.ofPairs(values), texts);
        if (last != null) {
            last[severity.ordinal()] = r;
        }
        return r;
    }

    private void open() {
        if (decided) {
            throw new IllegalStateException("session " + session.id() + " is already decided");
        }
    }

    private void notRefused(String what) {
        open();
        if (refusal != null) {
            throw new IllegalStateException("session " + session.id() + " is refused: no " + what);
        }
    }

    /**
     * The lists a pass's drafts work in, one draft after the other, so that deciding a session
     * allocates no list of its own: the reasons, emptied once copied into the decision, and the
     * accepted actions, cleared once run. It also keeps the last reason of each code, which a later
     * session giving the same reason (same rule, severity and values) shares instead of a new one:
     * most of a history's sessions give the same amounts or missing-code reason. Confined to one pass,
     * like its drafts.
     */
    static final class Scratch {
        private static final int SEVERITIES = Severity.values().length;
        private final List<Reason> reasons = new ArrayList<>(8);
        /** The last reason of each code, by severity. */
        private final java.util.HashMap<String, Reason[]> lastReasons = new java.util.HashMap<>();
        private Runnable[] onAccepted = new Runnable[8];
        private boolean free = true;

        void release(Runnable[] actions, int count) {
            reasons.clear();
            java.util.Arrays.fill(actions, 0, count, null);
            onAccepted = actions;
            free = true;
        }
    }
}
