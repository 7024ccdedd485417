package io.github.inamirules.physiotherapy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.RateCoverageException;
import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Missing;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Episode;
import io.github.inamirules.model.Facts;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Patient;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.model.Session;
import io.github.inamirules.rates.DataFileRateModule;
import io.github.inamirules.rates.ProvenanceStatus;
import io.github.inamirules.rates2025.Rates2025;
import io.github.inamirules.rates2026.Rates2026;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Physiotherapy in 2026 with the rates-2026 module: M/25 still in force, the 2025 rules carried, no
 * 2026 fee known (every session covered and unpriced), direct access switched off but driven entirely
 * by parameters, video sessions not attestable (physical-presence rule, P-44).
 */
class TestPhysiotherapy2026 {
    private static final LocalDate DATE_2026_03_02 = LocalDate.of(2026, 3, 2);
    private static final LocalDate DATE_2026_02_20 = LocalDate.of(2026, 2, 20);
    private static final ReimbursementEngine ENGINE = engine(new Rates2026());

    private static ReimbursementEngine engine(DataFileRateModule rates2026) {
        return ReimbursementEngine.builder().ruleSet(new PhysiotherapyRuleSet()).rateModule(new Rates2025())
                .rateModule(rates2026).build();
    }

    /** A courante pathology with a prescription, a conventioned practitioner, and n sessions a week apart. */
    private static CareHistory courante(int n, boolean prescribed, boolean conventioned, Facts facts) {
        var b = CareHistory.builder().patient(Patient.builder().id("p").build())
                .addPractitioners(Physiotherapy.practitioner("kine")
                        .conventionPeriods(conventioned ? List.of(DateRange.startingFrom(LocalDate.of(2025, 2, 1)))
                                : List.of()).build())
                .addEpisodes(Physiotherapy.episode("back", Situation.COURANTE));
        if (prescribed) {
            b.addPrescriptions(Prescription.builder().id("rx").episodeId("back").date(DATE_2026_02_20).build());
        }
        for (int i = 0; i < n; i++) {
            var s = Session.builder().id("back-" + (i + 1)).date(DATE_2026_03_02.plusWeeks(i)).practitionerId("kine")
                    .episodeId("back").facts(facts);
            if (prescribed) {
                s.prescriptionId("rx");
            }
            b.addSessions(s.build());
        }
        return b.build();
    }

