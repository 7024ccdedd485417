package io.github.inamirules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import io.github.inamirules.testprofession.DietPlace;
import io.github.inamirules.testprofession.DieteticsFiction;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TestSession {
    private static final LocalDate DATE_2025_03_10 = LocalDate.of(2025, 3, 10);
    private static final LocalTime TIME_09_30 = LocalTime.of(9, 30);

    private static ImmutableSession.Builder session() {
        return Session.builder().id("s-1").date(DATE_2025_03_10).practitionerId("diet-1").episodeId("menu");
    }

    @Test
    void optionalAttributes_areEmptyByDefault() {
        Session s = session().build();

        assertThat(s.time()).isEmpty();
        assertThat(s.minutes()).isEmpty();
        assertThat(s.prescriptionId()).isEmpty();
        assertThat(s.feeAsked()).isEmpty();
        assertThat(s.facts()).isEqualTo(Facts.empty());
    }

    @Test
    void everyAttribute_isKept() {
        Session s = session().time(TIME_09_30).minutes(45).prescriptionId("rx-1").feeAsked(Money.parse("30.00"))
                .facts(Facts.of(DieteticsFiction.PLACE, DietPlace.HOME)).build();

        assertThat(s.id()).isEqualTo("s-1");
        assertThat(s.date()).isEqualTo(DATE_2025_03_10);
        assertThat(s.practitionerId()).isEqualTo("diet-1");
        assertThat(s.episodeId()).isEqualTo("menu");
        assertThat(s.time()).contains(TIME_09_30);
        assertThat(s.minutes()).contains(45);
        assertThat(s.prescriptionId()).contains("rx-1");
        assertThat(s.feeAsked()).contains(Money.parse("30.00"));
        assertThat(s.facts().get(DieteticsFiction.PLACE)).contains(DietPlace.HOME);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, -30})
    void minutesNotPositive_isInvalidInput_namingFieldAndValue(int minutes) {
        assertThatThrownBy(() -> session().minutes(minutes).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("session[s-1].minutes = " + minutes + ": must be from 1 to 600");
    }

    @Test
    void withMinutes_revalidates() {
        ImmutableSession s = session().minutes(30).build();

        assertThat(s.withMinutes(20).minutes()).contains(20);
        assertThatThrownBy(() -> s.withMinutes(0)).isExactlyInstanceOf(InvalidInputException.class);
    }

    @Test
    void factOfAnotherTarget_isInvalidInput() {
        Facts episodeFact = Facts.of(DieteticsFiction.DIABETIC, true);

        assertThatThrownBy(() -> session().facts(episodeFact).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("session[s-1].facts.diabetic = dietetics-fiction.episode.diabetic: is a fact of a "
                        + "episode, not of a session");
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
                .hasMessageContaining("episodeId");
    }

    @Test
    void nulls_areNullValue() {
        assertThatThrownBy(() -> session().time((LocalTime) null))
                .isExactlyInstanceOf(NullValueException.class).hasMessage("time must not be null");
        assertThatThrownBy(() -> session().practitionerId(null))
                .isExactlyInstanceOf(NullValueException.class).hasMessage("practitionerId must not be null");
        assertThatThrownBy(() -> session().feeAsked((Money) null))
                .isExactlyInstanceOf(NullValueException.class).hasMessage("feeAsked must not be null");
        assertThatThrownBy(() -> session().facts(null))
                .isExactlyInstanceOf(NullValueException.class).hasMessage("facts must not be null");
    }

    @Test
    void blankId_isInvalidInput() {
        assertThatThrownBy(() -> session().id("  ").build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("session.id = '  ': must not be blank");
    }
}
