package io.github.inamirules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TestSession {
    private static final LocalDate DATE_2025_03_10 = LocalDate.of(2025, 3, 10);

    private static ImmutableSession.Builder session() {
        return Session.builder().id("s-1").date(DATE_2025_03_10).practitionerId("kine-1").pathologyId("knee");
    }

    @Test
    void defaults_practiceAndThirtyMinutes() {
        Session s = session().build();

        assertThat(s.place()).isEqualTo(Place.PRACTICE);
        assertThat(s.durationMinutes()).isEqualTo(30);
        assertThat(s.prescriptionId()).isEmpty();
        assertThat(s.feeAsked()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, -30})
    void durationNotPositive_isInvalidInput_namingFieldAndValue(int minutes) {
        assertThatThrownBy(() -> session().durationMinutes(minutes).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("session[s-1].durationMinutes = " + minutes + ": must be positive");
    }

    @Test
    void negativeFeeAsked_isInvalidInput_namingFieldAndValue() {
        assertThatThrownBy(() -> session().feeAsked(Money.parse("-0.01")).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("session[s-1].feeAsked = -0.01: must not be negative");
    }

    @Test
    void zeroFeeAsked_isAllowed() {
        assertThat(session().feeAsked(Money.ZERO).build().feeAsked()).contains(Money.ZERO);
    }

    @Test
    void missingAttributes_areInvalidInput_namingThem() {
        assertThatThrownBy(() -> Session.builder().id("s-1").build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .isNotInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Session")
                .hasMessageContaining("date")
                .hasMessageContaining("practitionerId")
                .hasMessageContaining("pathologyId");
    }

    @Test
    void nulls_areNullValue() {
        assertThatThrownBy(() -> session().place(null))
                .isExactlyInstanceOf(NullValueException.class).hasMessage("place must not be null");
        assertThatThrownBy(() -> session().practitionerId(null))
                .isExactlyInstanceOf(NullValueException.class).hasMessage("practitionerId must not be null");
        assertThatThrownBy(() -> session().feeAsked((Money) null))
                .isExactlyInstanceOf(NullValueException.class).hasMessage("feeAsked must not be null");
    }

    @Test
    void blankId_isInvalidInput() {
        assertThatThrownBy(() -> session().id("  ").build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("session.id = '  ': must not be blank");
    }

    @Test
    void withDuration_revalidates() {
        ImmutableSession s = session().build();

        assertThat(s.withDurationMinutes(20).durationMinutes()).isEqualTo(20);
        assertThatThrownBy(() -> s.withDurationMinutes(0)).isExactlyInstanceOf(InvalidInputException.class);
    }
}
