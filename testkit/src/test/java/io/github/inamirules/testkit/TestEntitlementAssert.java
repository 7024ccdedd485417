package io.github.inamirules.testkit;

import static io.github.inamirules.testkit.InamiAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.assessment.Entitlement;
import io.github.inamirules.model.DateRange;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * {@link EntitlementAssert}: passes on what holds, fails naming the counter, field, expected and actual.
 */
class TestEntitlementAssert {
    private static final Entitlement COURANTE = Entitlement.builder().counter("PHYSIO_COURANTE").episodeId("back")
            .period(DateRange.ofYear(2025)).used(12).limit(18).build();
    private static final Entitlement FB = Entitlement.builder().counter("PHYSIO_FB").episodeId("ms")
            .period(DateRange.of(LocalDate.of(2025, 1, 2), LocalDate.of(2028, 1, 1))).used(81).build();

    @Test
    void passesWhatHolds() {
        assertThat(COURANTE).hasUsed(12).hasLimit(18).hasRemaining(6).hasPeriod(DateRange.ofYear(2025));
        assertThat(FB).hasUsed(81).hasNoLimit();
    }

    @Test
    void failures_nameCounterPathologyAndPeriodStart() {
        assertThatThrownBy(() -> assertThat(COURANTE).hasUsed(13)).isInstanceOf(AssertionFailedError.class)
                .hasMessage("entitlement PHYSIO_COURANTE of back from 2025-01-01, used: expected 13, actual 12");
        assertThatThrownBy(() -> assertThat(COURANTE).hasLimit(9))
                .hasMessage("entitlement PHYSIO_COURANTE of back from 2025-01-01, limit: expected 9, actual 18");
        assertThatThrownBy(() -> assertThat(COURANTE).hasNoLimit())
                .hasMessage("entitlement PHYSIO_COURANTE of back from 2025-01-01, limit: expected none, actual 18");
        assertThatThrownBy(() -> assertThat(COURANTE).hasRemaining(0))
                .hasMessage("entitlement PHYSIO_COURANTE of back from 2025-01-01, remaining: expected 0, actual 6");
        assertThatThrownBy(() -> assertThat(FB).hasRemaining(0))
                .hasMessage("entitlement PHYSIO_FB of ms from 2025-01-02, remaining: expected 0, actual none");
        assertThatThrownBy(() -> assertThat(FB).hasPeriod(DateRange.ofYear(2025)))
                .hasMessage("entitlement PHYSIO_FB of ms from 2025-01-02, period: expected [2025-01-01, 2026-01-01), "
                        + "actual [2025-01-02, 2028-01-01)");
    }

    @Test
    void counterAcrossPathologies_hasNoPathologyInItsName() {
        Entitlement depassement = Entitlement.builder().counter("PHYSIO_DEPASSEMENT").period(DateRange.ofYear(2025))
                .used(54).limit(54).build();
        assertThatThrownBy(() -> assertThat(depassement).hasUsed(53))
                .hasMessage("entitlement PHYSIO_DEPASSEMENT from 2025-01-01, used: expected 53, actual 54");
    }

    @Test
    void nullCounter_fails() {
        assertThatThrownBy(() -> assertThat((Entitlement) null).hasUsed(0))
                .hasMessageContaining("Expecting actual not to be null");
    }
}
