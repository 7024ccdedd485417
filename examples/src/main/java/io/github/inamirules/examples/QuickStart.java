package io.github.inamirules.examples;

import io.github.inamirules.assessment.Decision;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Patient;
import io.github.inamirules.model.Practitioner;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.model.Session;
import io.github.inamirules.physiotherapy.Physiotherapy;
import io.github.inamirules.physiotherapy.Situation;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The README's "use it from Java" snippet, compiled with every build.
 */
public final class QuickStart {
    private QuickStart() {
    }

    /**
     * Prices one courante session.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        ReimbursementEngine engine = ReimbursementEngine.loadInstalled(); // once, shared by all threads

        CareHistory history = CareHistory.builder()
                .patient(Patient.builder().id("p-1").build())
                .addPractitioners(Practitioner.builder().id("kine-1").profession(Physiotherapy.PROFESSION)
                        .addConventionPeriods(DateRange.startingFrom(LocalDate.of(2025, 2, 1))).build())
                .addEpisodes(Physiotherapy.episode("knee", Situation.COURANTE))
                .addPrescriptions(Prescription.builder().id("rx-1").date(LocalDate.of(2025, 3, 1))
                        .episodeId("knee").build())
                .addSessions(Session.builder().id("s-1").date(LocalDate.of(2025, 3, 10))
                        .practitionerId("kine-1").episodeId("knee").prescriptionId("rx-1").build())
                .build();

        Decision d = engine.assess(history).decision("s-1");
        System.out.println(d.outcome() + " " + d.nomenclatureCode().orElse("?")
                + " fee " + d.fee().orElseThrow() + " = insurance " + d.insurance().orElseThrow()
                + " + patient " + d.patientShare().orElseThrow());
        d.reasons().forEach(r -> System.out.println(r.code() + ": " + r.message(Locale.FRENCH)));
    }
}
