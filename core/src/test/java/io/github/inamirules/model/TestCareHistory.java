package io.github.inamirules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TestCareHistory {
    private static final LocalDate DATE_1950_06_15 = LocalDate.of(1950, 6, 15);
    private static final LocalDate DATE_2025_02_01 = LocalDate.of(2025, 2, 1);
    private static final LocalDate DATE_2025_03_01 = LocalDate.of(2025, 3, 1);
    private static final LocalDate DATE_2025_03_10 = LocalDate.of(2025, 3, 10);
    private static final LocalDate DATE_2025_03_12 = LocalDate.of(2025, 3, 12);

    private static final Patient PATIENT = Patient.builder().id("p-1").birthDate(DATE_1950_06_15).build();
    private static final Practitioner KINE = Practitioner.builder().id("kine-1")
            .profession(Profession.PHYSIOTHERAPY).build();
    private static final Pathology KNEE = Pathology.builder().id("knee").situation(Situation.COURANTE).build();
    private static final Pathology BACK = Pathology.builder().id("back").situation(Situation.COURANTE).build();
    private static final Prescription RX_KNEE = Prescription.builder().id("rx-knee").date(DATE_2025_03_01)
            .pathologyId("knee").build();
    private static final Prescription RX_BACK = Prescription.builder().id("rx-back").date(DATE_2025_03_01)
            .pathologyId("back").build();

    private static ImmutableCareHistory.Builder history() {
        return CareHistory.builder().patient(PATIENT).addPractitioners(KINE).addPathologies(KNEE, BACK)
                .addPrescriptions(RX_KNEE, RX_BACK);
    }

    private static ImmutableSession.Builder session(String id) {
        return Session.builder().id(id).date(DATE_2025_03_10).practitionerId("kine-1").pathologyId("knee")
                .prescriptionId("rx-knee");
    }

    @Test
    void build_andLookUpReferences() {
        Session s = session("s-1").build();
        CareHistory h = history().addSessions(s).build();

        assertThat(h.practitioner("kine-1")).isEqualTo(KINE);
        assertThat(h.pathology("back")).isEqualTo(BACK);
        assertThat(h.prescription("rx-knee")).isEqualTo(RX_KNEE);
        assertThat(h.prescriptionOf(s)).contains(RX_KNEE);
        assertThat(h.prescriptionOf(session("s-2").prescriptionId(java.util.Optional.empty()).build())).isEmpty();
    }

    @Test
    void lookUp_unknownId_isInvalidInput_namingIt() {
        CareHistory h = history().build();

        assertThatThrownBy(() -> h.practitioner("nobody")).isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("practitionerId = nobody");
        assertThatThrownBy(() -> h.pathology("ghost")).isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("pathologyId = ghost");
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
        Approval a = Approval.builder().id("a-1").pathologyId("knee").kind(ApprovalKind.SECOND_SESSION_PER_DAY)
                .period(DateRange.startingFrom(DATE_2025_02_01)).build();

        assertThatThrownBy(() -> history().addApprovals(a, a).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("approval.id = a-1: is used twice");
    }

    @Test
    void duplicatePractitionerId_referredToBySession_isInvalidInput() {
        assertThatThrownBy(() -> history().addPractitioners(KINE).addSessions(session("s-1").build()).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("practitioner.id = kine-1: is used twice");
    }

    @Test
    void duplicateIds_areRejectedEvenWhenNothingRefersToThem() {
        assertThatThrownBy(() -> CareHistory.builder().patient(PATIENT).addPractitioners(KINE, KINE).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("practitioner.id = kine-1: is used twice");
        assertThatThrownBy(() -> history().addPrescriptions(RX_KNEE)
                .addSessions(session("s-1").prescriptionId(java.util.Optional.empty()).build()).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("prescription.id = rx-knee: is used twice");
    }

    @Test
    void sessionWithUnknownPractitioner_isInvalidInput_namingFieldAndValue() {
        assertThatThrownBy(() -> history().addSessions(session("s-1").practitionerId("nobody").build()).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("session[s-1].practitionerId = nobody: refers to nothing in the care history");
    }

    @Test
    void sessionWithUnknownPathology_isInvalidInput_namingFieldAndValue() {
        assertThatThrownBy(() -> history().addSessions(session("s-1").pathologyId("ghost")
                .prescriptionId(java.util.Optional.empty()).build()).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("session[s-1].pathologyId = ghost: refers to nothing in the care history");
    }

    @Test
    void sessionWithUnknownPrescription_isInvalidInput_namingFieldAndValue() {
        assertThatThrownBy(() -> history().addSessions(session("s-1").prescriptionId("rx-9").build()).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("session[s-1].prescriptionId = rx-9: refers to nothing in the care history");
    }

    @Test
    void sessionWithPrescriptionOfAnotherPathology_isInvalidInput_namingBoth() {
        assertThatThrownBy(() -> history().addSessions(session("s-1").prescriptionId("rx-back").build()).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("session[s-1].prescriptionId = rx-back: is for pathology back, not for the "
                        + "session's pathology knee");
    }

    @Test
    void prescriptionWithUnknownPathology_isInvalidInput_namingFieldAndValue() {
        Prescription orphan = Prescription.builder().id("rx-9").date(DATE_2025_03_01).pathologyId("ghost").build();

        assertThatThrownBy(() -> history().addPrescriptions(orphan).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("prescription[rx-9].pathologyId = ghost: refers to nothing in the care history");
    }

    @Test
    void approvalWithUnknownPathology_isInvalidInput_namingFieldAndValue() {
        Approval a = Approval.builder().id("a-1").pathologyId("ghost").kind(ApprovalKind.FA_NOTIFICATION)
                .period(DateRange.startingFrom(DATE_2025_02_01)).build();

        assertThatThrownBy(() -> history().addApprovals(a).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("approval[a-1].pathologyId = ghost: refers to nothing in the care history");
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
        assertThatThrownBy(() -> h.withAddedSession(session("s-3").practitionerId("kine-9").build()))
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("session[s-3].practitionerId = kine-9");
    }

    @Test
    void toString_doesNotContainTheBirthDate() {
        CareHistory h = history().addSessions(session("s-1").build()).build();

        assertThat(h.toString()).contains("p-1").doesNotContain("1950");
    }
}
