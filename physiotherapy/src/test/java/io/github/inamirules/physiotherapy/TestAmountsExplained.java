package io.github.inamirules.physiotherapy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Reason;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Patient;
import io.github.inamirules.model.Practitioner;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.model.Session;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 13 §1: every priced decision says what set its amounts, and a change of status shows. */
class TestAmountsExplained {
    private static final ReimbursementEngine ENGINE = ReimbursementEngine.loadInstalled();
    private static final LocalDate MAY_5 = LocalDate.of(2025, 5, 5);
    private static final LocalDate MAY_12 = LocalDate.of(2025, 5, 12);
    private static final LocalDate JUNE_2 = LocalDate.of(2025, 6, 2);
    private static final LocalDate JUNE_9 = LocalDate.of(2025, 6, 9);

    /** A patient BIM from 1 June, a physiotherapist conventioned until 6 June. */
    private static Assessment switches() {
        CareHistory h = CareHistory.builder()
                .patient(Patient.builder().id("p").addPreferentialPeriods(DateRange.startingFrom(LocalDate.of(2025, 6, 1)))
                        .build())
                .addPractitioners(Practitioner.builder().id("k").profession(Physiotherapy.PROFESSION)
                        .addConventionPeriods(DateRange.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 6, 7))).build())
                .addEpisodes(Physiotherapy.episode("knee", Situation.COURANTE))
                .addPrescriptions(Prescription.builder().id("rx").date(LocalDate.of(2025, 5, 1)).episodeId("knee").build())
                .addSessions(session("s1", MAY_5), session("s2", MAY_12), session("s3", JUNE_2), session("s4", JUNE_9))
                .build();
        return ENGINE.assess(h);
    }

    private static Session session(String id, LocalDate date) {
        return Session.builder().id(id).date(date).practitionerId("k").episodeId("knee").prescriptionId("rx").build();
    }

    private static Reason amounts(Decision d) {
        return d.reasons().stream().filter(r -> r.code().startsWith("PHYSIO_AMOUNTS")).findFirst().orElseThrow();
    }

    @Test
    void aPricedDecision_saysWhatSetItsAmounts() {
        Decision d = switches().decision("s1");

        Reason r = amounts(d);

        assertThat(r.code()).isEqualTo("PHYSIO_AMOUNTS");
        assertThat(r.ruleId()).isEqualTo("P-07");
        assertThat(r.values()).containsEntry("preferential", "false").containsEntry("conventioned", "true")
                .containsEntry("shareRule", "other").containsEntry("code", d.nomenclatureCode().orElseThrow())
                .containsEntry("tariffStatus", d.tariffProvenance().orElseThrow().status().name()
                        .toLowerCase(Locale.ROOT))
                .as("the amounts are the decision's own fields, not repeated").doesNotContainKeys("fee", "patientShare");
        assertThat(r.message(Locale.FRENCH)).isEqualTo("Montants : ticket modérateur « autres séances », patient "
                + "ordinaire, prestataire conventionné ; tarif rapporté du code 567011.");
        assertThat(r.message(Locale.ENGLISH)).contains("ordinary patient", "conventioned practitioner",
                "reported tariff of code 567011");
    }

    @Test
    void thePatientBecomingPreferential_showsOnTheFirstSessionItChanges() {
        Assessment a = switches();

        assertThat(amounts(a.decision("s2")).values()).containsEntry("preferential", "false");
        assertThat(amounts(a.decision("s3")).values()).containsEntry("preferential", "true");
        assertThat(amounts(a.decision("s3")).message(Locale.forLanguageTag("nl")))
                .contains("patiënt met verhoogde tegemoetkoming");
        assertThat(a.decision("s3").patientShare()).isNotEqualTo(a.decision("s2").patientShare());
    }

    @Test
    void thePractitionerLeavingTheConvention_showsOnTheFirstSessionItChanges() {
        Assessment a = switches();

        assertThat(amounts(a.decision("s3")).values()).containsEntry("conventioned", "true");
        assertThat(amounts(a.decision("s4")).values()).containsEntry("conventioned", "false");
        assertThat(amounts(a.decision("s4")).message(Locale.FRENCH)).contains("prestataire non conventionné");
    }
}
