package io.github.inamirules.engine;

import io.github.inamirules.InamiRulesException;
import io.github.inamirules.InvalidInputException;
import io.github.inamirules.MissingRuleSetException;
import io.github.inamirules.NullValueException;
import io.github.inamirules.RateCoverageException;
import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Band;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Entitlement;
import io.github.inamirules.assessment.ImmutableAssessment;
import io.github.inamirules.assessment.Missing;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.Quote;
import io.github.inamirules.assessment.SessionsLeft;
import io.github.inamirules.assessment.Texts;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Episode;
import io.github.inamirules.model.Practitioner;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.model.Profession;
import io.github.inamirules.model.Session;
import io.github.inamirules.model.SessionOrder;
import io.github.inamirules.rates.RateCatalog;
import io.github.inamirules.rates.RateModule;
import io.github.inamirules.rules.ChronologicalPass;
import io.github.inamirules.rules.RuleContext;
import io.github.inamirules.rules.RuleSet;
import io.github.inamirules.rules.RuleSetResult;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
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
 * set, {@link RateCoverageException} if no rate module covers its date (unless the engine was built
 * with {@link CoveragePolicy#LENIENT}, which decides such sessions as insufficient data).
 *
 * <p>Batches: {@link #assessAll(Collection)} and {@link #assessAll(Collection, java.util.concurrent.Executor)}
 * give one {@link HistoryResult} per history, an assessment or the exception that stopped it, so one
 * bad history never costs the others; {@link #assessEach(Iterable, java.util.function.Consumer)}
 * streams histories of any number through in the memory of one.
 */
public final class ReimbursementEngine {
    private static final Logger LOG = LoggerFactory.getLogger(ReimbursementEngine.class);

    /**
     * The missing item of a session no rate module covers, under {@link CoveragePolicy#LENIENT}: its
     * {@code date} is the session's, its value {@code profession} the session's profession.
     */
    public static final String MISSING_RATES = "RATES";

    /**
     * The missing item of a session that a rate module covers but that comes after one of its
     * profession no module covers, under {@link CoveragePolicy#LENIENT}: its {@code date} is that
     * earlier session's, its values name the {@code profession} and the earlier {@code session}.
     */
    public static final String MISSING_EARLIER_RATES = "EARLIER_RATES";

    private static final Map<String, Map<String, String>> LENIENT_TEXTS = Map.of(
            "missing." + MISSING_RATES, Map.of(
                    "fr", "aucun module de tarifs ne couvre {=profession} le {=date}",
                    "nl", "geen tariefmodule dekt {=profession} op {=date}",
                    "en", "rates for profession {=profession} on date {=date}"),
            "missing." + MISSING_EARLIER_RATES, Map.of(
                    "fr", "la séance {=session} du {=date}, antérieure, n'est couverte par aucun module de tarifs"
                            + " pour {=profession}",
                    "nl", "de eerdere sessie {=session} op {=date} wordt door geen tariefmodule voor {=profession}"
                            + " gedekt",
                    "en", "an earlier session, {=session} on {=date}, has no rates for profession {=profession}"));

    private static final Texts TEXTS = (key, locale) -> java.util.Optional.ofNullable(LENIENT_TEXTS.get(key))
            .map(byLanguage -> byLanguage.get(Texts.language(locale).getLanguage()));

    private final Map<Profession, RuleSet> ruleSets;
    private final RateCatalog catalog;
    private final CoveragePolicy coveragePolicy;

    private ReimbursementEngine(Map<Profession, RuleSet> ruleSets, RateCatalog catalog, CoveragePolicy policy) {
        this.ruleSets = Map.copyOf(ruleSets);
        this.catalog = catalog;
        this.coveragePolicy = policy;
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
     * Returns what the engine does with a session no rate module covers.
     *
     * @return the policy, {@link CoveragePolicy#STRICT} unless the builder chose otherwise
     */
    public CoveragePolicy coveragePolicy() {
        return coveragePolicy;
    }

    /**
     * Decides every session of a care history.
     *
     * @param history the care history
     * @return one decision per session, in input order, with counters
     * @throws InvalidInputException if an episode does not fit its profession's vocabulary (an undeclared
     *     fact, or a fact its kind does not allow)
     * @throws MissingRuleSetException if a session's profession has no rule set
     * @throws RateCoverageException if no rate module covers a session's profession on its date, under
     *     {@link CoveragePolicy#STRICT} (under {@link CoveragePolicy#LENIENT} the session and the later
     *     ones of its profession are {@link io.github.inamirules.assessment.Outcome#INSUFFICIENT_DATA})
     */
    public Assessment assess(CareHistory history) {
        if (history == null) {
            throw new NullValueException("history");
        }
        return run(history, null);
    }

    /**
     * Decides every session of a care history, as {@link #assess(CareHistory)} does, and keeps the
     * state of each profession's chronological pass, so that next sessions can be quoted in constant
     * time ({@link AssessedHistory#quote(Session)}).
     *
     * @param history the care history
     * @return the history, its assessment and the kept passes
     * @throws InvalidInputException as {@link #assess(CareHistory)}
     * @throws MissingRuleSetException as {@link #assess(CareHistory)}
     * @throws RateCoverageException as {@link #assess(CareHistory)}
     */
    public AssessedHistory assessForQuoting(CareHistory history) {
        if (history == null) {
            throw new NullValueException("history");
        }
        Map<Profession, AssessedHistory.Kept> kept = new HashMap<>();
        Assessment assessment = run(history, kept);
        return new AssessedHistory(this, history, assessment, kept);
    }

    /**
     * The assessment; with {@code keep}, each profession's pass is kept there (professions whose rule
     * set is a chronological pass, whose sessions a rate module covers, and those without a session).
     */
    private Assessment run(CareHistory history, @Nullable Map<Profession, AssessedHistory.Kept> keep) {
        for (io.github.inamirules.model.Episode e : history.episodes()) {
            RuleSet ruleSet = ruleSets.get(e.profession());
            if (ruleSet != null) {
                ruleSet.vocabulary().checkEpisode(e);
            }
        }
        List<Session> sessions = history.sessions();
        Map<Profession, List<Placed>> byProfession = new LinkedHashMap<>(4);
        for (int i = 0; i < sessions.size(); i++) {
            Session s = sessions.get(i);
            Profession p = history.practitioner(s.practitionerId()).profession();
            checkRuleSet(s, p);
            if (coveragePolicy == CoveragePolicy.STRICT) {
                checkCovered(s, p);
            }
            byProfession.computeIfAbsent(p, k -> new ArrayList<>()).add(new Placed(s, i));
        }
        Decision[] decided = new Decision[sessions.size()];
        ImmutableAssessment.Builder out = Assessment.builder();
        for (Map.Entry<Profession, List<Placed>> e : byProfession.entrySet()) {
            List<Placed> placed = e.getValue();
            placed.sort(Placed.CHRONOLOGICAL);
            List<Session> sorted = new ArrayList<>(placed.size());
            for (Placed x : placed) {
                sorted.add(x.session);
            }
            if (coveragePolicy == CoveragePolicy.LENIENT) {
                sorted = decideUncovered(e.getKey(), sorted, placed, decided);
                if (sorted.isEmpty()) {
                    continue;
                }
            }
            RuleSet ruleSet = ruleSets.get(e.getKey());
            RuleContext context = new RuleContext(history, e.getKey(), sorted, catalog);
            java.util.Optional<ChronologicalPass> pass = keep != null && sorted.size() == placed.size()
                    ? ruleSet.chronologicalPass(context) : java.util.Optional.empty();
            RuleSetResult result;
            if (pass.isPresent()) {
                result = ChronologicalPass.assessAll(context, pass.get());
                keep.put(e.getKey(), new AssessedHistory.Kept(pass.get(), sorted.get(sorted.size() - 1)));
            } else {
                result = ruleSet.assess(context);
            }
            place(ruleSet, result.decisions(), placed.subList(0, sorted.size()), decided);
            out.addAllEntitlements(result.entitlements());
        }
        if (keep != null) {
            for (RuleSet r : ruleSets.values()) {
                if (!byProfession.containsKey(r.profession())) {
                    r.chronologicalPass(new RuleContext(history, r.profession(), List.of(), catalog))
                            .ifPresent(p -> keep.put(r.profession(), new AssessedHistory.Kept(p, null)));
                }
            }
        }
        for (int i = 0; i < decided.length; i++) {
            if (decided[i] == null) {
                Session s = sessions.get(i);
                throw new InamiRulesException("no decision for session " + s.id() + ": rule set of "
                        + history.practitioner(s.practitionerId()).profession() + " is incomplete");
            }
        }
        return out.addDecisions(decided).build();
    }

    /** A session and its position in the history's input order. */
    private static final class Placed {
        static final Comparator<Placed> CHRONOLOGICAL = (a, b) -> SessionOrder.CHRONOLOGICAL.compare(a.session, b.session);
        final Session session;
        final int index;

        Placed(Session session, int index) {
            this.session = session;
            this.index = index;
        }
    }

    /**
     * Puts a rule set's decisions at their sessions' input positions, checking that it decided each
     * session it was given once and nothing else. Rule sets return their decisions in the order given,
     * which is checked in passing; any other order is looked up by id.
     */
    private static void place(RuleSet ruleSet, List<Decision> decisions, List<Placed> given, Decision[] decided) {
        Map<String, Placed> byId = null;
        for (int i = 0; i < decisions.size(); i++) {
            Decision d = decisions.get(i);
            Placed target;
            if (i < given.size() && given.get(i).session.id().equals(d.sessionId())) {
                target = given.get(i);
            } else {
                if (byId == null) {
                    byId = new HashMap<>();
                    for (Placed x : given) {
                        byId.put(x.session.id(), x);
                    }
                }
                target = byId.get(d.sessionId());
                if (target == null) {
                    throw new InamiRulesException("rule set " + ruleSet.getClass().getName()
                            + " decided session " + d.sessionId() + ", which it was not given");
                }
            }
            if (decided[target.index] != null) {
                throw new InamiRulesException("rule set " + ruleSet.getClass().getName()
                        + " decided session " + d.sessionId() + " twice");
            }
            decided[target.index] = d;
        }
    }

    /**
     * Decides a batch of care histories, one result each, in the same order. A history that fails (an
     * invalid history, a session no rate module covers under {@link CoveragePolicy#STRICT}, a defect of
     * a rule set) gives a {@link HistoryResult} with its exception, and the batch goes on: one bad
     * history never costs the others. For the strict form, {@link BatchResult#assessmentsOrThrow()}.
     *
     * @param histories the care histories; a {@code null} element is a failure of its own
     * @return one result per history, in input order
     */
    public BatchResult assessAll(Collection<? extends CareHistory> histories) {
        if (histories == null) {
            throw new NullValueException("histories");
        }
        List<HistoryResult> results = new ArrayList<>(histories.size());
        assessEach(histories, results::add);
        return new BatchResult(results);
    }

    /**
     * Decides a batch of care histories in parallel, and waits for all of them; the results come in
     * input order whatever the order of completion, and are the same as {@link #assessAll(Collection)}'s.
     *
     * <p>The calling thread works too: it submits a few workers to the executor (one per available
     * processor, at most one per history) and then takes histories itself, like them, until none is left.
     * So progress never depends on the executor: a worker it rejects, discards or never runs only costs
     * speed, and calling this from a task of the same pool cannot deadlock. The wait at the end is only
     * for histories a running worker has taken. An {@link Error} thrown while assessing (a stack
     * overflow, out of memory) is rethrown as itself once the batch has stopped.
     *
     * @param histories the care histories; a {@code null} element is a failure of its own
     * @param executor where the workers run; any executor will do
     * @return one result per history, in input order
     */
    public BatchResult assessAll(Collection<? extends CareHistory> histories, java.util.concurrent.Executor executor) {
        if (histories == null) {
            throw new NullValueException("histories");
        }
        if (executor == null) {
            throw new NullValueException("executor");
        }
        List<CareHistory> input = new ArrayList<>(histories);
        HistoryResult[] results = new HistoryResult[input.size()];
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(input.size());
        java.util.concurrent.atomic.AtomicReference<Error> error = new java.util.concurrent.atomic.AtomicReference<>();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < input.size(); i = next.getAndIncrement()) {
                try {
                    results[i] = assessOne(i, input.get(i));
                } catch (Error e) {
                    error.compareAndSet(null, e);
                    next.set(input.size());
                } finally {
                    done.countDown();
                }
            }
        };
        int workers = Math.min(input.size(), Runtime.getRuntime().availableProcessors()) - 1;
        for (int w = 0; w < workers; w++) {
            try {
                executor.execute(work);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                break;
            }
        }
        work.run();
        awaitUninterruptibly(done, error);
        if (error.get() != null) {
            throw error.get();
        }
        return new BatchResult(java.util.Arrays.asList(results));
    }

    /**
     * Waits for the histories running workers have taken (each finishes, interrupted or not: the engine
     * never blocks), keeping the caller's interrupt status. After an {@link Error}, the histories no
     * worker took are never counted down, so the wait ends as soon as the running ones have.
     */
    private static void awaitUninterruptibly(java.util.concurrent.CountDownLatch done,
            java.util.concurrent.atomic.AtomicReference<Error> error) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    if (done.await(10, java.util.concurrent.TimeUnit.MILLISECONDS) || error.get() != null) {
                        return;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Decides care histories one at a time as they come and hands each result to a consumer before
     * reading the next history: nothing is kept, so a batch of any size runs in the memory of one
     * history. A history that fails gives a result with its exception, and the stream goes on.
     *
     * <p>An exception thrown by the consumer, or by the iterable while it is read, is not a history's:
     * it propagates and ends the run.
     *
     * @param histories the care histories, read once, in order
     * @param consumer receives one result per history, in input order, on the calling thread
     */
    public void assessEach(Iterable<? extends CareHistory> histories, java.util.function.Consumer<? super HistoryResult> consumer) {
        if (histories == null) {
            throw new NullValueException("histories");
        }
        if (consumer == null) {
            throw new NullValueException("consumer");
        }
        long index = 0;
        for (CareHistory h : histories) {
            consumer.accept(assessOne(index++, h));
        }
    }

    /**
     * Decides a stream of care histories, as {@link #assessEach(Iterable, java.util.function.Consumer)}
     * does; the stream is read in encounter order, sequentially, and closed at the end.
     *
     * <p>An exception thrown by the consumer, or by the stream while it is read, propagates and ends
     * the run.
     *
     * @param histories the care histories
     * @param consumer receives one result per history, in encounter order, on the calling thread
     */
    public void assessEach(java.util.stream.Stream<? extends CareHistory> histories,
            java.util.function.Consumer<? super HistoryResult> consumer) {
        if (histories == null) {
            throw new NullValueException("histories");
        }
        if (consumer == null) {
            throw new NullValueException("consumer");
        }
        try (java.util.stream.Stream<? extends CareHistory> s = histories) {
            java.util.Iterator<? extends CareHistory> it = s.sequential().iterator();
            long index = 0;
            while (it.hasNext()) {
                consumer.accept(assessOne(index++, it.next()));
            }
        }
    }

    private HistoryResult assessOne(long index, CareHistory history) {
        if (history == null) {
            return HistoryResult.failed(index, null, new NullValueException("histories[" + index + "]"));
        }
        try {
            return HistoryResult.assessed(index, history, assess(history));
        } catch (RuntimeException e) {
            return HistoryResult.failed(index, history, e);
        }
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

    /**
     * Answers "what would this next session give, and where do the counters stand after it?": the
     * decision for a session added to the history, and every counter after it.
     *
     * @param history the care history so far
     * @param next the session to quote, with an id not used in the history
     * @return the decision for {@code next} and the counters after it
     * @throws InvalidInputException if the session is invalid in the history
     */
    public Quote quoteWithCounters(CareHistory history, Session next) {
        if (history == null) {
            throw new NullValueException("history");
        }
        if (next == null) {
            throw new NullValueException("next");
        }
        Assessment a = assess(history.withAddedSession(next));
        return new Quote(a.decision(next.id()), a.entitlements());
    }

    /**
     * Answers the desk's question "how many reimbursable sessions are left for this episode on this
     * date, and at what level?", up to the end of the date's calendar year (see
     * {@link #sessionsLeft(CareHistory, String, LocalDate, LocalDate)}).
     *
     * @param history the care history; its sessions dated on or after {@code date} are left out
     * @param episodeId the episode asked about
     * @param date the date asked about
     * @return the levels left, what stops them, and the counters as of the date
     * @throws InvalidInputException if the history has no such episode, or nothing to take the facts
     *     of the sessions to come from
     */
    public SessionsLeft sessionsLeft(CareHistory history, String episodeId, LocalDate date) {
        if (date == null) {
            throw new NullValueException("date");
        }
        return sessionsLeft(history, episodeId, date, LocalDate.of(date.getYear() + 1, 1, 1));
    }

    /**
     * Answers "how many reimbursable sessions are left for this episode from this date, and at what
     * level?" by deciding the sessions to come: one a day from {@code date} until {@code until}
     * (excluded, and no later than the end of the installed rates), for the episode, by the practitioner
     * and with the facts, place, minutes and prescription of the episode's last session before the date
     * (its first session if it has none before, or the first practitioner of its profession and its last
     * prescription if it has no session at all). The history's own sessions on or after the date are left
     * out: the answer is for the desk on that day. Consecutive reimbursed sessions of one band make a
     * level; the first session to come that would not be reimbursed is the answer's
     * {@link SessionsLeft#stop()}. Cost: one assessment of the history plus one session per day.
     *
     * @param history the care history
     * @param episodeId the episode asked about
     * @param date the date asked about
     * @param until the first day not considered
     * @return the levels left, what stops them, and the counters as of the date
     * @throws InvalidInputException if the history has no such episode, {@code until} is not after
     *     {@code date}, or nothing gives the facts of the sessions to come
     */
    public SessionsLeft sessionsLeft(CareHistory history, String episodeId, LocalDate date, LocalDate until) {
        if (history == null) {
            throw new NullValueException("history");
        }
        if (episodeId == null) {
            throw new NullValueException("episodeId");
        }
        if (date == null) {
            throw new NullValueException("date");
        }
        if (until == null) {
            throw new NullValueException("until");
        }
        Episode episode = history.episodes().stream().filter(e -> e.id().equals(episodeId)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("episodeId", episodeId, "is not an episode of the history"));
        if (!until.isAfter(date)) {
            throw InvalidInputException.of("until", until.toString(), "is not after the date " + date);
        }
        List<Session> before = history.sessions().stream().filter(s -> s.date().isBefore(date)).toList();
        Session template = templateOf(history, episode, before);
        Profession profession = history.practitioner(template.practitionerId()).profession();
        LocalDate end = date;
        while (end.isBefore(until) && catalog.covers(profession, end)) {
            end = end.plusDays(1);
        }
        CareHistory past = CareHistory.builder().from(history).sessions(before).build();
        List<Entitlement> asOfDate = before.isEmpty() ? List.of() : assess(past).entitlements();
        if (!end.isAfter(date)) {
            throw new RateCoverageException("date " + date + ": no loaded rate module covers " + profession.id()
                    + " on it; loaded: " + catalog.modules().stream().map(RateModule::id).toList());
        }
        Set<String> taken = history.sessions().stream().map(Session::id).collect(Collectors.toSet());
        String prefix = "sessions-left-";
        while (startsAny(taken, prefix)) {
            prefix = "~" + prefix;
        }
        List<Session> toCome = new ArrayList<>();
        int n = 0;
        for (LocalDate day = date; day.isBefore(end); day = day.plusDays(1)) {
            toCome.add(Session.builder().from(template).id(prefix + (++n)).date(day).time(java.util.Optional.empty())
                    .build());
        }
        List<Session> all = new ArrayList<>(before);
        all.addAll(toCome);
        Assessment a = assess(CareHistory.builder().from(history).sessions(all).build());
        List<SessionsLeft.Level> levels = new ArrayList<>();
        Decision stop = null;
        Decision first = null;
        int count = 0;
        for (Session s : toCome) {
            Decision d = a.decision(s.id());
            if (d.outcome() != Outcome.REIMBURSED) {
                stop = d;
                break;
            }
            if (first != null && !d.band().map(Band::id).equals(first.band().map(Band::id))) {
                levels.add(new SessionsLeft.Level(first.band(), count, first));
                first = null;
            }
            if (first == null) {
                first = d;
                count = 0;
            }
            count++;
        }
        if (first != null) {
            levels.add(new SessionsLeft.Level(first.band(), count, first));
        }
        return new SessionsLeft(episodeId, date, DateRange.of(date, end), levels, java.util.Optional.ofNullable(stop),
                asOfDate);
    }

    private static boolean startsAny(Set<String> ids, String prefix) {
        return ids.stream().anyMatch(id -> id.startsWith(prefix));
    }

    /** The session whose facts the sessions to come take. */
    private static Session templateOf(CareHistory history, Episode episode, List<Session> before) {
        Comparator<Session> chronological = SessionOrder.CHRONOLOGICAL;
        java.util.Optional<Session> last = before.stream().filter(s -> s.episodeId().equals(episode.id()))
                .max(chronological);
        if (last.isPresent()) {
            return last.get();
        }
        java.util.Optional<Session> firstOfEpisode = history.sessions().stream()
                .filter(s -> s.episodeId().equals(episode.id())).min(chronological);
        if (firstOfEpisode.isPresent()) {
            return firstOfEpisode.get();
        }
        Profession profession = episode.kind().profession();
        Practitioner practitioner = history.practitioners().stream().filter(p -> p.profession().equals(profession))
                .findFirst().orElseThrow(() -> InvalidInputException.of("episodeId", episode.id(),
                        "has no session and the history no " + profession.id() + " practitioner to take one from"));
        var b = Session.builder().id("template").date(LocalDate.MIN).practitionerId(practitioner.id())
                .episodeId(episode.id());
        history.prescriptions().stream().filter(rx -> rx.episodeId().equals(episode.id()))
                .max(Comparator.comparing(Prescription::date)).ifPresent(rx -> b.prescriptionId(rx.id()));
        return b.build();
    }

    private void checkRuleSet(Session s, Profession p) {
        if (!ruleSets.containsKey(p)) {
            throw MissingRuleSetException.forSession(s.id(), "session[" + s.id() + "]: profession " + p
                    + " has no rule set; loaded: " + ruleSets.keySet());
        }
    }

    /**
     * Under {@link CoveragePolicy#LENIENT}: decides the first session of a profession that no module
     * covers, and every later one, as INSUFFICIENT_DATA, and returns the sessions before it, for the
     * rule set.
     */
    private List<Session> decideUncovered(Profession p, List<Session> sorted, List<Placed> placed, Decision[] decided) {
        int first = 0;
        while (first < sorted.size() && catalog.covers(p, sorted.get(first).date())) {
            first++;
        }
        if (first == sorted.size()) {
            return sorted;
        }
        Session uncovered = sorted.get(first);
        for (int i = first; i < sorted.size(); i++) {
            Session s = sorted.get(i);
            boolean covered = catalog.covers(p, s.date());
            Map<String, String> values = new LinkedHashMap<>();
            values.put("profession", p.id());
            if (covered) {
                values.put("session", uncovered.id());
            }
            decided[placed.get(i).index] = Decision.builder().sessionId(s.id()).date(s.date()).profession(p)
                    .episodeId(s.episodeId()).outcome(io.github.inamirules.assessment.Outcome.INSUFFICIENT_DATA)
                    .addMissing(Missing.builder().item(covered ? MISSING_EARLIER_RATES : MISSING_RATES)
                            .impact(Missing.Impact.COVERAGE).date(covered ? uncovered.date() : s.date())
                            .episodeId(s.episodeId()).values(io.github.inamirules.assessment.ReasonValues.of(values)).texts(TEXTS)
                            .build())
                    .build();
        }
        return new ArrayList<>(sorted.subList(0, first));
    }

    private void checkCovered(Session s, Profession p) {
        if (!catalog.covers(p, s.date())) {
            try {
                catalog.ratesAt(p, s.date());
            } catch (RateCoverageException e) {
                throw RateCoverageException.forSession(s.id(), "session[" + s.id() + "] on " + s.date() + ": " + e.getMessage());
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
        private CoveragePolicy coveragePolicy = CoveragePolicy.STRICT;

        private Builder() {
        }

        /**
         * Chooses what the engine does with a session no rate module covers: fail its history
         * ({@link CoveragePolicy#STRICT}, the default) or decide it, and the later sessions of its
         * profession, as insufficient data ({@link CoveragePolicy#LENIENT}).
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder coveragePolicy(CoveragePolicy policy) {
            if (policy == null) {
                throw new NullValueException("coveragePolicy");
            }
            this.coveragePolicy = policy;
            return this;
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
            return new ReimbursementEngine(byProfession, catalog, coveragePolicy);
        }

        /**
         * Drops exact duplicates only: the same module found twice (as a service and explicitly) has the
         * same class, id and data checksum. Anything else is kept, so real overlaps are reported.
         */
        private static List<RateModule> distinct(List<RateModule> modules) {
            // the checksum is asked only of modules of the same class and id: hashing every module's
            // data would cost each engine build a digest for nothing
            Map<String, List<RateModule>> byClassAndId = new LinkedHashMap<>();
            for (RateModule m : modules) {
                List<RateModule> same = byClassAndId.computeIfAbsent(m.getClass().getName() + "|" + m.id(),
                        k -> new ArrayList<>());
                if (same.stream().noneMatch(o -> o.checksum().equals(m.checksum()))) {
                    same.add(m);
                }
            }
            List<RateModule> out = new ArrayList<>();
            byClassAndId.values().forEach(out::addAll);
            return out;
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
