package io.github.inamirules.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.MissingRuleSetException;
import io.github.inamirules.NullValueException;
import io.github.inamirules.RateConflictException;
import io.github.inamirules.RateCoverageException;
import io.github.inamirules.RateDataException;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.ImmutableCareHistory;
import io.github.inamirules.model.ImmutableSession;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Pathology;
import io.github.inamirules.model.Patient;
import io.github.inamirules.model.Practitioner;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.model.Profession;
import io.github.inamirules.model.Session;
import io.github.inamirules.model.Situation;
import io.github.inamirules.physio.PhysioTestRates;
import io.github.inamirules.physio.PhysiotherapyRuleSet;
import io.github.inamirules.rates.InMemoryRateModule;
import io.github.inamirules.rates.ParameterSpec;
import io.github.inamirules.rules.RuleContext;
import io.github.inamirules.rules.RuleSet;
import io.github.inamirules.rules.RuleSetResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TestReimbursementEngine {
    private static final LocalDate DATE_2025_02_01 = LocalDate.of(2025, 2, 1);
    private static final LocalDate DATE_2025_03_01 = LocalDate.of(2025, 3, 1);
    private static final LocalDate DATE_2025_03_10 = LocalDate.of(2025, 3, 10);
    private static final LocalDate DATE_2025_03_12 = LocalDate.of(2025, 3, 12);
    private static final LocalDate DATE_2025_03_14 = LocalDate.of(2025, 3, 14);
    private static final LocalDate DATE_2025_12_20 = LocalDate.of(2025, 12, 20);
    private static final LocalDate DATE_2026_01_05 = LocalDate.of(2026, 1, 5);

    private static final ReimbursementEngine ENGINE = ReimbursementEngine.builder()
            .ruleSet(new PhysiotherapyRuleSet())
            .rateModule(PhysioTestRates.module2025())
            .build();

    /** The README's history, without sessions. */
    private static ImmutableCareHistory.Builder history() {
        return CareHistory.builder()
                .patient(Patient.builder().id("p-1").build())
                .addPractitioners(Practitioner.builder().id("kine-1").profession(Profession.PHYSIOTHERAPY)
                        .addConventionPeriods(DateRange.startingFrom(DATE_2025_02_01)).build())
                .addPractitioners(Practitioner.builder().id("ergo-1").profession(Profession.OCCUPATIONAL_THERAPY)
                        .build())
                .addPathologies(Pathology.builder().id("knee").situation(Situation.COURANTE).build())
                .addPrescriptions(Prescription.builder().id("rx-1").date(DATE_2025_03_01).pathologyId("knee").build())
                .addPrescriptions(Prescription.builder().id("rx-dec").date(DATE_2025_12_20).pathologyId("knee").build());
    }

    private static ImmutableSession.Builder session(String id, LocalDate date) {
        return Session.builder().id(id).date(date).practitionerId("kine-1").pathologyId("knee").prescriptionId("rx-1");
    }

    /** A second rule set class for physiotherapy. */
    static final class OtherPhysioRuleSet implements RuleSet {
        @Override
        public Profession profession() {
            return Profession.PHYSIOTHERAPY;
        }

        @Override
        public Set<ParameterSpec> parameters() {
            return Set.of();
        }

        @Override
        public RuleSetResult assess(RuleContext context) {
            return new RuleSetResult(List.of(), List.of());
        }
    }

    @Test
    void assess_theReadmeExample() {
        CareHistory h = history().addSessions(session("s-1", DATE_2025_03_10).build()).build();

        Decision d = ENGINE.assess(h).decision("s-1");

        assertThat(d.outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(d.nomenclatureCode()).contains("567011");
        assertThat(d.fee()).contains(Money.parse("30.80"));
        assertThat(d.insurance()).contains(Money.parse("24.55"));
        assertThat(d.patientShare()).contains(Money.parse("6.25"));
        assertThat(d.supplement()).isEqualTo(Money.ZERO);
        assertThat(d.band()).contains(Band.of("PHYSIO_COURANTE_1_9", 1));
        assertThat(d.tariffProvenance()).get()
                .satisfies(p -> assertThat(p.location()).isEqualTo("physio-test-2025:tariffs.psv:3"));
    }

    @Test
    void assess_oneDecisionPerSession_inInputOrder_whateverTheOrder() {
        Session s1 = session("s-1", DATE_2025_03_10).build();
        Session s2 = session("s-2", DATE_2025_03_12).build();
        Session s3 = session("s-3", DATE_2025_03_14).build();

        Assessment shuffled = ENGINE.assess(history().addSessions(s3, s1, s2).build());
        Assessment sorted = ENGINE.assess(history().addSessions(s1, s2, s3).build());

        assertThat(shuffled.decisions()).extracting(Decision::sessionId).containsExactly("s-3", "s-1", "s-2");
        assertThat(shuffled.decision("s-3").band()).contains(Band.of("PHYSIO_COURANTE_1_9", 3));
        assertThat(shuffled.decisions().stream().collect(Collectors.toMap(Decision::sessionId, d -> d)))
                .isEqualTo(sorted.decisions().stream().collect(Collectors.toMap(Decision::sessionId, d -> d)));
    }

    @Test
    void assess_totalsAndEntitlements() {
        Assessment a = ENGINE.assess(history()
                .addSessions(session("s-1", DATE_2025_03_10).build(), session("s-2", DATE_2025_03_12).build()).build());

        assertThat(a.count(Outcome.REIMBURSED)).isEqualTo(2);
        assertThat(a.totalFee()).isEqualTo(Money.parse("61.60"));
        assertThat(a.totalInsurance()).isEqualTo(Money.parse("49.10"));
        assertThat(a.totalPatientShare()).isEqualTo(Money.parse("12.50"));
        assertThat(a.totalSupplement()).isEqualTo(Money.ZERO);
        assertThat(a.entitlementsOf("knee")).singleElement().satisfies(e -> {
            assertThat(e.counter()).isEqualTo("PHYSIO_COURANTE");
            assertThat(e.period()).isEqualTo(DateRange.ofYear(2025));
            assertThat(e.used()).isEqualTo(2);
            assertThat(e.remaining()).contains(16);
        });
        assertThatThrownBy(() -> a.decision("s-9")).isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("sessionId = s-9");
    }

    @Test
    void sessionOfAProfessionWithoutRuleSet_namesTheSession() {
        CareHistory h = history().addSessions(session("s-1", DATE_2025_03_10).build(),
                Session.builder().id("ot-1").date(DATE_2025_03_12).practitionerId("ergo-1").pathologyId("knee").build())
                .build();

        assertThatThrownBy(() -> ENGINE.assess(h))
                .isExactlyInstanceOf(MissingRuleSetException.class)
                .hasMessage("session[ot-1]: profession occupational-therapy has no rule set; loaded: [physiotherapy]");
    }

    @Test
    void sessionOutsideTheCoverage_namesSessionDateProfessionAndModule() {
        CareHistory h = history().addSessions(
                session("s-2026", DATE_2026_01_05).prescriptionId("rx-dec").build()).build();

        assertThatThrownBy(() -> ENGINE.assess(h))
                .isExactlyInstanceOf(RateCoverageException.class)
                .hasMessageStartingWith("session[s-2026] on 2026-01-05: no loaded rate module covers physiotherapy on "
                        + "2026-01-05")
                .hasMessageContaining("physio-test-2025");
    }

    @Test
    void engineWithoutRateModule_saysNoneIsLoaded() {
        ReimbursementEngine bare = ReimbursementEngine.builder().ruleSet(new PhysiotherapyRuleSet()).build();
        CareHistory h = history().addSessions(session("s-1", DATE_2025_03_10).build()).build();

        assertThatThrownBy(() -> bare.assess(h))
                .isExactlyInstanceOf(RateCoverageException.class)
                .hasMessageContaining("session[s-1]")
                .hasMessageContaining("loaded: none");
    }

    @Test
    void nulls_areNullValue() {
        CareHistory h = history().build();
        Session s = session("s-1", DATE_2025_03_10).build();

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
    void quote_returnsTheDecisionOfTheAddedSession() {
        CareHistory h = history().addSessions(session("s-1", DATE_2025_03_10).build()).build();
        Session next = session("s-2", DATE_2025_03_12).build();

        Decision quoted = ENGINE.quote(h, next);

        assertThat(quoted.sessionId()).isEqualTo("s-2");
        assertThat(quoted.band()).contains(Band.of("PHYSIO_COURANTE_1_9", 2));
        assertThat(quoted).isEqualTo(ENGINE.assess(h.withAddedSession(next)).decision("s-2"));
        assertThat(h.sessions()).hasSize(1);
    }

    @Test
    void quote_ofASecondSessionTheSameDay_isRefused() {
        CareHistory h = history().addSessions(session("s-1", DATE_2025_03_10).build()).build();

        Decision quoted = ENGINE.quote(h, session("s-2", DATE_2025_03_10).build());

        assertThat(quoted.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(quoted.usedUpBy()).contains("s-1");
    }

    @Test
    void quote_withAnIdAlreadyUsed_isInvalidInput() {
        CareHistory h = history().addSessions(session("s-1", DATE_2025_03_10).build()).build();

        assertThatThrownBy(() -> ENGINE.quote(h, session("s-1", DATE_2025_03_12).build()))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("session.id = s-1: is used twice");
    }

    @Test
    void assessAll_keepsTheOrder() {
        CareHistory one = history().addSessions(session("a", DATE_2025_03_10).build()).build();
        CareHistory two = history().addSessions(session("b", DATE_2025_03_12).build()).build();

        assertThat(ENGINE.assessAll(List.of(two, one)))
                .extracting(a -> a.decisions().get(0).sessionId()).containsExactly("b", "a");
    }

    @Test
    void twoRuleSetClassesForOneProfession_areInvalidInput() {
        ReimbursementEngine.Builder builder = ReimbursementEngine.builder()
                .ruleSet(new PhysiotherapyRuleSet()).ruleSet(new OtherPhysioRuleSet())
                .rateModule(PhysioTestRates.module2025());

        assertThatThrownBy(builder::build)
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("ruleSet = " + OtherPhysioRuleSet.class.getName())
                .hasMessageContaining("second rule set for physiotherapy")
                .hasMessageContaining(PhysiotherapyRuleSet.class.getName());
    }

    @Test
    void theSameRuleSetClassTwice_isOneRuleSet() {
        ReimbursementEngine engine = ReimbursementEngine.builder()
                .ruleSet(new PhysiotherapyRuleSet()).ruleSet(new PhysiotherapyRuleSet())
                .rateModule(PhysioTestRates.module2025()).build();

        assertThat(engine.ruleSets()).containsOnlyKeys(Profession.PHYSIOTHERAPY);
    }

    @Test
    void build_moduleMissingAParameter_namesIt() {
        Map<String, String> files = PhysioTestRates.files2025();
        files.put("parameters.psv", files.get("parameters.psv").lines()
                .filter(l -> !l.contains("| sessions_per_day_max |"))
                .collect(Collectors.joining("\n", "", "\n")));
        InMemoryRateModule incomplete = new InMemoryRateModule("incomplete", files);

        assertThatThrownBy(() -> ReimbursementEngine.builder().ruleSet(new PhysiotherapyRuleSet())
                .rateModule(incomplete).build())
                .isExactlyInstanceOf(RateDataException.class)
                .hasMessageStartingWith("incomplete: parameter physiotherapy.sessions_per_day_max has no value on "
                        + "2025-01-01");
    }

    @Test
    void build_twoModulesCoveringTheSameDays_conflict() {
        InMemoryRateModule other = new InMemoryRateModule("other-2025", PhysioTestRates.files2025()) {
        };

        assertThatThrownBy(() -> ReimbursementEngine.builder().ruleSet(new PhysiotherapyRuleSet())
                .rateModule(PhysioTestRates.module2025()).rateModule(other).build())
                .isExactlyInstanceOf(RateConflictException.class)
                .hasMessageContaining("physio-test-2025")
                .hasMessageContaining("other-2025")
                .hasMessageContaining("physiotherapy on 2025-01-01");
    }

    @Test
    void build_theSameModuleTwice_isLoadedOnce() {
        InMemoryRateModule module = PhysioTestRates.module2025();

        ReimbursementEngine engine = ReimbursementEngine.builder().ruleSet(new PhysiotherapyRuleSet())
                .rateModule(module).rateModule(module).build();

        assertThat(engine.catalog().modules()).containsExactly(module);
    }

    @Test
    void build_modulesOfDifferentClassesOnAdjacentYears_areBothUsed() {
        InMemoryRateModule y2024 = new InMemoryRateModule("physio-test-2024", PhysioTestRates.filesFor(2024)) {
        };

        ReimbursementEngine engine = ReimbursementEngine.builder().ruleSet(new PhysiotherapyRuleSet())
                .rateModule(y2024).rateModule(PhysioTestRates.module2025()).build();

        assertThat(engine.catalog().coverageOf(Profession.PHYSIOTHERAPY))
                .containsExactly(DateRange.ofYear(2024), DateRange.ofYear(2025));
    }

    @Test
    void build_twoModulesOfTheSameClass_areBothChecked() {
        ReimbursementEngine engine = ReimbursementEngine.builder().ruleSet(new PhysiotherapyRuleSet())
                .rateModule(PhysioTestRates.moduleFor(2024)).rateModule(PhysioTestRates.module2025()).build();

        assertThat(engine.catalog().modules()).hasSize(2);
        assertThatThrownBy(() -> ReimbursementEngine.builder().ruleSet(new PhysiotherapyRuleSet())
                .rateModule(PhysioTestRates.module2025())
                .rateModule(new InMemoryRateModule("copy-2025", PhysioTestRates.files2025())).build())
                .isExactlyInstanceOf(RateConflictException.class);
    }

    @Test
    void loadInstalled_findsThePhysiotherapyRuleSet() {
        ReimbursementEngine installed = ReimbursementEngine.loadInstalled();

        assertThat(installed.ruleSets()).containsKey(Profession.PHYSIOTHERAPY);
        assertThat(installed.ruleSets().get(Profession.PHYSIOTHERAPY)).isInstanceOf(PhysiotherapyRuleSet.class);
    }
}
