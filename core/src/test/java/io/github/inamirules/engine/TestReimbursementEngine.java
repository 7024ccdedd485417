package io.github.inamirules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.InamiRulesException;
import io.github.inamirules.InvalidInputException;
import io.github.inamirules.MissingRuleSetException;
import io.github.inamirules.NullValueException;
import io.github.inamirules.RateConflictException;
import io.github.inamirules.RateCoverageException;
import io.github.inamirules.RateDataException;
import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Band;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Episode;
import io.github.inamirules.model.EpisodeKind;
import io.github.inamirules.model.ImmutableCareHistory;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Practitioner;
import io.github.inamirules.model.Profession;
import io.github.inamirules.model.Session;
import io.github.inamirules.rates.CodeTable;
import io.github.inamirules.rates.InMemoryRateModule;
import io.github.inamirules.rules.DecisionDraft;
import io.github.inamirules.rules.RuleContext;
import io.github.inamirules.rules.RuleReference;
import io.github.inamirules.rules.RuleSet;
import io.github.inamirules.rules.RuleSetResult;
import io.github.inamirules.rules.Vocabulary;
import io.github.inamirules.testprofession.DietCare;
import io.github.inamirules.testprofession.DieteticsFiction;
import io.github.inamirules.testprofession.DieteticsRates;
import io.github.inamirules.testprofession.DieteticsRuleSet;
import io.github.inamirules.testprofession.files.DieteticsFileRates;
import java.io.IOException;
import java.net.URL;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TestReimbursementEngine {
    private static final LocalDate DATE_2025_03_10 = LocalDate.of(2025, 3, 10);
    private static final LocalDate DATE_2025_03_12 = LocalDate.of(2025, 3, 12);
    private static final LocalDate DATE_2025_03_14 = LocalDate.of(2025, 3, 14);
    private static final LocalDate DATE_2025_03_17 = LocalDate.of(2025, 3, 17);
    private static final LocalDate DATE_2026_01_05 = LocalDate.of(2026, 1, 5);
    private static final LocalTime TIME_09_00 = LocalTime.of(9, 0);
    private static final LocalTime TIME_15_00 = LocalTime.of(15, 0);

    private static final Profession SPEECH = Profession.of("speech-fiction");
    private static final EpisodeKind STUTTER = EpisodeKind.of(SPEECH, "stutter");

    private static final ReimbursementEngine ENGINE = ReimbursementEngine.builder()
            .ruleSet(new DieteticsRuleSet())
            .rateModule(DieteticsRates.module2025())
            .build();

    private static ImmutableCareHistory.Builder history() {
        return DietCare.history();
    }

    private static Session session(String id, LocalDate date) {
        return DietCare.session(id, date).build();
    }

    /** A second fictional profession whose rule set refuses every session. */
    static final class SpeechRuleSet implements RuleSet {
        private static final Vocabulary VOCABULARY = Vocabulary.builder(SPEECH).episodeKinds(STUTTER)
                .codeTable(CodeTable.of(List.of(CodeTable.Column.of("level", List.of("beginner"))))).build();

        @Override
        public Vocabulary vocabulary() {
            return VOCABULARY;
        }

        @Override
        public RuleSetResult assess(RuleContext context) {
            RuleReference rule = new RuleReference() {
                @Override
                public String id() {
                    return "S-1";
                }

                @Override
                public String source() {
                    return "https://example.org/speech-fiction";
                }
            };
            List<Decision> decisions = new ArrayList<>();
            for (Session s : context.sessions()) {
                DecisionDraft d = new DecisionDraft(context.history(), s, context.ratesAt(s.date()), VOCABULARY.texts());
                d.refuse(rule, "SPEECH_NOT_COVERED", RefusalCode.CANNOT_BE_COMBINED);
                decisions.add(d.decide());
            }
            return new RuleSetResult(decisions, List.of());
        }
    }

    /** The dietetics rule set with its result changed, to see the engine check it. */
    abstract static class Tampered implements RuleSet {
        @Override
        public Vocabulary vocabulary() {
            return DieteticsFiction.VOCABULARY;
        }

        @Override
        public RuleSetResult assess(RuleContext context) {
            RuleSetResult honest = new DieteticsRuleSet().assess(context);
            return new RuleSetResult(tamper(new ArrayList<>(honest.decisions())), honest.entitlements());
        }

        abstract List<Decision> tamper(List<Decision> decisions);
    }

    /** Decides the first session twice. */
    static final class DecidesTwice extends Tampered {
        @Override
        List<Decision> tamper(List<Decision> decisions) {
            decisions.add(decisions.get(0));
            return decisions;
        }
    }

    /** Forgets the last session. */
    static final class ForgetsOne extends Tampered {
        @Override
        List<Decision> tamper(List<Decision> decisions) {
            decisions.remove(decisions.size() - 1);
            return decisions;
        }
    }

    /** Exposes only the test's own service files, whatever else is on the class path. */
    static final class OnlyTestServices extends ClassLoader {
        private static final String SERVICES = "META-INF/services/";

        OnlyTestServices(ClassLoader parent) {
            super(parent);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (name.startsWith(SERVICES)) {
                URL url = getParent().getResource("io/github/inamirules/engine/services/"
                        + name.substring(SERVICES.length()));
                return Collections.enumeration(url == null ? List.of() : List.of(url));
            }
            return super.getResources(name);
        }
    }

    @Test
    void assess_oneDecisionPerSession_inInputOrder() {
        Assessment a = ENGINE.assess(history().addSessions(session("s-3", DATE_2025_03_14), session("s-1", DATE_2025_03_10),
                session("s-2", DATE_2025_03_12)).build());

        assertThat(a.decisions()).extracting(Decision::sessionId).containsExactly("s-3", "s-1", "s-2");
        assertThat(a.decisions()).extracting(d -> d.band().orElseThrow().rank().orElseThrow()).containsExactly(3, 1, 2);
    }

    @Test
    void assess_doesNotDependOnTheInputOrder() {
        List<Session> sessions = new ArrayList<>(List.of(session("s-1", DATE_2025_03_10), session("s-2", DATE_2025_03_12),
                session("s-3", DATE_2025_03_14), session("s-4", DATE_2025_03_17)));
        Map<String, Decision> expected = byId(ENGINE.assess(history().addAllSessions(sessions).build()));

        for (int i = 0; i < sessions.size(); i++) {
            Collections.rotate(sessions, 1);
            Collections.swap(sessions, 0, i);
            assertThat(byId(ENGINE.assess(history().addAllSessions(sessions).build()))).isEqualTo(expected);
        }
        assertThat(expected.get("s-4").outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(expected.get("s-4").usedUpBy()).contains("s-3");
    }

    private static Map<String, Decision> byId(Assessment a) {
        return a.decisions().stream().collect(Collectors.toMap(Decision::sessionId, d -> d));
    }

    @Test
    void assess_givesTheRuleSetTheSessionsInChronologicalOrder_dateTimeThenNaturalId() {
        Session x10 = DietCare.session("x-10", DATE_2025_03_10).build();
        Session x9 = DietCare.session("x-9", DATE_2025_03_10).build();
        Session afternoon = DietCare.session("x-1", DATE_2025_03_10).time(TIME_15_00).build();
        Session morning = DietCare.session("x-2", DATE_2025_03_10).time(TIME_09_00).build();

        Assessment a = ENGINE.assess(history().addSessions(afternoon, x10, morning, x9).build());

        assertThat(a.decision("x-9").band()).contains(Band.of("DIET_STANDARD", 1));
        assertThat(a.decision("x-10").band()).contains(Band.of("DIET_STANDARD", 2));
        assertThat(a.decision("x-2").band()).contains(Band.of("DIET_STANDARD", 3));
        assertThat(a.decision("x-1").outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(a.decision("x-1").usedUpBy()).contains("x-2");
    }

    @Test
    void assess_totalsAndEntitlements() {
        Assessment a = ENGINE.assess(history().addSessions(session("s-1", DATE_2025_03_10),
                session("s-2", DATE_2025_03_12)).build());

        assertThat(a.count(Outcome.REIMBURSED)).isEqualTo(2);
        assertThat(a.totalFee()).isEqualTo(Money.parse("50.00"));
        assertThat(a.totalInsurance()).isEqualTo(Money.parse("40.00"));
        assertThat(a.totalPatientShare()).isEqualTo(Money.parse("10.00"));
        assertThat(a.totalSupplement()).isEqualTo(Money.ZERO);
        assertThat(a.entitlementsOf("menu")).singleElement().satisfies(e -> {
            assertThat(e.counter()).isEqualTo("DIET_SESSIONS");
            assertThat(e.period()).isEqualTo(DateRange.ofYear(2025));
            assertThat(e.used()).isEqualTo(2);
            assertThat(e.remaining()).contains(1);
        });
    }

    @Test
    void assess_historyWithoutSessions_isEmpty() {
        Assessment a = ENGINE.assess(history().build());

        assertThat(a.decisions()).isEmpty();
        assertThat(a.entitlements()).isEmpty();
    }

    @Test
    void assess_twoProfessions_eachByItsRuleSet_decisionsInInputOrder() {
        ReimbursementEngine engine = ReimbursementEngine.builder().ruleSet(new SpeechRuleSet())
                .ruleSet(new DieteticsRuleSet()).rateModule(DieteticsRates.module2025())
                .rateModule(InMemoryRateModule.minimal("speech-2025", "speech-fiction", "level")).build();
        CareHistory h = history()
                .addPractitioners(Practitioner.builder().id("speech-1").profession(SPEECH).build())
                .addEpisodes(Episode.builder().id("stutter").kind(STUTTER).build())
                .addSessions(session("d-1", DATE_2025_03_10),
                        Session.builder().id("sp-1").date(DATE_2025_03_10).practitionerId("speech-1").episodeId("stutter")
                                .build(),
                        session("d-2", DATE_2025_03_12))
                .build();

        Assessment a = engine.assess(h);

        assertThat(engine.ruleSets()).containsOnlyKeys(DieteticsFiction.PROFESSION, SPEECH);
        assertThat(a.decisions()).extracting(Decision::sessionId).containsExactly("d-1", "sp-1", "d-2");
        assertThat(a.decision("sp-1").profession()).isEqualTo(SPEECH);
        assertThat(a.decision("sp-1").refusalCode()).contains(RefusalCode.CANNOT_BE_COMBINED);
        assertThat(a.decision("d-2").band()).contains(Band.of("DIET_STANDARD", 2));
    }

    @Test
    void sessionOfAProfessionWithoutRuleSet_isMissingRuleSet_namingTheSession() {
        CareHistory h = history()
                .addPractitioners(Practitioner.builder().id("speech-1").profession(SPEECH).build())
                .addEpisodes(Episode.builder().id("stutter").kind(STUTTER).build())
                .addSessions(session("s-1", DATE_2025_03_10), Session.builder().id("sp-1").date(DATE_2025_03_12)
                        .practitionerId("speech-1").episodeId("stutter").build())
                .build();

        assertThatThrownBy(() -> ENGINE.assess(h))
                .isExactlyInstanceOf(MissingRuleSetException.class)
                .hasMessage("session[sp-1]: profession speech-fiction has no rule set; loaded: [dietetics-fiction]");
    }

    @Test
    void sessionOutsideTheCoverage_isRateCoverage_namingSessionDateProfessionAndTheMissingModule() {
        CareHistory h = history().addSessions(session("s-2026", DATE_2026_01_05)).build();

        assertThatThrownBy(() -> ENGINE.assess(h))
                .isExactlyInstanceOf(RateCoverageException.class)
                .hasMessage("session[s-2026] on 2026-01-05: no loaded rate module covers dietetics-fiction on 2026-01-05; "
                        + "loaded: diet-2025 [dietetics-fiction [2025-01-01, 2026-01-01)]. Add the inami-rules-rates-2026 "
                        + "module (or your own rate module) covering that day");
    }

    @Test
    void engineWithoutRateModule_saysNoneIsLoaded() {
        ReimbursementEngine bare = ReimbursementEngine.builder().ruleSet(new DieteticsRuleSet()).build();
        CareHistory h = history().addSessions(session("s-1", DATE_2025_03_10)).build();

        assertThatThrownBy(() -> bare.assess(h))
                .isExactlyInstanceOf(RateCoverageException.class)
                .hasMessageStartingWith("session[s-1] on 2025-03-10: ")
                .hasMessageContaining("loaded: none");
    }

    @Test
    void ruleSetDecidingASessionTwice_isAnError_namingItAndTheSession() {
        ReimbursementEngine engine = ReimbursementEngine.builder().ruleSet(new DecidesTwice())
                .rateModule(DieteticsRates.module2025()).build();
        CareHistory h = history().addSessions(session("s-1", DATE_2025_03_10), session("s-2", DATE_2025_03_12)).build();

        assertThatThrownBy(() -> engine.assess(h))
                .isExactlyInstanceOf(InamiRulesException.class)
                .hasMessage("rule set " + DecidesTwice.class.getName() + " decided session s-1 twice");
    }

    @Test
    void ruleSetForgettingASession_isAnError_namingTheSession() {
        ReimbursementEngine engine = ReimbursementEngine.builder().ruleSet(new ForgetsOne())
                .rateModule(DieteticsRates.module2025()).build();
        CareHistory h = history().addSessions(session("s-1", DATE_2025_03_10), session("s-2", DATE_2025_03_12)).build();

        assertThatThrownBy(() -> engine.assess(h))
                .isExactlyInstanceOf(InamiRulesException.class)
                .hasMessage("no decision for session s-2: rule set of dietetics-fiction is incomplete");
    }

    @Test
    void nulls_areNullValue() {
        CareHistory h = history().build();
        Session s = session("s-1", DATE_2025_03_10);

        assertThatThrownBy(() -> ENGINE.assess(null))
                .isExactlyInstanceOf(NullValueException.class).hasMessage("history must not be null");
        assertThatThrownBy(() -> ENGINE.quote(null, s))
                .isExactlyInstanceOf(NullValueException.class).hasMessage("history must not be null");
        assertThatThrownBy(() -> ENGINE.quote(h, null))
                .isExactlyInstanceOf(NullValueException.class).hasMessage("next must not be null");
        assertThatThrownBy(() -> ReimbursementEngine.builder().ruleSet(null))
                .isExactlyInstanceOf(NullValueException.class).hasMessage("ruleSet must not be null");
        assertThatThrownBy(() -> ReimbursementEngine.builder().rateModule(null))
                .isExactlyInstanceOf(NullValueException.class).hasMessage("rateModule must not be null");
    }

    @Test
    void quote_returnsTheDecisionOfTheAddedSession_andLeavesTheHistoryAlone() {
        CareHistory h = history().addSessions(session("s-1", DATE_2025_03_10)).build();
        Session next = session("s-2", DATE_2025_03_12);

        Decision quoted = ENGINE.quote(h, next);

        assertThat(quoted.sessionId()).isEqualTo("s-2");
        assertThat(quoted.band()).contains(Band.of("DIET_STANDARD", 2));
        assertThat(quoted).isEqualTo(ENGINE.assess(h.withAddedSession(next)).decision("s-2"));
        assertThat(h.sessions()).hasSize(1);
    }

    @Test
    void quote_ofASessionBeyondTheCap_isRefused_namingWhoUsedItUp() {
        CareHistory h = history().addSessions(session("s-1", DATE_2025_03_10), session("s-2", DATE_2025_03_12),
                session("s-3", DATE_2025_03_14)).build();

        Decision quoted = ENGINE.quote(h, session("s-4", DATE_2025_03_17));

        assertThat(quoted.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(quoted.usedUpBy()).contains("s-3");
    }

    @Test
    void quote_withAnIdAlreadyUsed_isInvalidInput() {
        CareHistory h = history().addSessions(session("s-1", DATE_2025_03_10)).build();

        assertThatThrownBy(() -> ENGINE.quote(h, session("s-1", DATE_2025_03_12)))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("session.id = s-1: is used twice");
    }

    @Test
    void assessAll_keepsTheOrder() {
        CareHistory one = history().addSessions(session("a", DATE_2025_03_10)).build();
        CareHistory two = history().addSessions(session("b", DATE_2025_03_12)).build();

        assertThat(ENGINE.assessAll(List.of(two, one)).assessmentsOrThrow())
                .extracting(a -> a.decisions().get(0).sessionId()).containsExactly("b", "a");
    }

    @Test
    void twoRuleSetClassesForOneProfession_areInvalidInput() {
        ReimbursementEngine.Builder builder = ReimbursementEngine.builder()
                .ruleSet(new DieteticsRuleSet()).ruleSet(new ForgetsOne()).rateModule(DieteticsRates.module2025());

        assertThatThrownBy(builder::build)
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("ruleSet = " + ForgetsOne.class.getName() + ": is a second rule set for dietetics-fiction "
                        + "besides " + DieteticsRuleSet.class.getName());
    }

    @Test
    void theSameRuleSetClassTwice_isOneRuleSet() {
        ReimbursementEngine engine = ReimbursementEngine.builder()
                .ruleSet(new DieteticsRuleSet()).ruleSet(new DieteticsRuleSet())
                .rateModule(DieteticsRates.module2025()).build();

        assertThat(engine.ruleSets()).containsOnlyKeys(DieteticsFiction.PROFESSION);
    }

    @Test
    void build_rateModuleWithAnUnknownBand_failsAtModuleFileLineColumn() {
        String row = "DIET_STANDRAD | cabinet | D101 | | 2025-01-01 | 2026-01-01 | official | FICTION |";
        InMemoryRateModule typo = DieteticsRates.module2025().with(DieteticsRates.CODES, DieteticsRates.codes(2025, row));

        assertThatThrownBy(() -> ReimbursementEngine.builder().ruleSet(new DieteticsRuleSet()).rateModule(typo).build())
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessageStartingWith("diet-2025:dietetics-fiction/codes.psv:3:1: column 'band': 'DIET_STANDRAD' "
                        + "is not a value the dietetics-fiction rule set declares");
    }

    @Test
    void build_rateModuleWithAnUndeclaredParameter_failsAtModuleFileLineColumn() {
        InMemoryRateModule extra = DieteticsRates.module2025().with(DieteticsRates.PARAMETERS,
                DieteticsRates.parameters(2025, DieteticsRates.parameter("sesions_max", "2025-01-01", "2026-01-01", "3")));

        assertThatThrownBy(() -> ReimbursementEngine.builder().ruleSet(new DieteticsRuleSet()).rateModule(extra).build())
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessageStartingWith("diet-2025:dietetics-fiction/parameters.psv:3:1: parameter 'sesions_max'");
    }

    @Test
    void build_rateModuleMissingARequiredParameter_namesItAndTheFirstDay() {
        Map<String, String> files = DieteticsRates.files(2025);
        files.put(DieteticsRates.PARAMETERS, files.get(DieteticsRates.PARAMETERS).lines()
                .filter(l -> !l.startsWith("patient_share.preferential")).collect(Collectors.joining("\n", "", "\n")));

        assertThatThrownBy(() -> ReimbursementEngine.builder().ruleSet(new DieteticsRuleSet())
                .rateModule(new InMemoryRateModule("incomplete", files)).build())
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessageStartingWith("incomplete: parameter patient_share.preferential of D-06 has no value on 2025-01-01");
    }

    @Test
    void build_aModuleOfAProfessionWithoutRuleSet_isNotCheckedAgainstAnyVocabulary() {
        InMemoryRateModule speech = InMemoryRateModule.minimal("speech-2025", "speech-fiction", "anything")
                .with("speech-fiction/parameters.psv", InMemoryRateModule.lines(InMemoryRateModule.PARAMETERS_HEADER,
                        "whatever | 2025-01-01 | 2026-01-01 | 1 | official | SRC |"));

        ReimbursementEngine engine = ReimbursementEngine.builder().ruleSet(new DieteticsRuleSet())
                .rateModule(DieteticsRates.module2025()).rateModule(speech).build();

        assertThat(engine.catalog().modules()).hasSize(2);
    }

    @Test
    void build_twoModulesCoveringTheSameDays_conflict() {
        InMemoryRateModule other = new InMemoryRateModule("other-2025", DieteticsRates.files(2025)) {
        };

        assertThatThrownBy(() -> ReimbursementEngine.builder().ruleSet(new DieteticsRuleSet())
                .rateModule(DieteticsRates.module2025()).rateModule(other).build())
                .isExactlyInstanceOf(RateConflictException.class)
                .hasMessageContaining("diet-2025")
                .hasMessageContaining("other-2025")
                .hasMessageContaining("dietetics-fiction on 2025-01-01");
    }

    @Test
    void build_theSameModuleTwice_isLoadedOnce() {
        InMemoryRateModule module = DieteticsRates.module2025();

        ReimbursementEngine engine = ReimbursementEngine.builder().ruleSet(new DieteticsRuleSet())
                .rateModule(module).rateModule(module).rateModule(DieteticsRates.module2025()).build();

        assertThat(engine.catalog().modules()).containsExactly(module);
    }

    @Test
    void build_modulesOnAdjacentYears_areBothUsed_andCountersRestartWithTheYear() {
        ReimbursementEngine engine = ReimbursementEngine.builder().ruleSet(new DieteticsRuleSet())
                .rateModule(DieteticsRates.module(2026)).rateModule(DieteticsRates.module2025()).build();
        CareHistory h = history().addSessions(session("s-1", DATE_2025_03_10), session("s-2", DATE_2025_03_12),
                session("s-3", DATE_2025_03_14), session("s-4", DATE_2026_01_05)).build();

        Assessment a = engine.assess(h);

        assertThat(engine.catalog().coverageOf(DieteticsFiction.PROFESSION))
                .containsExactly(DateRange.ofYear(2025), DateRange.ofYear(2026));
        assertThat(a.decision("s-4").band()).contains(Band.of("DIET_STANDARD", 1));
        assertThat(a.entitlementsOf("menu")).extracting(e -> e.period().start().getYear() + ":" + e.used())
                .containsExactly("2025:3", "2026:1");
    }

    @Test
    void build_twoModulesOfTheSameClassAndDays_butAnotherId_conflict() {
        assertThatThrownBy(() -> ReimbursementEngine.builder().ruleSet(new DieteticsRuleSet())
                .rateModule(DieteticsRates.module2025()).rateModule(DieteticsRates.module2025().withId("copy-2025"))
                .build())
                .isExactlyInstanceOf(RateConflictException.class);
    }

    @Test
    void loadInstalled_findsTheRuleSetsAndRateModulesOnThePath() {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try {
            thread.setContextClassLoader(new OnlyTestServices(TestReimbursementEngine.class.getClassLoader()));

            ReimbursementEngine installed = ReimbursementEngine.loadInstalled();

            assertThat(installed.ruleSets()).containsOnlyKeys(DieteticsFiction.PROFESSION);
            assertThat(installed.ruleSets().get(DieteticsFiction.PROFESSION)).isInstanceOf(DieteticsRuleSet.class);
            assertThat(installed.catalog().modules()).singleElement().isInstanceOf(DieteticsFileRates.class);
            assertThat(installed.assess(history().addSessions(session("s-1", DATE_2025_03_10)).build())
                    .decision("s-1").fee()).contains(Money.parse("25.00"));
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @Test
    void addInstalled_thenExplicitModules_dropsExactDuplicates() {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try {
            thread.setContextClassLoader(new OnlyTestServices(TestReimbursementEngine.class.getClassLoader()));

            ReimbursementEngine engine = ReimbursementEngine.builder().addInstalled().ruleSet(new DieteticsRuleSet())
                    .rateModule(new DieteticsFileRates()).build();

            assertThat(engine.catalog().modules()).hasSize(1);
            assertThat(engine.ruleSets()).hasSize(1);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @Test
    void assess_anEpisodeOfAKindTheRuleSetDoesNotDeclare_isInvalidInput() {
        CareHistory h = history().addEpisodes(Episode.builder().id("acute")
                .kind(EpisodeKind.of(DieteticsFiction.PROFESSION, "acute")).build()).build();

        assertThatThrownBy(() -> ENGINE.assess(h))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("episode[acute].kind = dietetics-fiction/acute: is not a kind of dietetics-fiction");
    }

    @Test
    void assess_anEpisodeFactOfOtherKinds_isInvalidInput() {
        CareHistory h = history().addEpisodes(Episode.builder().id("clinic-diabetes").kind(DieteticsFiction.INTENSIVE)
                .facts(io.github.inamirules.model.Facts.of(DieteticsFiction.DIABETIC, true)).build()).build();

        assertThatThrownBy(() -> ENGINE.assess(h))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("episode[clinic-diabetes].facts.diabetic = true: is a fact of [standard] episodes");
    }

    @Test
    void assess_episodesOfAProfessionWithoutRuleSet_andWithoutSessions_areNotChecked() {
        CareHistory h = history().addEpisodes(Episode.builder().id("stutter").kind(STUTTER).build())
                .addSessions(session("s-1", DATE_2025_03_10)).build();

        assertThat(ENGINE.assess(h).decisions()).hasSize(1);
    }

    @Test
    void aRuleSetWithoutSimulator_simulatesNoApprovals() {
        Episode stutter = Episode.builder().id("stutter").kind(STUTTER).build();

        assertThat(new SpeechRuleSet().simulator().approvalsFor(history().build(), stutter, DATE_2025_03_10,
                DATE_2025_03_17, null)).isEmpty();
        assertThat(new SpeechRuleSet().simulator().defaultSessionFacts(stutter).isEmpty()).isTrue();
    }
}