    @Test
    void aCouranteSessionOf2026_isReimbursed_withBandCodeAndShare_feeAndInsuranceMissing() {
        Assessment a = ENGINE.assess(courante(1, true, true, Facts.empty()));
        Decision d = a.decision("back-1");

        assertThat(d.outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(d.band()).get().satisfies(b -> {
            assertThat(b.id()).isEqualTo(Bands.COURANTE_1_9);
            assertThat(b.rank()).contains(1);
        });
        assertThat(d.nomenclatureCode()).contains("567011");
        assertThat(d.patientShare()).contains(Money.parse("6.25"));
        assertThat(d.fee()).isEmpty();
        assertThat(d.insurance()).isEmpty();
        assertThat(d.missing()).singleElement().satisfies(m -> {
            assertThat(m.item()).isEqualTo(Missing.TARIFF);
            assertThat(m.impact()).isEqualTo(Missing.Impact.AMOUNT);
            assertThat(m.code()).contains("567011");
            assertThat(m.values().get("searched")).contains("no 2026 fee found");
        });
        assertThat(a.countUnpriced()).isEqualTo(1);
    }

    @Test
    void theRulesOf2025_areCarried_withTheTextTheyRestOn() {
        var rates = ENGINE.catalog().ratesAt(Physiotherapy.PROFESSION, DATE_2026_03_02);
        assertThat(rates.module().id()).isEqualTo("rates-2026");
        assertThat(rates.integer(PhysioParameters.COURANTE_MAX)).isEqualTo(18);
        assertThat(rates.parameter(PhysioParameters.COURANTE_MAX).provenance().status())
                .isEqualTo(ProvenanceStatus.CARRIED);
        assertThat(rates.parameter(PhysioParameters.COURANTE_MAX).provenance().note()).get().asString()
                .contains("M/25 covers 2026");
        assertThat(rates.flag(PhysioParameters.CONVENTION_IN_FORCE)).isTrue();
        assertThat(rates.parameter(PhysioParameters.CONVENTION_IN_FORCE).provenance().status())
                .isEqualTo(ProvenanceStatus.OFFICIAL);
        assertThat(rates.decimal(PhysioParameters.NON_CONVENTIONED_REDUCTION)).isEqualByComparingTo("0.25");
        assertThat(rates.money(PhysioParameters.patientShare("other", true))).isEqualTo(Money.parse("2.50"));
    }

    @Test
    void aSessionOf2027_namesTheMissingModule() {
        CareHistory h = CareHistory.builder().from(courante(1, true, true, Facts.empty()))
                .sessions(List.of(Session.builder().id("late").date(LocalDate.of(2027, 1, 4)).practitionerId("kine")
                        .episodeId("back").prescriptionId("rx").build())).build();
        assertThatThrownBy(() -> ENGINE.assess(h)).isInstanceOf(RateCoverageException.class)
                .hasMessageContaining("2027-01-04").hasMessageContaining("inami-rules-rates-2027");
    }

    @Test
    void directAccess_isSwitchedOff_aSessionWithoutPrescriptionIsRefused() {
        Decision d = ENGINE.assess(courante(1, false, true, Facts.empty())).decision("back-1");
        assertThat(d.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(d.refusalCode()).contains(RefusalCode.PREREQUISITE_NOT_MET);
        assertThat(d.hasReason("PHYSIO_PRESCRIPTION_MISSING")).isTrue();
    }

    @Test
    void directAccess_enabledByData_letsSessionsWithoutPrescriptionThrough_upToTheMaximum() {
        ReimbursementEngine enabled = engine(EditedRates.of(Rates2026.class, "rates-2026-direct-access",
                "direct_access.enabled | 2026-01-01 | 2027-01-01 | false | reported",
                "direct_access.enabled | 2026-01-01 | 2027-01-01 | true | reported",
                "direct_access.sessions_max | 2026-01-01 | 2027-01-01 |  | unknown",
                "direct_access.sessions_max | 2026-01-01 | 2027-01-01 | 9 | derived"));
        Assessment a = enabled.assess(courante(10, false, true, Facts.empty()));

        List<Decision> accepted = new ArrayList<>(a.decisions().subList(0, 9));
        assertThat(accepted).allSatisfy(d -> {
            assertThat(d.outcome()).isEqualTo(Outcome.REIMBURSED);
            assertThat(d.hasReason("PHYSIO_DIRECT_ACCESS")).isTrue();
            assertThat(d.band().orElseThrow().id()).isEqualTo(Bands.COURANTE_1_9);
        });
        Decision tenth = a.decision("back-10");
        assertThat(tenth.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(tenth.refusalCode()).contains(RefusalCode.PREREQUISITE_NOT_MET);
        assertThat(tenth.hasReason("PHYSIO_DIRECT_ACCESS_USED_UP")).isTrue();
        assertThat(tenth.usedUpBy()).contains("back-9");
        assertThat(a.entitlementsOf("back")).anySatisfy(e -> {
            assertThat(e.counter()).isEqualTo(PhysiotherapyCounters.DIRECT_ACCESS);
            assertThat(e.used()).isEqualTo(9);
            assertThat(e.limit()).contains(9);
        });
    }

    @Test
    void directAccess_appliesOnlyToTheSituationsTheDataName() {
        ReimbursementEngine enabled = engine(EditedRates.of(Rates2026.class, "rates-2026-direct-access",
                "direct_access.enabled | 2026-01-01 | 2027-01-01 | false", "direct_access.enabled | 2026-01-01 | 2027-01-01 | true",
                "direct_access.sessions_max | 2026-01-01 | 2027-01-01 |  | unknown",
                "direct_access.sessions_max | 2026-01-01 | 2027-01-01 | 9 | derived"));
        CareHistory fa = CareHistory.builder().patient(Patient.builder().id("p").build())
                .addPractitioners(Physiotherapy.practitioner("kine").build())
                .addEpisodes(Episode.builder().id("knee").kind(Situation.FA).build())
                .addSessions(Session.builder().id("knee-1").date(DATE_2026_03_02).practitionerId("kine")
                        .episodeId("knee").build()).build();
        assertThat(enabled.assess(fa).decision("knee-1").hasReason("PHYSIO_PRESCRIPTION_MISSING")).isTrue();
    }

    @Test
    void anOverlayEnablingDirectAccess_letsASessionWithoutPrescriptionThrough_onItsDaysOnly() throws Exception {
        java.nio.file.Path folder = java.nio.file.Path.of(TestPhysiotherapy2026.class
                .getResource("/overlays/direct-access-from-july-2026").toURI());
        ReimbursementEngine whatIf = ReimbursementEngine.builder().ruleSet(new PhysiotherapyRuleSet())
                .rateModule(new Rates2025()).rateModule(new Rates2026())
                .overlay(io.github.inamirules.rates.DirectoryRateModule.of(folder, "what-if")).build();
        assertThat(whatIf.catalog().replacements()).hasSize(2);
        CareHistory h = CareHistory.builder().from(courante(0, false, true, Facts.empty()))
                .addSessions(Session.builder().id("march").date(DATE_2026_03_02).practitionerId("kine")
                        .episodeId("back").build(),
                        Session.builder().id("august").date(LocalDate.of(2026, 8, 3)).practitionerId("kine")
                        .episodeId("back").build()).build();

        Assessment a = whatIf.assess(h);
        assertThat(a.decision("march").hasReason("PHYSIO_PRESCRIPTION_MISSING")).isTrue();
        assertThat(a.decision("august").outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(a.decision("august").hasReason("PHYSIO_DIRECT_ACCESS")).isTrue();
        assertThat(ENGINE.assess(h).decision("august").hasReason("PHYSIO_PRESCRIPTION_MISSING")).isTrue();
    }

    @Test
    void aVideoSession_isNotAttestable_in2026_norIn2025() {
        Facts video = Facts.of(PhysiotherapyFacts.VIDEO, true);
        Decision d2026 = ENGINE.assess(courante(1, true, true, video)).decision("back-1");
        assertThat(d2026.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(d2026.refusalCode()).contains(RefusalCode.NOT_ATTESTABLE_ON_DATE);
        assertThat(d2026.reasons()).anySatisfy(r -> {
            assertThat(r.code()).isEqualTo("PHYSIO_VIDEO_NOT_ATTESTABLE");
            assertThat(r.ruleId()).isEqualTo("P-44");
        });

        CareHistory in2025 = CareHistory.builder().patient(Patient.builder().id("p").build())
                .addPractitioners(Physiotherapy.practitioner("kine").build())
                .addEpisodes(Physiotherapy.episode("back", Situation.COURANTE))
                .addPrescriptions(Prescription.builder().id("rx").episodeId("back").date(LocalDate.of(2025, 3, 1)).build())
                .addSessions(Session.builder().id("v").date(LocalDate.of(2025, 3, 10)).practitionerId("kine")
                        .episodeId("back").prescriptionId("rx").facts(video).build()).build();
        assertThat(ENGINE.assess(in2025).decision("v").hasReason("PHYSIO_VIDEO_NOT_ATTESTABLE")).isTrue();
    }

    @Test
    void aVideoSession_allowedByData_isBanded_andItsCodeLookedUpAtTheVideoPlace() {
        ReimbursementEngine allowed = engine(EditedRates.of(Rates2026.class, "rates-2026-video",
                "video.allowed | 2026-01-01 | 2027-01-01 | false", "video.allowed | 2026-01-01 | 2027-01-01 | true"));
        Decision d = allowed.assess(courante(1, true, true, Facts.of(PhysiotherapyFacts.VIDEO, true))).decision("back-1");
        assertThat(d.outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(d.hasReason("PHYSIO_VIDEO_SESSION")).isTrue();
        assertThat(d.band().orElseThrow().id()).isEqualTo(Bands.COURANTE_1_9);
        assertThat(d.missing()).singleElement().satisfies(m -> {
            assertThat(m.item()).isEqualTo(Missing.NOMENCLATURE_CODE);
            assertThat(m.values().get("place")).isEqualTo("video");
        });
    }

    @Test
    void aNonConventionedPractitioner_in2026_hasNoKnownPatientShare_withoutAFee() {
        Decision d = ENGINE.assess(courante(1, true, false, Facts.empty())).decision("back-1");
        assertThat(d.outcome()).isEqualTo(Outcome.REIMBURSED);
        assertThat(d.patientShare()).as("ordinary patient, -25 %% of an unknown amount").isEmpty();
        assertThat(d.nomenclatureCode()).contains("567011");
    }
}
