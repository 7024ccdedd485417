package io.github.inamirules.engine;

import io.github.inamirules.InamiRulesException;
import io.github.inamirules.InvalidInputException;
import io.github.inamirules.MissingRuleSetException;
import io.github.inamirules.NullValueException;
import io.github.inamirules.RateCoverageException;
import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.ImmutableAssessment;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.Profession;
import io.github.inamirules.model.Session;
import io.github.inamirules.model.SessionOrder;
import io.github.inamirules.rates.RateCatalog;
import io.github.inamirules.rates.RateModule;
import io.github.inamirules.rules.RuleContext;
import io.github.inamirules.rules.RuleSet;
import io.github.inamirules.rules.RuleSetResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point: decides every session of a care history.
 *
 * <pre>{@code
 * ReimbursementEngine engine = ReimbursementEngine.loadInstalled();   // rule sets and rate modules on the path
 * Assessment assessment = engine.assess(history);
 * for (Decision d : assessment.decisions()) { ... }
 * }</pre>
 *
 * <p>The engine is a pure function of its input: the same history gives the same assessment whatever
 * the order of its sessions and whatever the thread, and no rule reads the clock (the date of service
 * decides). One instance is immutable and serves any number of threads; build it once.
 *
 * <p>Every input session gets exactly one decision, or the call fails with an
 * {@link InamiRulesException}: {@link MissingRuleSetException} if a session's profession has no rule
 * set, {@link RateCoverageException} if no rate module covers its date.
 */
public final class ReimbursementEngine {
    private static final Logger LOG = LoggerFactory.getLogger(ReimbursementEngine.class);

    private final Map<Profession, RuleSet> ruleSets;
    private final RateCatalog catalog;

    private ReimbursementEngine(Map<Profession, RuleSet> ruleSets, RateCatalog catalog) {
        this.ruleSets = Map.copyOf(ruleSets);
        this.catalog = catalog;
    }

    /**
     * Builds an engine from every rule set and rate module installed on the class path or module path,
     * found with {@link ServiceLoader}.
     *
     * @return the engine
     * @throws io.github.inamirules.RateDataException if a module's data are invalid or incomplete
     */
    public static ReimbursementEngine loadInstalled() {
        return builder().addInstalled().build();
    }

    /**
     * Returns a builder, to choose rule sets and rate modules explicitly (for frameworks that do not
     * use {@link ServiceLoader}, and for tests).
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the rate catalog the engine reads.
     *
     * @return the catalog
     */
    public RateCatalog catalog() {
        return catalog;
    }

    /**
     * Returns the rule sets, by profession.
     *
     * @return the rule sets
     */
    public Map<Profession, RuleSet> ruleSets() {
        return ruleSets;
    }

    /**
     * Decides every session of a care history.
     *
     * @param history the care history
     * @return one decision per session, in input order, with counters
     * @throws InvalidInputException if an episode does not fit its profession's vocabulary (an undeclared
     *     fact, or a fact its kind does not allow)
     * @throws MissingRuleSetException if a session's profession has no rule set
     * @throws RateCoverageException if no rate module covers a session's profession on its date
     */
    public Assessment assess(CareHistory history) {
        if (history == null) {
            throw new NullValueException("history");
        }
        for (io.github.inamirules.model.Episode e : history.episodes()) {
            RuleSet ruleSet = ruleSets.get(e.profession());
            if (ruleSet != null) {
                ruleSet.vocabulary().checkEpisode(e);
            }
        }
        Map<Profession, List<Session>> byProfession = new LinkedHashMap<>();
        for (Session s : history.sessions()) {
            Profession p = history.practitioner(s.practitionerId()).profession();
            checkCovered(s, p);
            byProfession.computeIfAbsent(p, k -> new ArrayList<>()).add(s);
        }
        Map<String, Decision> decided = new HashMap<>();
        ImmutableAssessment.Builder out = Assessment.builder();
        for (Map.Entry<Profession, List<Session>> e : byProfession.entrySet()) {
            List<Session> sorted = new ArrayList<>(e.getValue());
            sorted.sort(SessionOrder.CHRONOLOGICAL);
            RuleSet ruleSet = ruleSets.get(e.getKey());
            RuleSetResult result = ruleSet.assess(new RuleContext(history, e.getKey(), sorted, catalog));
            java.util.Set<String> given = new java.util.HashSet<>();
            sorted.forEach(x -> given.add(x.id()));
            for (Decision d : result.decisions()) {
                if (!given.contains(d.sessionId())) {
                    throw new InamiRulesException("rule set " + ruleSet.getClass().getName()
                            + " decided session " + d.sessionId() + ", which it was not given");
                }
                if (decided.put(d.sessionId(), d) != null) {
                    throw new InamiRulesException("rule set " + ruleSet.getClass().getName()
                            + " decided session " + d.sessionId() + " twice");
                }
            }
            out.addAllEntitlements(result.entitlements());
        }
        for (Session s : history.sessions()) {
            Decision d = decided.get(s.id());
            if (d == null) {
                throw new InamiRulesException("no decision for session " + s.id() + ": rule set of "
                        + history.practitioner(s.practitionerId()).profession() + " is incomplete");
            }
            out.addDecisions(d);
        }
        return out.build();
    }

