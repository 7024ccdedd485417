package io.github.inamirules.occupational;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Episode;
import io.github.inamirules.model.Facts;
import io.github.inamirules.model.ImmutableCareHistory;
import io.github.inamirules.model.Patient;
import io.github.inamirules.model.Practitioner;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.model.Session;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Test helper: an occupational-therapy care history of one patient, one therapist with an INAMI number,
 * one programme in a 7.71 centre and one prescription by its rehabilitation physician, to which tests
 * add sessions and change what they are about.
 */
final class OtCase {
    static final String CENTRE = "CRF Bruxelles";

    /** The engine with the proposed 2025 data: every fee unknown. */
    static final ReimbursementEngine SHIPPED = ReimbursementEngine.builder().ruleSet(new OccupationalTherapyRuleSet())
            .rateModule(new Rates2025Copy()).build();
    /** The engine with the proposed 2025 data and, as an overlay on them, the MOVITA fixture fees. */
    static final ReimbursementEngine FIXTURE = ReimbursementEngine.builder().ruleSet(new OccupationalTherapyRuleSet())
            .rateModule(new Rates2025Copy()).overlay(new FixtureRates()).build();

    private boolean preferential;
    private Practitioner practitioner = OccupationalTherapy.practitioner("ergo", "5-12345-67-890").build();
    private Episode episode;
    private Prescription prescription;
    private final List<Prescription> more = new ArrayList<>();
    private final List<Session> sessions = new ArrayList<>();

    private OtCase(LocalDate programmeEnd) {
        episode = OccupationalTherapy.programme("stroke", CENTRE, Convention.C771, programmeEnd);
        prescription = OccupationalTherapy.prescription("rx", "stroke", programmeEnd.minusDays(4),
                PrescriberRole.REHABILITATION_PHYSICIAN, CENTRE).build();
    }

    static OtCase programmeEnding(LocalDate end) {
        return new OtCase(end);
    }

    OtCase preferential() {
        preferential = true;
        return this;
    }

    OtCase practitioner(Practitioner p) {
        practitioner = p;
        return this;
    }

    OtCase episode(Episode e) {
        episode = e;
        return this;
    }

    OtCase prescription(Prescription p) {
        prescription = p;
        return this;
    }

    Prescription prescription() {
        return prescription;
    }

    OtCase alsoPrescription(Prescription p) {
        more.add(p);
        return this;
    }

    OtCase session(String id, LocalDate date, Facts facts) {
        return session(Session.builder().id(id).date(date).practitionerId(practitioner.id())
                .episodeId(episode.id()).prescriptionId(prescription.id()).facts(facts).build());
    }

    OtCase session(Session s) {
        sessions.add(s);
        return this;
    }

    /** The full package of ERGO-17 from a first day: bilan, 7 exercise sessions, 2 information sessions, final bilan. */
    OtCase fullPackage(LocalDate first) {
        session("bilan", first, OccupationalTherapy.at(Service.OBSERVATION_BILAN, Place.HOME));
        for (int i = 1; i <= 7; i++) {
            session("ex-" + i, first.plusWeeks(i), OccupationalTherapy.at(Service.EXERCISE_SESSION, Place.HOME));
        }
        session("info-1", first.plusWeeks(8), OccupationalTherapy.at(Service.INFORMATION_SESSION, Place.HOME));
        session("info-2", first.plusWeeks(9), OccupationalTherapy.at(Service.INFORMATION_SESSION, Place.HOME));
        return session("final", first.plusWeeks(10), OccupationalTherapy.at(Service.FINAL_BILAN, Place.HOME));
    }

    List<Session> sessions() {
        return List.copyOf(sessions);
    }

    CareHistory history() {
        return history(sessions);
    }

    CareHistory history(List<Session> these) {
        ImmutableCareHistory.Builder b = CareHistory.builder()
                .patient(Patient.builder().id("patient").preferentialPeriods(preferential
                        ? List.of(DateRange.startingFrom(LocalDate.of(2000, 1, 1))) : List.of()).build())
                .addPractitioners(practitioner).addEpisodes(episode).addPrescriptions(prescription)
                .addAllPrescriptions(more);
        return b.addAllSessions(these).build();
    }

    Assessment assess(ReimbursementEngine engine) {
        return engine.assess(history());
    }
}
