package io.github.inamirules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TestPrescription {
    private static final LocalDate DATE_2025_02_28 = LocalDate.of(2025, 2, 28);
    private static final LocalDate DATE_2025_03_01 = LocalDate.of(2025, 3, 1);
    private static final LocalDate DATE_2025_03_15 = LocalDate.of(2025, 3, 15);
    private static final Profession DIETETICS = Profession.of("dietetics-fiction");
    private static final Fact<Boolean> BY_SPECIALIST = Fact.flag(DIETETICS, FactTarget.PRESCRIPTION, "by_specialist",
            "written by a specialist");

    private static ImmutablePrescription.Builder rx() {
        return Prescription.builder().id("rx-1").date(DATE_2025_03_01).episodeId("menu");
    }

    @Test
    void build_withDefaults() {
        Prescription p = rx().build();

        assertThat(p.id()).isEqualTo("rx-1");
        assertThat(p.date()).isEqualTo(DATE_2025_03_01);
        assertThat(p.episodeId()).isEqualTo("menu");
        assertThat(p.prescriber()).isEmpty();
        assertThat(p.startDate()).isEmpty();
        assertThat(p.numberOfSessions()).isEmpty();
        assertThat(p.facts()).isEqualTo(Facts.empty());
    }

    @Test
    void windowStart_isTheDate_orTheLaterStartDate() {
        assertThat(rx().build().windowStart()).isEqualTo(DATE_2025_03_01);
        assertThat(rx().startDate(DATE_2025_03_15).build().windowStart()).isEqualTo(DATE_2025_03_15);
        assertThat(rx().startDate(DATE_2025_03_01).build().windowStart()).isEqualTo(DATE_2025_03_01);
    }

    @Test
    void startDateBeforeTheDate_isInvalidInput_namingFieldAndValue() {
        assertThatThrownBy(() -> rx().startDate(DATE_2025_02_28).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("prescription[rx-1].startDate = 2025-02-28: is before the prescription date 2025-03-01");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void numberOfSessions_notPositive_isInvalidInput(int sessions) {
        assertThatThrownBy(() -> rx().numberOfSessions(sessions).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("prescription[rx-1].numberOfSessions = " + sessions + ": must be from 1 to 10000");
    }

    @Test
    void numberOfSessions_positive_isKept() {
        assertThat(rx().numberOfSessions(9).build().numberOfSessions()).contains(9);
    }

    @Test
    void facts_ofThePrescriptionTarget_areKept() {
        assertThat(rx().facts(Facts.of(BY_SPECIALIST, true)).build().facts().get(BY_SPECIALIST)).contains(true);
    }

    @Test
    void factOfAnotherTarget_isInvalidInput() {
        Fact<Boolean> video = Fact.flag(DIETETICS, FactTarget.SESSION, "video", "by video");

        assertThatThrownBy(() -> rx().facts(Facts.of(video, true)).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("prescription[rx-1].facts.video = dietetics-fiction.session.video: is a fact of a "
                        + "session, not of a prescription");
    }

    @Test
    void missingAttributes_areInvalidInput_namingThem() {
        assertThatThrownBy(() -> Prescription.builder().id("rx-1").build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Prescription")
                .hasMessageContaining("date")
                .hasMessageContaining("episodeId");
    }

    @Test
    void nulls_areNullValue() {
        assertThatThrownBy(() -> rx().date(null))
                .isExactlyInstanceOf(NullValueException.class).hasMessage("date must not be null");
        assertThatThrownBy(() -> rx().prescriber((String) null))
                .isExactlyInstanceOf(NullValueException.class).hasMessage("prescriber must not be null");
        assertThatThrownBy(() -> rx().startDate((LocalDate) null))
                .isExactlyInstanceOf(NullValueException.class).hasMessage("startDate must not be null");
    }

    @Test
    void blankId_isInvalidInput() {
        assertThatThrownBy(() -> rx().id("").build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("prescription.id = '': must not be blank");
    }
}
