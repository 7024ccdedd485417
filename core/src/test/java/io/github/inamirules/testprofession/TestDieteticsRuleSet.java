package io.github.inamirules.testprofession;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Band;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Missing;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.Reason;
import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.assessment.Severity;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.Approval;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.ImmutableCareHistory;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Patient;
import io.github.inamirules.model.Session;
import io.github.inamirules.rates.InMemoryRateModule;
import io.github.inamirules.rates.RateModule;
import io.github.inamirules.testprofession.files.DieteticsFileRates;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fictional rule set through the engine: proves that a profession written only against the
 * kernel's toolkit counts, refuses, prices and reports what is missing as the kernel promises.
 */
class TestDieteticsRuleSet {
    private static final LocalDate DATE_2025_01_01 = LocalDate.of(2025, 1, 1);
    private static final LocalDate DATE_2025_03_10 = LocalDate.of(2025, 3, 10);
    private static final LocalDate DATE_2025_03_12 = LocalDate.of(2025, 3, 12);
    private static final LocalDate DATE_2025_03_14 = LocalDate.of(2025, 3, 14);
    private static final LocalDate DATE_2025_03_17 = LocalDate.of(2025, 3, 17);
    private static final LocalDate DATE_2025_03_19 = LocalDate.of(2025, 3, 19);
    private static final LocalDate DATE_2025_03_21 = LocalDate.of(2025, 3, 21);
    private static final LocalDate DATE_2025_07_01 = LocalDate.of(2025, 7, 1);
    private static final LocalDate DATE_2025_07_02 = LocalDate.of(2025, 7, 2);
    private static final LocalDate DATE_2026_01_05 = LocalDate.of(2026, 1, 5);
    private static final LocalDate DATE_2026_01_07 = LocalDate.of(2026, 1, 7);

    private static final ReimbursementEngine ENGINE = engine(DieteticsRates.module2025());

    private static ReimbursementEngine engine(RateModule... modules) {
        ReimbursementEngine.Builder b = ReimbursementEngine.builder().ruleSet(new DieteticsRuleSet());
        for (RateModule m : modules) {
            b.rateModule(m);
        }
        return b.build();
    }

    private static ImmutableCareHistory.Builder history() {
        return DietCare.history();
    }

    private static Session session(String id, LocalDate date) {
        return DietCare.session(id, date).build();
    }

    private static Approval accord(String id, LocalDate start, LocalDate end) {
        return Approval.builder().id(id).episodeId("clinic").kind(DieteticsFiction.INTENSIVE_ACCORD)
                .period(DateRange.of(start, end)).build();
    }

    @Test
    void firstSessions_areReimbursed_priced_fromTheTariffMinusTheFixedShare() {
        Decision d = ENGINE.assess(history().addSessions(session("s-1", DATE_2025_03_10)).build()).decision("s-1");

        assertThat(d.outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(d.profession()).isEqualTo(DieteticsFiction.PROFESSION);
        assertThat(d.episodeId()).isEqualTo("menu");
        assertThat(d.band()).contains(Band.of("DIET_STANDARD", 1));
        assertThat(d.nomenclatureCode()).contains("D101");
        assertThat(d.fee()).contains(Money.parse("25.00"));
        assertThat(d.insurance()).contains(Money.parse("20.00"));
        assertThat(d.patientShare()).contains(Money.parse("5.00"));
        assertThat(d.supplement()).isEqualTo(Money.ZERO);
        assertThat(d.isPriced()).isTrue();
        assertThat(d.tariffProvenance()).get()
                .satisfies(p -> assertThat(p.location()).isEqualTo("diet-2025:dietetics-fiction/tariffs.psv:3"));
        assertThat(d.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("DIET_SESSION_COUNTED");
            assertThat(r.message(Locale.ENGLISH)).isEqualTo("Session 1 of 3 this year, at the practice.");
            assertThat(r.message(Locale.FRENCH)).isEqualTo("Séance 1 sur 3 cette année, au cabinet.");
        });
    }

