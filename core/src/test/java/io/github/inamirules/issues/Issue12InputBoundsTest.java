package io.github.inamirules.issues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import io.github.inamirules.model.Approval;
import io.github.inamirules.model.ApprovalKind;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Episode;
import io.github.inamirules.model.EpisodeKind;
import io.github.inamirules.model.Patient;
import io.github.inamirules.model.Practitioner;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.model.Profession;
import io.github.inamirules.model.Session;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regression tests of the hostile-input issue, items 2, 7, 9, 10 and 11, in the model: dates outside
 * 1900–2999, bare NullPointerExceptions, personal data in messages, values the scenario format cannot
 * write back, a birth date after a session, overlapping status periods.
 */
class Issue12InputBoundsTest {
    private static final Profession P = Profession.of("fiction");
    private static final LocalDate D = LocalDate.of(2025, 3, 10);

    @Test
    void datesOutsideTheSupportedYears_areInvalidInput_namingTheField() {
        assertThatThrownBy(() -> Session.builder().id("s").date(LocalDate.of(999_999_999, 12, 31)).practitionerId("k")
                .episodeId("e").build()).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("session[s].date = +999999999-12-31: is outside the dates taken as input");
        assertThatThrownBy(() -> Prescription.builder().id("rx").date(LocalDate.of(1899, 12, 31)).episodeId("e").build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("prescription[rx].date");
        assertThatThrownBy(() -> DateRange.ofYear(999_999_999)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("year");
    }

    @Test
    void aBirthDateError_namesTheFieldButNotTheValue() {
        assertThatThrownBy(() -> Patient.builder().id("p").birthDate(LocalDate.of(1850, 7, 30)).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("patient.birthDate")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("1850"));
    }

    @Test
    void aBirthDateAfterASession_isInvalidInput_withoutTheDate() {
        EpisodeKind kind = EpisodeKind.of(P, "standard");
        assertThatThrownBy(() -> CareHistory.builder()
                .patient(Patient.builder().id("p").birthDate(LocalDate.of(2025, 6, 1)).build())
                .addPractitioners(Practitioner.builder().id("k").profession(P).build())
                .addEpisodes(Episode.builder().id("e").kind(kind).build())
                .addSessions(Session.builder().id("s").date(D).practitionerId("k").episodeId("e").build()).build())
                .isInstanceOf(InvalidInputException.class).hasMessage("patient.birthDate is after the date of session s");
    }

    @Test
    void overlappingOrEmptyStatusPeriods_areInvalidInput() {
        assertThatThrownBy(() -> Practitioner.builder().id("k").profession(P)
                .conventionPeriods(List.of(DateRange.startingFrom(D), DateRange.of(D.plusDays(3), D.plusDays(9))))
                .build()).isInstanceOf(InvalidInputException.class).hasMessageContaining("conventionPeriods[1]")
                .hasMessageContaining("overlaps");
        assertThatThrownBy(() -> Patient.builder().id("p").addPreferentialPeriods(DateRange.of(D, D)).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is empty");
        assertThatThrownBy(() -> Approval.builder().id("a").episodeId("e").kind(ApprovalKind.of(P, "accord"))
                .period(DateRange.of(D, D)).build()).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("approval[a].period");
    }

    @Test
    void valuesTheScenarioFormatCannotWrite_areRejectedByTheModel() {
        assertThatThrownBy(() -> Session.builder().id("s").date(D).practitionerId("k").episodeId("e").minutes(601)
                .build()).isInstanceOf(InvalidInputException.class).hasMessageContaining("from 1 to 600");
        assertThatThrownBy(() -> Prescription.builder().id("rx").date(D).episodeId("e").numberOfSessions(10_001)
                .build()).isInstanceOf(InvalidInputException.class).hasMessageContaining("from 1 to 10000");
    }

    @Test
    void nullArguments_areNamed_neverABareNullPointerException() {
        assertThatThrownBy(() -> DateRange.ofYear(2025).contains(null)).isInstanceOf(NullValueException.class)
                .hasMessageContaining("date");
        assertThatThrownBy(() -> DateRange.ofYear(2025).overlaps(null)).isInstanceOf(NullValueException.class);
        assertThatThrownBy(() -> DateRange.ofYear(2025).encloses(null)).isInstanceOf(NullValueException.class);
        EpisodeKind kind = EpisodeKind.of(P, "standard");
        CareHistory h = CareHistory.builder().patient(Patient.builder().id("p").build())
                .addPractitioners(Practitioner.builder().id("k").profession(P).build())
                .addEpisodes(Episode.builder().id("e").kind(kind).build()).build();
        assertThatThrownBy(() -> h.practitioner(null)).isInstanceOf(NullValueException.class)
                .hasMessageContaining("practitionerId");
        assertThatThrownBy(() -> h.episode(null)).isInstanceOf(NullValueException.class);
        assertThatThrownBy(() -> h.withAddedSession(null)).isInstanceOf(NullValueException.class);
        assertThatThrownBy(() -> h.prescriptionOf(null)).isInstanceOf(NullValueException.class);
    }
}
