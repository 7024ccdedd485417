package org.example.consumer;

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

/** Prices WE-01 and exits non-zero unless the staged artifacts give the expected amounts. */
public final class Main {
    private Main() {
    }

    /**
     * Runs the check.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        CareHistory history = CareHistory.builder()
                .patient(Patient.builder().id("p").build())
                .addPractitioners(Practitioner.builder().id("k").profession(Physiotherapy.PROFESSION)
                        .addConventionPeriods(DateRange.startingFrom(LocalDate.of(2025, 2, 1))).build())
                .addEpisodes(Physiotherapy.episode("back", Situation.COURANTE))
                .addPrescriptions(Prescription.builder().id("rx").date(LocalDate.of(2025, 3, 1)).episodeId("back").build())
                .addSessions(Session.builder().id("s").date(LocalDate.of(2025, 3, 10)).practitionerId("k")
                        .episodeId("back").prescriptionId("rx").build())
                .build();
        Decision d = ReimbursementEngine.loadInstalled().assess(history).decision("s");
        String line = d.outcome() + " " + d.nomenclatureCode().orElse("?") + " " + d.fee().orElseThrow() + " "
                + d.insurance().orElseThrow() + " " + d.patientShare().orElseThrow();
        System.out.println((Main.class.getModule().isNamed() ? "module path: " : "class path: ") + line);
        if (!line.equals("REIMBURSED 567011 30.80 24.55 6.25")) {
            System.exit(1);
        }
    }
}
