package io.github.inamirules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import io.github.inamirules.testprofession.DietPlace;
import io.github.inamirules.testprofession.DieteticsFiction;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestCareHistory {
    private static final LocalDate DATE_1950_06_15 = LocalDate.of(1950, 6, 15);
    private static final LocalDate DATE_2025_02_01 = LocalDate.of(2025, 2, 1);
    private static final LocalDate DATE_2025_03_01 = LocalDate.of(2025, 3, 1);
    private static final LocalDate DATE_2025_03_10 = LocalDate.of(2025, 3, 10);
    private static final LocalDate DATE_2025_03_12 = LocalDate.of(2025, 3, 12);

    private static final Profession SPEECH = Profession.of("speech-fiction");
    private static final Patient PATIENT = Patient.builder().id("p-1").birthDate(DATE_1950_06_15).build();
    private static final Practitioner DIETITIAN = Practitioner.builder().id("diet-1")
            .profession(DieteticsFiction.PROFESSION).build();
    private static final Practitioner SPEECH_THERAPIST = Practitioner.builder().id("speech-1").profession(SPEECH).build();
    private static final Episode MENU = Episode.builder().id("menu").kind(DieteticsFiction.STANDARD).build();
    private static final Episode CLINIC = Episode.builder().id("clinic").kind(DieteticsFiction.INTENSIVE).build();
    private static final Episode STUTTER = Episode.builder().id("stutter").kind(EpisodeKind.of(SPEECH, "stutter")).build();
    private static final Prescription RX_MENU = Prescription.builder().id("rx-menu").date(DATE_2025_03_01)
            .episodeId("menu").build();
    private static final Prescription RX_CLINIC = Prescription.builder().id("rx-clinic").date(DATE_2025_03_01)
            .episodeId("clinic").build();

    private static ImmutableCareHistory.Builder history() {
        return CareHistory.builder().patient(PATIENT).addPractitioners(DIETITIAN, SPEECH_THERAPIST)
                .addEpisodes(MENU, CLINIC, STUTTER).addPrescriptions(RX_MENU, RX_CLINIC);
    }

    private static ImmutableSession.Builder session(String id) {
        return Session.builder().id(id).date(DATE_2025_03_10).practitionerId("diet-1").episodeId("menu")
                .prescriptionId("rx-menu");
    }

    private static Approval accord(String id, String episodeId, ApprovalKind kind) {
        return Approval.builder().id(id).episodeId(episodeId).kind(kind).period(DateRange.startingFrom(DATE_2025_02_01))
                .build();
    }

    @Test
    void build_andLookUpReferences() {
        Session s = session("s-1").build();
        CareHistory h = history().addSessions(s).build();

        assertThat(h.practitioner("diet-1")).isEqualTo(DIETITIAN);
        assertThat(h.episode("clinic")).isEqualTo(CLINIC);
        assertThat(h.prescription("rx-menu")).isEqualTo(RX_MENU);
        assertThat(h.prescriptionOf(s)).contains(RX_MENU);
        assertThat(h.prescriptionOf(session("s-2").prescriptionId(Optional.empty()).build())).isEmpty();
        assertThat(h.sessions()).containsExactly(s);
    }

    @Test
    void lookUp_unknownId_isInvalidInput_namingIt() {
        CareHistory h = history().build();

        assertThatThrownBy(() -> h.practitioner("nobody")).isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("practitionerId = nobody");
        assertThatThrownBy(() -> h.episode("ghost")).isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("episodeId = ghost");
        assertThatThrownBy(() -> h.prescription("rx-9")).isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("prescriptionId = rx-9");
    }

    @Test
    void missingPatient_isInvalidInput_namingIt() {
        assertThatThrownBy(() -> CareHistory.builder().build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageContaining("CareHistory")
                .hasMessageContaining("[patient]");
    }

    @Test
    void nulls_areNullValue() {
        assertThatThrownBy(() -> CareHistory.builder().patient(null))
                .isExactlyInstanceOf(NullValueException.class).hasMessage("patient must not be null");
        assertThatThrownBy(() -> history().addSessions((Session) null))
                .isExactlyInstanceOf(NullValueException.class).hasMessageContaining("sessions");
        assertThatThrownBy(() -> history().addEpisodes((Episode) null))
                .isExactlyInstanceOf(NullValueException.class).hasMessageContaining("episodes");
    }

    @Test
    void duplicateSessionId_isInvalidInput_namingIt() {
        assertThatThrownBy(() -> history().addSessions(session("s-1").build(),
                session("s-1").date(DATE_2025_03_12).build()).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("session.id = s-1: is used twice");
    }

    @Test
    void duplicateApprovalId_isInvalidInput_namingIt() {
        Approval a = accord("a-1", "clinic", DieteticsFiction.INTENSIVE_ACCORD);

        assertThatThrownBy(() -> history().addApprovals(a, a).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("approval.id = a-1: is used twice");
    }

    @Test
    void duplicateIds_areRejectedEvenWhenNothingRefersToThem() {
        assertThatThrownBy(() -> CareHistory.builder().patient(PATIENT).addPractitioners(DIETITIAN, DIETITIAN).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("practitioner.id = diet-1: is used twice");
        assertThatThrownBy(() -> history().addEpisodes(MENU).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("episode.id = menu: is used twice");
        assertThatThrownBy(() -> history().addPrescriptions(RX_MENU).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("prescription.id = rx-menu: is used twice");
    }

    @Test
    void sessionWithUnknownPractitioner_isInvalidInput_namingFieldAndValue() {
        assertThatThrownBy(() -> history().addSessions(session("s-1").practitionerId("nobody").build()).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("session[s-1].practitionerId = nobody: refers to nothing in the care history");
    }

    @Test
    void sessionWithUnknownEpisode_isInvalidInput_namingFieldAndValue() {
        assertThatThrownBy(() -> history().addSessions(session("s-1").episodeId("ghost")
                .prescriptionId(Optional.empty()).build()).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("session[s-1].episodeId = ghost: refers to nothing in the care history");
    }

    @Test
    void sessionWithUnknownPrescription_isInvalidInput_namingFieldAndValue() {
        assertThatThrownBy(() -> history().addSessions(session("s-1").prescriptionId("rx-9").build()).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("session[s-1].prescriptionId = rx-9: refers to nothing in the care history");
    }

    @Test
    void sessionWithPrescriptionOfAnotherEpisode_isInvalidInput_namingBoth() {
        assertThatThrownBy(() -> history().addSessions(session("s-1").prescriptionId("rx-clinic").build()).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("session[s-1].prescriptionId = rx-clinic: is for episode clinic, not for the "
                        + "session's episode menu");
    }

    @Test
    void sessionWhosePractitionerIsOfAnotherProfessionThanItsEpisode_isInvalidInput() {
        assertThatThrownBy(() -> history().addSessions(session("s-1").practitionerId("speech-1").build()).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("session[s-1].practitionerId = speech-1: is a practitioner of speech-fiction, but "
                        + "episode menu is of dietetics-fiction");
    }

    @Test
    void sessionFactOfAnotherProfession_isInvalidInput() {
        Fact<Boolean> video = Fact.flag(SPEECH, FactTarget.SESSION, "video", "by video");

        assertThatThrownBy(() -> history().addSessions(session("s-1").facts(Facts.of(video, true)).build()).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("session[s-1].facts.video = speech-fiction.session.video: is a fact of speech-fiction, "
                        + "not of dietetics-fiction");
    }

    @Test
    void sessionFactOfItsProfession_isAccepted() {
        CareHistory h = history().addSessions(session("s-1")
                .facts(Facts.of(DieteticsFiction.PLACE, DietPlace.HOME)).build()).build();

        assertThat(h.sessions().get(0).facts().get(DieteticsFiction.PLACE)).contains(DietPlace.HOME);
    }

    @Test
    void prescriptionFactOfAnotherProfessionThanItsEpisode_isInvalidInput() {
        Fact<Boolean> urgent = Fact.flag(SPEECH, FactTarget.PRESCRIPTION, "urgent", "urgent");
        Prescription rx = Prescription.builder().id("rx-9").date(DATE_2025_03_01).episodeId("menu")
                .facts(Facts.of(urgent, true)).build();

        assertThatThrownBy(() -> history().addPrescriptions(rx).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("prescription[rx-9].facts.urgent = speech-fiction.prescription.urgent: is a fact of "
                        + "speech-fiction, not of dietetics-fiction");
    }

    @Test
    void prescriptionWithUnknownEpisode_isInvalidInput_namingFieldAndValue() {
        Prescription orphan = Prescription.builder().id("rx-9").date(DATE_2025_03_01).episodeId("ghost").build();

        assertThatThrownBy(() -> history().addPrescriptions(orphan).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("prescription[rx-9].episodeId = ghost: refers to nothing in the care history");
    }

    @Test
    void approvalWithUnknownEpisode_isInvalidInput_namingFieldAndValue() {
        Approval a = accord("a-1", "ghost", DieteticsFiction.INTENSIVE_ACCORD);

        assertThatThrownBy(() -> history().addApprovals(a).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("approval[a-1].episodeId = ghost: refers to nothing in the care history");
    }

    @Test
    void approvalOfAnotherProfessionThanItsEpisode_isInvalidInput() {
        Approval a = accord("a-1", "stutter", DieteticsFiction.INTENSIVE_ACCORD);

        assertThatThrownBy(() -> history().addApprovals(a).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("approval[a-1].kind = dietetics-fiction/intensive-accord: is not an approval of "
                        + "speech-fiction, the profession of episode stutter");
    }

    @Test
    void approvalOfTheEpisodesProfession_isAccepted() {
        Approval a = accord("a-1", "clinic", DieteticsFiction.INTENSIVE_ACCORD);

        assertThat(history().addApprovals(a).build().approvals()).containsExactly(a);
    }

    @Test
    void withAddedSession_returnsANewHistory_andChecksIt() {
        CareHistory h = history().addSessions(session("s-1").build()).build();

        CareHistory more = h.withAddedSession(session("s-2").date(DATE_2025_03_12).build());

        assertThat(more.sessions()).extracting(Session::id).containsExactly("s-1", "s-2");
        assertThat(h.sessions()).extracting(Session::id).containsExactly("s-1");
        assertThatThrownBy(() -> h.withAddedSession(session("s-1").build()))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("session.id = s-1: is used twice");
        assertThatThrownBy(() -> h.withAddedSession(session("s-3").practitionerId("diet-9").build()))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("session[s-3].practitionerId = diet-9");
    }

    @Test
    void toString_doesNotContainTheBirthDate() {
        CareHistory h = history().addSessions(session("s-1").build()).build();

        assertThat(h.toString()).contains("p-1").doesNotContain("1950");
    }
}
