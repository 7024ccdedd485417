package io.github.inamirules.testkit;

import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Episode;
import io.github.inamirules.model.EpisodeKind;
import io.github.inamirules.model.Fact;
import io.github.inamirules.model.FactTarget;
import io.github.inamirules.model.Facts;
import io.github.inamirules.model.ImmutableCareHistory;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Patient;
import io.github.inamirules.model.Practitioner;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.model.Profession;
import io.github.inamirules.model.Session;
import io.github.inamirules.rules.RuleSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries of valid care histories of any installed profession, for users' property tests:
 *
 * <pre>{@code
 * static final ReimbursementEngine ENGINE = ReimbursementEngine.loadInstalled();
 *
 * @Property
 * void amountsAddUp(@ForAll("histories") CareHistory history) {
 *     Assessment a = ENGINE.assess(history);
 *     assertThat(a.totalInsurance().plus(a.totalPatientShare())).isEqualTo(a.totalFee());
 * }
 *
 * @Provide
 * Arbitrary<CareHistory> histories() {
 *     return CareHistoryArbitraries.of(ENGINE, Profession.of("physiotherapy"), DateRange.ofYear(2025));
 * }
 * }</pre>
 *
 * <p>Everything profession-specific comes from the profession's rule set: the episode kinds and facts
 * from its {@link io.github.inamirules.rules.Vocabulary}; the approvals each episode needs (with the
 * figures of the rates in force) and the ordinary facts of its practitioners, episodes, prescriptions
 * and sessions from its {@link io.github.inamirules.rules.Simulator} — a psychologist's network, an
 * occupational-therapy programme that ended a week before — so the testkit names no profession. Every session is dated in the days asked for, which the engine's rate
 * modules must cover; prescriptions may be dated up to 10 days before.
 *
 * <p>Every history is valid input: the engine assesses it without exception. Valid does not mean
 * reimbursed: caps are reached, a second session the same day is refused, a session at an unusual
 * place may have no known code, so all outcomes occur. What a history holds:
 * <ul>
 *   <li>patient {@code patient}, born 18 to 85 years before the first day in four histories in five, 3 to
 *       18 years in the others, preferential (BIM) from some day in about a third of the histories;</li>
 *   <li>practitioners {@code conventioned} (from the first day, or from another day) and {@code free}
 *       (never conventioned), both with an INAMI number and the simulator's practitioner facts, the
 *       conventioned one now and then with another value of each practitioner fact that has choices;
 *       about two sessions in three are by the conventioned one;</li>
 *   <li>episodes {@code e1}, {@code e2}, … of the kinds asked for, with the simulator's episode facts,
 *       now and then with each yes / no episode fact its kind allows set, each with one prescription
 *       {@code rx-e1}, … (with the simulator's prescription facts) dated 1 to 10 days before the
 *       episode's first session, and the approvals its kind needs;</li>
 *   <li>sessions {@code e1-1}, {@code e1-2}, … numbered per episode in date order, mostly with the
 *       simulator's default facts, now and then with another value of a session fact, a 20-minute
 *       duration, or a fee asked.</li>
 * </ul>
 *
 * <p>Stateless; the arbitraries are immutable and can be shared.
 */
public final class CareHistoryArbitraries {
    private static final String CONVENTIONED = "conventioned";
    private static final String FREE = "free";
    private static final String INAMI_CONVENTIONED = "50000000101";
    private static final String INAMI_FREE = "50000000202";

    private CareHistoryArbitraries() {
    }

    /**
     * Returns histories of one to four episodes of every kind of a profession, with up to 90 sessions.
     *
     * @param engine the engine whose rule set and rates the histories are made for
     * @param profession the profession, which the engine must have a rule set for
     * @param days the days sessions fall on, bounded and covered by the engine's rate modules
     * @return the arbitrary
     * @throws IllegalArgumentException if the engine has no rule set for the profession, or the days
     *     are unbounded or not covered
     */
    public static Arbitrary<CareHistory> of(ReimbursementEngine engine, Profession profession, DateRange days) {
        RuleSet ruleSet = ruleSet(engine, profession, days);
        List<EpisodeKind> kinds = List.copyOf(ruleSet.vocabulary().episodeKinds());
        return histories(engine, ruleSet, days, Arbitraries.of(kinds), 4, 90);
    }

    /**
     * Returns histories whose episodes (one to three) are all of one kind, with up to 60 sessions.
     *
     * @param engine the engine whose rule set and rates the histories are made for
     * @param kind the kind of every episode
     * @param days the days sessions fall on, bounded and covered by the engine's rate modules
     * @return the arbitrary
     * @throws IllegalArgumentException as {@link #of(ReimbursementEngine, Profession, DateRange)}
     */
    public static Arbitrary<CareHistory> of(ReimbursementEngine engine, EpisodeKind kind, DateRange days) {
        Objects.requireNonNull(kind, "kind");
        return histories(engine, ruleSet(engine, kind.profession(), days), days, Arbitraries.just(kind), 3, 60);
    }

    private static RuleSet ruleSet(ReimbursementEngine engine, Profession profession, DateRange days) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(days, "days");
        RuleSet ruleSet = engine.ruleSets().get(Objects.requireNonNull(profession, "profession"));
        if (ruleSet == null) {
            throw new IllegalArgumentException("the engine has no rule set for " + profession + "; it has "
                    + engine.ruleSets().keySet());
        }
        if (days.isUnbounded() || !engine.catalog().covers(profession, days.start())
                || !engine.catalog().covers(profession, days.end().minusDays(1))) {
            throw new IllegalArgumentException(days + " is not covered by the engine's rate modules for " + profession
                    + ": " + engine.catalog().coverageOf(profession));
        }
        return ruleSet;
    }

    private static Arbitrary<CareHistory> histories(ReimbursementEngine engine, RuleSet ruleSet, DateRange days,
            Arbitrary<EpisodeKind> kinds, int maxEpisodes, int maxSessions) {
        int length = (int) (days.end().toEpochDay() - days.start().toEpochDay());
        Arbitrary<LocalDate> day = Arbitraries.integers().between(0, length - 1).map(days.start()::plusDays);
        List<Fact<?>> episodeFlags = ruleSet.vocabulary().facts(FactTarget.EPISODE).stream()
                .filter(f -> f.type() == Boolean.class).toList();
        Arbitrary<List<EpisodeSpec>> episodes = Combinators.combine(kinds, Arbitraries.integers().between(1, 10),
                Arbitraries.of(true, false, false, false).list().ofSize(episodeFlags.size()))
                .as(EpisodeSpec::new).list().ofMinSize(1).ofMaxSize(maxEpisodes);
        List<Fact<?>> sessionChoices = ruleSet.vocabulary().facts(FactTarget.SESSION).stream()
                .filter(f -> !f.choices().isEmpty()).toList();
        Arbitrary<List<SessionSpec>> sessions = Combinators.combine(Arbitraries.integers().between(0, 99), day,
                Arbitraries.frequency(Tuple.of(2, CONVENTIONED), Tuple.of(1, FREE)),
                Arbitraries.integers().between(0, 9 * Math.max(1, sessionChoices.size())),
                Arbitraries.frequency(Tuple.of(9, 0), Tuple.of(1, 20)),
                Arbitraries.of("", "", "30.80", "40.00", "25.00"))
                .as(SessionSpec::new).list().ofMinSize(1).ofMaxSize(maxSessions);
        Arbitrary<Optional<LocalDate>> preferentialFrom = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(Optional.<LocalDate>empty())), Tuple.of(1, day.map(Optional::of)));
        Arbitrary<LocalDate> conventionFrom = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(days.start())),
                Tuple.of(1, day));
        Arbitrary<LocalDate> birthDate = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(18 * 366, 85 * 365)),
                Tuple.of(1, Arbitraries.integers().between(3 * 366, 18 * 365))).map(d -> days.start().minusDays(d));
        List<Fact<?>> practitionerChoices = ruleSet.vocabulary().facts(FactTarget.PRACTITIONER).stream()
                .filter(f -> !f.choices().isEmpty()).toList();
        Arbitrary<Integer> practitionerDraw = Arbitraries.integers().between(0, 4 * Math.max(1, practitionerChoices.size()));
        return Combinators.combine(episodes, sessions, preferentialFrom, conventionFrom, birthDate, practitionerDraw)
                .as((e, s, p, c, born, draw) -> new Builder(engine, ruleSet, episodeFlags, sessionChoices)
                        .history(e, s, new Parties(p, c, born, practitionerChoices, draw)));
    }

    /** What is drawn for the patient and the practitioners. */
    private record Parties(Optional<LocalDate> preferentialFrom, LocalDate conventionFrom, LocalDate birthDate,
            List<Fact<?>> practitionerChoices, int practitionerDraw) {
    }

    /** Builds one history from what was drawn. */
    private static final class Builder {
        private final ReimbursementEngine engine;
        private final RuleSet ruleSet;
        private final List<Fact<?>> episodeFlags;
        private final List<Fact<?>> sessionChoices;

        Builder(ReimbursementEngine engine, RuleSet ruleSet, List<Fact<?>> episodeFlags, List<Fact<?>> sessionChoices) {
            this.engine = engine;
            this.ruleSet = ruleSet;
            this.episodeFlags = episodeFlags;
            this.sessionChoices = sessionChoices;
        }

        CareHistory history(List<EpisodeSpec> episodes, List<SessionSpec> specs, Parties parties) {
            ImmutableCareHistory.Builder b = CareHistory.builder();
            var patient = Patient.builder().id("patient").birthDate(parties.birthDate());
            parties.preferentialFrom().ifPresent(from -> patient.addPreferentialPeriods(DateRange.startingFrom(from)));
            b.patient(patient.build());
            Facts practitionerFacts = ruleSet.simulator().defaultPractitionerFacts();
            Facts.Builder conventionedFacts = Facts.builder().putAll(practitionerFacts);
            List<Fact<?>> choices = parties.practitionerChoices();
            if (!choices.isEmpty() && parties.practitionerDraw() < choices.size()) {
                put(conventionedFacts, choices.get(parties.practitionerDraw()), parties.practitionerDraw() + 1);
            }
            b.addPractitioners(Practitioner.builder().id(CONVENTIONED).profession(ruleSet.profession())
                    .inamiNumber(INAMI_CONVENTIONED).facts(conventionedFacts.build())
                    .addConventionPeriods(DateRange.startingFrom(parties.conventionFrom())).build());
            b.addPractitioners(Practitioner.builder().id(FREE).profession(ruleSet.profession())
                    .inamiNumber(INAMI_FREE).facts(practitionerFacts).build());
            List<SessionSpec> sorted = new ArrayList<>(specs);
            sorted.sort(Comparator.comparing((SessionSpec s) -> s.date));
            Map<Integer, List<LocalDate>> datesOf = new HashMap<>();
            for (SessionSpec s : sorted) {
                datesOf.computeIfAbsent(s.episode % episodes.size(), k -> new ArrayList<>()).add(s.date);
            }
            List<Episode> built = new ArrayList<>();
            for (int i = 0; i < episodes.size(); i++) {
                List<LocalDate> dates = datesOf.get(i);
                LocalDate first = dates == null ? sorted.get(0).date : dates.get(0);
                LocalDate last = dates == null ? first : dates.get(dates.size() - 1);
                Episode episode = episode(i, episodes.get(i), first);
                built.add(episode);
                b.addEpisodes(episode);
                b.addPrescriptions(Prescription.builder().id("rx-" + episode.id()).episodeId(episode.id())
                        .date(first.minusDays(episodes.get(i).prescriptionLeadDays))
                        .facts(ruleSet.simulator().defaultPrescriptionFacts(episode)).build());
                b.addAllApprovals(ruleSet.simulator().approvalsFor(b.build(), episode, first, last,
                        engine.catalog().ratesAt(ruleSet.profession(), first)));
            }
            Map<Integer, Integer> numbers = new HashMap<>();
            for (SessionSpec s : sorted) {
                int e = s.episode % episodes.size();
                int n = numbers.merge(e, 1, Integer::sum);
                b.addSessions(session(built.get(e), built.get(e).id() + "-" + n, s));
            }
            return b.build();
        }

        private Episode episode(int index, EpisodeSpec spec, LocalDate first) {
            Facts.Builder facts = Facts.builder().putAll(ruleSet.simulator().defaultEpisodeFacts(spec.kind, first));
            for (int f = 0; f < episodeFlags.size(); f++) {
                if (spec.flags.get(f) && ruleSet.vocabulary().allows(episodeFlags.get(f), spec.kind)) {
                    @SuppressWarnings("unchecked")
                    Fact<Boolean> flag = (Fact<Boolean>) episodeFlags.get(f);
                    facts.put(flag, true);
                }
            }
            return Episode.builder().id("e" + (index + 1)).kind(spec.kind).facts(facts.build()).build();
        }

        private Session session(Episode episode, String id, SessionSpec s) {
            Facts.Builder facts = Facts.builder().putAll(ruleSet.simulator().defaultSessionFacts(episode,
                    engine.catalog().ratesAt(ruleSet.profession(), s.date)));
            if (!sessionChoices.isEmpty() && s.factDraw < sessionChoices.size() * 2) {
                put(facts, sessionChoices.get(s.factDraw % sessionChoices.size()), s.factDraw / sessionChoices.size());
            }
            var session = Session.builder().id(id).date(s.date).practitionerId(s.practitioner).episodeId(episode.id())
                    .prescriptionId("rx-" + episode.id()).facts(facts.build());
            if (s.minutes > 0) {
                session.minutes(s.minutes);
            }
            if (!s.feeAsked.isEmpty()) {
                session.feeAsked(Money.parse(s.feeAsked));
            }
            return session.build();
        }

        private static <T> void put(Facts.Builder facts, Fact<T> fact, int draw) {
            List<T> values = List.copyOf(fact.choices().values());
            facts.put(fact, values.get((draw * 7 + 3) % values.size()));
        }
    }

    /** What is drawn for one episode. */
    private static final class EpisodeSpec {
        final EpisodeKind kind;
        final int prescriptionLeadDays;
        final List<Boolean> flags;

        EpisodeSpec(EpisodeKind kind, int prescriptionLeadDays, List<Boolean> flags) {
            this.kind = kind;
            this.prescriptionLeadDays = prescriptionLeadDays;
            this.flags = flags;
        }
    }

    /** What is drawn for one session; {@code episode} is taken modulo the number of episodes. */
    private static final class SessionSpec {
        final int episode;
        final LocalDate date;
        final String practitioner;
        final int factDraw;
        final int minutes;
        final String feeAsked;

        SessionSpec(int episode, LocalDate date, String practitioner, int factDraw, int minutes, String feeAsked) {
            this.episode = episode;
            this.date = date;
            this.practitioner = practitioner;
            this.factDraw = factDraw;
            this.minutes = minutes;
            this.feeAsked = feeAsked;
        }
    }
}
