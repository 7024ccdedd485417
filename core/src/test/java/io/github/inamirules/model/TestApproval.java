package io.github.inamirules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestApproval {
    private static final LocalDate DATE_2025_03_01 = LocalDate.of(2025, 3, 1);
    private static final LocalDate DATE_2028_03_01 = LocalDate.of(2028, 3, 1);
    private static final ApprovalKind ACCORD = ApprovalKind.of(Profession.of("dietetics-fiction"), "intensive-accord");

    @Test
    void build() {
        Approval a = Approval.builder().id("a-1").episodeId("clinic").kind(ACCORD)
                .period(DateRange.startingFrom(DATE_2025_03_01)).build();

        assertThat(a.id()).isEqualTo("a-1");
        assertThat(a.episodeId()).isEqualTo("clinic");
        assertThat(a.kind()).isEqualTo(ACCORD);
        assertThat(a.period().isUnbounded()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "2025-02-28, false",
        "2025-03-01, true",
        "2028-02-29, true",
        "2028-03-01, false",
    })
    void holdsOn_periodEdges(LocalDate date, boolean expected) {
        Approval accord = Approval.builder().id("a-1").episodeId("clinic").kind(ACCORD)
                .period(DateRange.of(DATE_2025_03_01, DATE_2028_03_01)).build();

        assertThat(accord.holdsOn(date)).isEqualTo(expected);
    }

    @Test
    void missingAttributes_areInvalidInput_namingThem() {
        assertThatThrownBy(() -> Approval.builder().id("a-1").episodeId("clinic").build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Approval")
                .hasMessageContaining("kind")
                .hasMessageContaining("period");
    }

    @Test
    void nulls_areNullValue() {
        assertThatThrownBy(() -> Approval.builder().kind(null))
                .isExactlyInstanceOf(NullValueException.class).hasMessage("kind must not be null");
        assertThatThrownBy(() -> Approval.builder().period(null))
                .isExactlyInstanceOf(NullValueException.class).hasMessage("period must not be null");
    }

    @Test
    void blankId_isInvalidInput() {
        assertThatThrownBy(() -> Approval.builder().id(" ").episodeId("clinic").kind(ACCORD)
                .period(DateRange.startingFrom(DATE_2025_03_01)).build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessage("approval.id = ' ': must not be blank");
    }
}