    @Test
    void beyondTheCap_refused002_namingTheSessionThatUsedItUp() {
        Assessment a = ENGINE.assess(history().addSessions(session("s-1", DATE_2025_03_10), session("s-2", DATE_2025_03_12),
                session("s-3", DATE_2025_03_14), session("s-4", DATE_2025_03_17), session("s-5", DATE_2025_03_19))
                .build());

        Decision fourth = a.decision("s-4");
        assertThat(fourth.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(fourth.refusalCode()).contains(RefusalCode.MAXIMUM_REACHED);
        assertThat(fourth.refusalCode().orElseThrow().code()).isEqualTo("002");
        assertThat(fourth.usedUpBy()).contains("s-3");
        assertThat(fourth.insurance()).contains(Money.ZERO);
        assertThat(fourth.band()).isEmpty();
        assertThat(fourth.reasons()).singleElement().satisfies(r -> {
            assertThat(r.severity()).isEqualTo(Severity.REFUSAL);
            assertThat(r.ruleId()).isEqualTo("D-03");
            assertThat(r.source()).isEqualTo("https://example.org/dietetics-fiction/D-03");
            assertThat(r.message(Locale.ENGLISH)).isEqualTo("The 3 sessions of the year are used up (the last one was s-3).");
            assertThat(r.message(Locale.forLanguageTag("nl")))
                    .isEqualTo("De 3 zittingen van het jaar zijn opgebruikt (de laatste was s-3).");
        });
        assertThat(a.decision("s-5").usedUpBy()).contains("s-3");
        assertThat(a.entitlementsOf("menu")).singleElement().satisfies(e -> {
            assertThat(e.used()).isEqualTo(3);
            assertThat(e.limit()).contains(3);
            assertThat(e.remaining()).contains(0);
        });
    }

    @Test
    void sessionWithoutPrescription_refused008_andDoesNotCount() {
        Session unprescribed = DietCare.session("s-1", DATE_2025_03_10).prescriptionId(java.util.Optional.empty()).build();

        Assessment a = ENGINE.assess(history().addSessions(unprescribed, session("s-2", DATE_2025_03_12),
                session("s-3", DATE_2025_03_14), session("s-4", DATE_2025_03_17)).build());

        assertThat(a.decision("s-1").outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(a.decision("s-1").refusalCode()).contains(RefusalCode.PREREQUISITE_NOT_MET);
        assertThat(a.decision("s-1").usedUpBy()).isEmpty();
        assertThat(a.decision("s-1").reasons().get(0).message(Locale.FRENCH))
                .isEqualTo("Pas de prescription : une séance de diététique n'est remboursée que sur prescription.");
        assertThat(a.decisions()).extracting(d -> d.band().flatMap(Band::rank).orElse(0)).containsExactly(0, 1, 2, 3);
        assertThat(a.count(Outcome.REIMBURSED)).isEqualTo(3);
    }

    @Test
    void aDiabeticEpisode_hasItsOwnCap() {
        CareHistory h = history().addSessions(DietCare.session("d-1", DATE_2025_03_10, "diabetes").build(),
                DietCare.session("d-2", DATE_2025_03_12, "diabetes").build(),
                DietCare.session("d-3", DATE_2025_03_14, "diabetes").build(),
                DietCare.session("d-4", DATE_2025_03_17, "diabetes").build(),
                DietCare.session("d-5", DATE_2025_03_19, "diabetes").build(),
                DietCare.session("d-6", DATE_2025_03_21, "diabetes").build()).build();

        Assessment a = ENGINE.assess(h);

        assertThat(a.decision("d-5").band()).contains(Band.of("DIET_STANDARD", 5));
        assertThat(a.decision("d-6").outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(a.decision("d-6").usedUpBy()).contains("d-5");
    }

    @Test
    void episodesAreCountedApart() {
        Assessment a = ENGINE.assess(history().addSessions(session("s-1", DATE_2025_03_10),
                DietCare.session("d-1", DATE_2025_03_10, "diabetes").build(), session("s-2", DATE_2025_03_12)).build());

        assertThat(a.decision("d-1").band()).contains(Band.of("DIET_STANDARD", 1));
        assertThat(a.decision("s-2").band()).contains(Band.of("DIET_STANDARD", 2));
        assertThat(a.entitlements()).hasSize(2);
    }

    @Test
    void intensiveWithoutAccord_refused005() {
        Decision d = ENGINE.assess(history().addSessions(DietCare.session("c-1", DATE_2025_03_10, "clinic").build())
                .addApprovals(accord("a-1", DATE_2025_03_12, DATE_2025_07_01)).build()).decision("c-1");

        assertThat(d.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(d.refusalCode()).contains(RefusalCode.NO_AGREEMENT);
        assertThat(d.reasons().get(0).message(Locale.ENGLISH)).isEqualTo("No intensive-care accord holds on 2025-03-10.");
    }

    @Test
    void intensiveWithAccord_isPricedFromTheExplicitInsuranceAmounts() {
        CareHistory ordinary = history().addSessions(DietCare.session("c-1", DATE_2025_03_10, "clinic").build())
                .addApprovals(accord("a-1", DATE_2025_01_01, DATE_2025_07_01)).build();
        CareHistory preferential = ImmutableCareHistory.builder().from(ordinary)
                .patient(Patient.builder().id("p-1").addPreferentialPeriods(DateRange.ofYear(2025)).build()).build();

        Decision o = ENGINE.assess(ordinary).decision("c-1");
        Decision p = ENGINE.assess(preferential).decision("c-1");

        assertThat(o.band()).contains(Band.of("DIET_INTENSIVE", 1));
        assertThat(o.nomenclatureCode()).contains("D201");
        assertThat(o.fee()).contains(Money.parse("40.00"));
        assertThat(o.insurance()).contains(Money.parse("36.00"));
        assertThat(o.patientShare()).contains(Money.parse("4.00"));
        assertThat(p.insurance()).contains(Money.parse("39.00"));
        assertThat(p.patientShare()).contains(Money.parse("1.00"));
    }

    @Test
    void preferentialPatient_paysThePreferentialShare() {
        CareHistory h = history().patient(Patient.builder().id("p-1").addPreferentialPeriods(DateRange.ofYear(2025))
                .build()).addSessions(session("s-1", DATE_2025_03_10)).build();

        Decision d = ENGINE.assess(h).decision("s-1");

        assertThat(d.patientShare()).contains(Money.parse("1.50"));
        assertThat(d.insurance()).contains(Money.parse("23.50"));
    }

    @Test
    void unknownTariffRow_isReimbursedUnpriced_withTheShareAndAnAmountMissing() {
        CareHistory h = history().addApprovals(accord("a-1", DATE_2025_01_01, DATE_2025_07_01))
                .addSessions(DietCare.session("c-1", DATE_2025_03_10, "clinic")
                        .facts(io.github.inamirules.model.Facts.of(DieteticsFiction.PLACE, DietPlace.HOME)).build(),
                        session("s-1", DATE_2025_03_10))
                .build();

        Assessment a = ENGINE.assess(h);
        Decision d = a.decision("c-1");

        assertThat(d.outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(d.isPriced()).isFalse();
        assertThat(d.band()).contains(Band.of("DIET_INTENSIVE", 1));
        assertThat(d.nomenclatureCode()).contains("D202");
        assertThat(d.fee()).isEmpty();
        assertThat(d.insurance()).isEmpty();
        assertThat(d.patientShare()).contains(Money.parse("5.00"));
        assertThat(d.missing()).singleElement().satisfies(m -> {
            assertThat(m.item()).isEqualTo("TARIFF");
            assertThat(m.impact()).isEqualTo(Missing.Impact.AMOUNT);
            assertThat(m.code()).contains("D202");
            assertThat(m.episodeId()).contains("clinic");
            assertThat(m.message(Locale.ENGLISH)).isEqualTo("The fee of code D202 on 2025-03-10 is unknown.");
        });
        assertThat(a.countUnpriced()).isEqualTo(1);
        assertThat(a.totalFee()).isEqualTo(Money.parse("25.00"));
        assertThat(a.totalPatientShare()).isEqualTo(Money.parse("5.00"));
    }

    @Test
    void unknownCodeRow_isReimbursedUnpriced_withTheCodeMissing() {
        Decision d = engine(new DieteticsFileRates()).assess(history()
                .addApprovals(accord("a-1", DATE_2025_01_01, DATE_2025_07_01))
                .addSessions(DietCare.session("c-1", DATE_2025_03_10, "clinic")
                        .facts(io.github.inamirules.model.Facts.of(DieteticsFiction.PLACE, DietPlace.HOME)).build())
                .build()).decision("c-1");

        assertThat(d.outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(d.nomenclatureCode()).isEmpty();
        assertThat(d.patientShare()).contains(Money.parse("5.00"));
        assertThat(d.missing()).singleElement().satisfies(m -> {
            assertThat(m.item()).isEqualTo("NOMENCLATURE_CODE");
            assertThat(m.impact()).isEqualTo(Missing.Impact.AMOUNT);
            assertThat(m.values()).containsExactly(Map.entry("band", "DIET_INTENSIVE"), Map.entry("place", "home"));
            assertThat(m.message(Locale.FRENCH))
                    .isEqualTo("Le code de Diététique intensive, au domicile du patient le 2025-03-10 est inconnu.");
        });
    }

    @Test
    void unknownParameterRow_isInsufficientData_withACoverageMissing_andDoesNotCount() {
        InMemoryRateModule capUnknownFromJuly = DieteticsRates.module2025().with(DieteticsRates.PARAMETERS,
                DieteticsRates.parameters(2025, DieteticsRates.parameter("sessions_max", "2025-01-01", "2025-07-01", "3"))
                        + DieteticsRates.unknownParameter("sessions_max", "2025-07-01", "2026-01-01") + "\n");
        CareHistory h = history().addSessions(session("s-1", DATE_2025_03_10), session("s-2", DATE_2025_07_01),
                session("s-3", DATE_2025_07_02)).build();

        Assessment a = engine(capUnknownFromJuly).assess(h);
        Decision d = a.decision("s-2");

        assertThat(a.decision("s-1").outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(d.outcome()).isEqualTo(Outcome.INSUFFICIENT_DATA);
        assertThat(d.band()).isEmpty();
        assertThat(d.missing()).singleElement().satisfies(m -> {
            assertThat(m.item()).isEqualTo("PARAMETER");
            assertThat(m.impact()).isEqualTo(Missing.Impact.COVERAGE);
            assertThat(m.values()).containsEntry("parameter", "sessions_max").containsEntry("module", "diet-2025")
                    .containsEntry("searched", "searched the fictional gazette");
        });
        assertThat(d.reasons()).extracting(Reason::code).containsExactly("DIET_FIGURE_UNKNOWN");
        assertThat(d.reasons().get(0).message(Locale.ENGLISH)).isEqualTo("Parameter sessions_max is unknown in "
                + "diet-2025 (searched the fictional gazette).");
        assertThat(a.decision("s-3").outcome()).isEqualTo(Outcome.INSUFFICIENT_DATA);
        assertThat(a.entitlementsOf("menu")).singleElement().satisfies(e -> assertThat(e.used()).isEqualTo(1));
    }

    @Test
    void parametersChangeOnTheirPeriodEdge_readFromTheDataFiles() {
        CareHistory h = history().addSessions(session("s-1", DATE_2025_03_10), session("s-2", DATE_2025_03_12),
                session("s-3", DATE_2025_03_14), session("s-4", DATE_2025_03_17), session("s-5", DATE_2025_07_01),
                session("s-6", DATE_2025_07_02)).build();

        Assessment a = engine(new DieteticsFileRates()).assess(h);

        assertThat(a.decision("s-4").outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(a.decision("s-5").band()).contains(Band.of("DIET_STANDARD", 4));
        assertThat(a.decision("s-6").usedUpBy()).contains("s-5");
        assertThat(a.entitlementsOf("menu")).singleElement().satisfies(e -> assertThat(e.limit()).contains(4));
    }

    @Test
    void anUnknownParameterNotRead_doesNotMatter() {
        Decision d = engine(new DieteticsFileRates()).assess(history().addSessions(session("s-1", DATE_2025_03_10))
                .build()).decision("s-1");

        assertThat(d.outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(d.missing()).isEmpty();
    }

    @Test
    void homeSessionIn2026_refused009_afterCounting_butTheCountIsNeverCommitted() {
        ReimbursementEngine engine = engine(DieteticsRates.module2025(), DieteticsRates.module(2026));
        CareHistory h = history().addSessions(DietCare.homeSession("h-2025", DATE_2025_03_10).build(),
                DietCare.homeSession("h-2026", DATE_2026_01_05).build(), session("s-2026", DATE_2026_01_07)).build();

        Assessment a = engine.assess(h);

        assertThat(a.decision("h-2025").outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(a.decision("h-2025").nomenclatureCode()).contains("D102");
        assertThat(a.decision("h-2025").fee()).contains(Money.parse("30.00"));
        Decision home = a.decision("h-2026");
        assertThat(home.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(home.refusalCode()).contains(RefusalCode.NOT_ATTESTABLE_ON_DATE);
        assertThat(home.band()).contains(Band.of("DIET_STANDARD", 1));
        assertThat(home.reasons()).extracting(Reason::severity).containsExactly(Severity.INFO, Severity.REFUSAL);
        assertThat(a.decision("s-2026").band()).contains(Band.of("DIET_STANDARD", 1));
    }

    @Test
    void nonConventionedPractitioner_mayAskASupplement_aConventionedOneMayNot() {
        CareHistory h = history().addSessions(
                DietCare.session("n-1", DATE_2025_03_10).practitionerId("diet-2").feeAsked(Money.parse("32.00")).build(),
                DietCare.session("c-1", DATE_2025_03_12).feeAsked(Money.parse("32.00")).build(),
                DietCare.session("n-2", DATE_2025_03_14).practitionerId("diet-2").feeAsked(Money.parse("20.00")).build())
                .build();

        Assessment a = ENGINE.assess(h);

        assertThat(a.decision("n-1").supplement()).isEqualTo(Money.parse("7.00"));
        assertThat(a.decision("n-1").patientTotal()).contains(Money.parse("12.00"));
        assertThat(a.decision("n-1").hasReason("DIET_SUPPLEMENT")).isTrue();
        assertThat(a.decision("n-1").reasons().get(1).message(Locale.ENGLISH))
                .isEqualTo("Supplement of €7.00 above the official fee.");
        assertThat(a.decision("c-1").supplement()).isEqualTo(Money.ZERO);
        assertThat(a.decision("n-2").supplement()).isEqualTo(Money.ZERO);
        assertThat(a.totalSupplement()).isEqualTo(Money.parse("7.00"));
    }

    @Test
    void simulator_givesAnIntensiveEpisodeTheAccordItsSessionsNeed() {
        CareHistory base = history().build();
        io.github.inamirules.rules.Simulator simulator = new DieteticsRuleSet().simulator();

        java.util.List<Approval> approvals = simulator.approvalsFor(base, base.episode("clinic"), DATE_2025_03_10,
                DATE_2025_03_14, ENGINE.catalog().ratesAt(DieteticsFiction.PROFESSION, DATE_2025_03_10));
        Assessment a = ENGINE.assess(history().addAllApprovals(approvals)
                .addSessions(DietCare.session("c-1", DATE_2025_03_10, "clinic").build(),
                        DietCare.session("c-2", DATE_2025_03_14, "clinic").build())
                .build());

        assertThat(approvals).singleElement().satisfies(ap -> {
            assertThat(ap.kind()).isEqualTo(DieteticsFiction.INTENSIVE_ACCORD);
            assertThat(ap.period()).isEqualTo(DateRange.of(DATE_2025_03_10, DATE_2025_03_14.plusDays(1)));
        });
        assertThat(a.count(Outcome.REIMBURSED)).isEqualTo(2);
        assertThat(simulator.approvalsFor(base, base.episode("menu"), DATE_2025_03_10, DATE_2025_03_14, null)).isEmpty();
        assertThat(simulator.defaultSessionFacts(base.episode("clinic")).isEmpty()).isTrue();
    }
}
