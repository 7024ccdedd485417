package io.github.inamirules.testprofession;

import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Episode;
import io.github.inamirules.model.EpisodeKind;
import io.github.inamirules.model.Facts;
import io.github.inamirules.model.ImmutableCareHistory;
import io.github.inamirules.model.ImmutableSession;
import io.github.inamirules.model.Patient;
import io.github.inamirules.model.Practitioner;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.model.Session;
import java.time.LocalDate;

/**
 * Care histories of the fictional dietetics profession: patient {@code p-1}; dietitians {@code diet-1}
 * (conventioned since 2020) and {@code diet-2} (never conventioned); episodes {@code menu} (standard),
 * {@code diabetes} (standard, diabetic) and {@code clinic} (intensive), each with a prescription
 * {@code rx-<episode>} of 2 January 2025.
 */
public final class DietCare {
    public static final LocalDate PRESCRIBED = LocalDate.of(2025, 1, 2);

    private DietCare() {
    }

    public static Patient patient() {
        return Patient.builder().id("p-1").build();
    }

    public static Practitioner conventioned(String id) {
        return Practitioner.builder().id(id).profession(DieteticsFiction.PROFESSION)
                .addConventionPeriods(DateRange.startingFrom(LocalDate.of(2020, 1, 1))).build();
    }

    public static Practitioner nonConventioned(String id) {
        return Practitioner.builder().id(id).profession(DieteticsFiction.PROFESSION).build();
    }

    public static Episode episode(String id, EpisodeKind kind) {
        return Episode.builder().id(id).kind(kind).build();
    }

    public static Prescription prescription(String episodeId) {
        return Prescription.builder().id("rx-" + episodeId).date(PRESCRIBED).episodeId(episodeId).build();
    }

    /** The history without sessions or approvals. */
    public static ImmutableCareHistory.Builder history() {
        return CareHistory.builder().patient(patient())
                .addPractitioners(conventioned("diet-1"), nonConventioned("diet-2"))
                .addEpisodes(episode("menu", DieteticsFiction.STANDARD),
                        Episode.builder().id("diabetes").kind(DieteticsFiction.STANDARD)
                                .facts(Facts.of(DieteticsFiction.DIABETIC, true)).build(),
                        episode("clinic", DieteticsFiction.INTENSIVE))
                .addPrescriptions(prescription("menu"), prescription("diabetes"), prescription("clinic"));
    }

    /** A session of {@code diet-1} for episode {@code menu}, on prescription. */
    public static ImmutableSession.Builder session(String id, LocalDate date) {
        return Session.builder().id(id).date(date).practitionerId("diet-1").episodeId("menu")
                .prescriptionId("rx-menu");
    }

    /** A session for another episode, on its prescription. */
    public static ImmutableSession.Builder session(String id, LocalDate date, String episodeId) {
        return session(id, date).episodeId(episodeId).prescriptionId("rx-" + episodeId);
    }

    /** A session at the patient's home. */
    public static ImmutableSession.Builder homeSession(String id, LocalDate date) {
        return session(id, date).facts(Facts.of(DieteticsFiction.PLACE, DietPlace.HOME));
    }
}