    /**
     * Decides a batch of care histories, one assessment each, in the same order.
     *
     * @param histories the care histories
     * @return the assessments
     */
    public List<Assessment> assessAll(Collection<CareHistory> histories) {
        if (histories == null) {
            throw new NullValueException("histories");
        }
        return histories.stream().map(this::assess).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Answers "what would this next session give?": the decision for a session added to the history.
     *
     * @param history the care history so far
     * @param next the session to quote, with an id not used in the history
     * @return the decision for {@code next}
     * @throws InvalidInputException if the session is invalid in the history
     */
    public Decision quote(CareHistory history, Session next) {
        if (history == null) {
            throw new NullValueException("history");
        }
        if (next == null) {
            throw new NullValueException("next");
        }
        return assess(history.withAddedSession(next)).decision(next.id());
    }

    private void checkCovered(Session s, Profession p) {
        if (!ruleSets.containsKey(p)) {
            throw new MissingRuleSetException("session[" + s.id() + "]: profession " + p
                    + " has no rule set; loaded: " + ruleSets.keySet());
        }
        if (!catalog.covers(p, s.date())) {
            try {
                catalog.ratesAt(p, s.date());
            } catch (RateCoverageException e) {
                throw new RateCoverageException("session[" + s.id() + "] on " + s.date() + ": " + e.getMessage());
            }
        }
    }

    /**
     * Builds an engine. Not thread-safe; the engine it builds is.
     */
    public static final class Builder {
        private final List<RuleSet> ruleSets = new ArrayList<>();
        private final List<RateModule> rateModules = new ArrayList<>();
        private final List<RateModule> overlays = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a rule set.
         *
         * @param ruleSet the rule set
         * @return this builder
         */
        public Builder ruleSet(RuleSet ruleSet) {
            if (ruleSet == null) {
                throw new NullValueException("ruleSet");
            }
            ruleSets.add(ruleSet);
            return this;
        }

        /**
         * Adds a rate module.
         *
         * @param module the rate module
         * @return this builder
         */
        public Builder rateModule(RateModule module) {
            if (module == null) {
                throw new NullValueException("rateModule");
            }
            rateModules.add(module);
            return this;
        }

        /**
         * Adds an overlay: a rate module installed explicitly on top of the others (a NomenSoft import
         * of official fees, a what-if reform), whose rows replace, on their days, the installed rows of
         * the same profession and key. Every overlay row must replace at least one installed row, and two
         * overlays may not replace the same row: an overlay never wins silently. The engine logs once,
         * when built, what each overlay replaces ({@code catalog().replacements()}).
         *
         * @param overlay the overlay, whose coverage lies within the installed modules'
         * @return this builder
         */
        public Builder overlay(RateModule overlay) {
            if (overlay == null) {
                throw new NullValueException("overlay");
            }
            overlays.add(overlay);
            return this;
        }

        /**
         * Adds every rule set and rate module found with {@link ServiceLoader}.
         *
         * @return this builder
         */
        public Builder addInstalled() {
            ServiceLoader.load(RuleSet.class, loader()).forEach(ruleSets::add);
            ServiceLoader.load(RateModule.class, loader()).forEach(rateModules::add);
            return this;
        }

        private static ClassLoader loader() {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            return context != null ? context : ReimbursementEngine.class.getClassLoader();
        }

        /**
         * Builds the engine: validates every rate module, checks that no two modules cover the same
         * profession on the same day, and checks each profession's rows against its rule set's
         * vocabulary (declared parameters of the right type, required ones on every covered day,
         * code rows keyed on the declared columns with declared values).
         *
         * @return the engine
         * @throws InvalidInputException if two rule sets are for the same profession
         * @throws io.github.inamirules.RateDataException if rate data are invalid or incomplete, or an
         *     overlay row replaces nothing
         * @throws io.github.inamirules.RateConflictException if two modules cover one day, or two overlays
         *     replace one row
         */
        public ReimbursementEngine build() {
            Map<Profession, RuleSet> byProfession = new LinkedHashMap<>();
            for (RuleSet r : ruleSets) {
                RuleSet before = byProfession.putIfAbsent(r.profession(), r);
                if (before != null && before.getClass() != r.getClass()) {
                    throw InvalidInputException.of("ruleSet", r.getClass().getName(), "is a second rule set for "
                            + r.profession() + " besides " + before.getClass().getName());
                }
            }
            RateCatalog catalog = RateCatalog.of(distinct(rateModules), overlays);
            byProfession.values().forEach(r -> catalog.validate(r.profession(), r.vocabulary().parameters(),
                    r.vocabulary().codeTable()));
            if (LOG.isInfoEnabled() && !catalog.replacements().isEmpty()) {
                LOG.info("inami-rules overlays {} replace {} rows: {}", catalog.overlays().stream()
                        .map(RateModule::id).collect(Collectors.toList()), catalog.replacements().size(),
                        catalog.replacements());
            }
            if (LOG.isInfoEnabled()) {
                LOG.info("inami-rules engine: rule sets {}, rate modules {}", byProfession.keySet(),
                        catalog.modules().stream().map(ReimbursementEngine::describe).collect(Collectors.toList()));
            }
            return new ReimbursementEngine(byProfession, catalog);
        }

        /**
         * Drops exact duplicates only: the same module found twice (as a service and explicitly) has the
         * same class, id and data checksum. Anything else is kept, so real overlaps are reported.
         */
        private static List<RateModule> distinct(List<RateModule> modules) {
            Map<String, RateModule> seen = new LinkedHashMap<>();
            for (RateModule m : modules) {
                seen.putIfAbsent(m.getClass().getName() + "|" + m.id() + "|" + m.checksum(), m);
            }
            return new ArrayList<>(seen.values());
        }
    }

    private static String describe(RateModule m) {
        Object where;
        try {
            where = m.getClass().getProtectionDomain().getCodeSource().getLocation();
        } catch (RuntimeException e) {
            where = m.getClass().getModule();
        }
        return m.id() + " " + m.version() + " sha256=" + m.checksum() + " from " + where;
    }
}
