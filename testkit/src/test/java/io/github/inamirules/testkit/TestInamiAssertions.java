package io.github.inamirules.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Entitlement;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Money;
import io.github.inamirules.physiotherapy.Physiotherapy;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * {@link InamiAssertions}: each overload starts the assertions of its type, on the value given, and
 * coexists with AssertJ's own {@code assertThat}.
 */
class TestInamiAssertions {
    private static final Decision DECISION = Decision.builder().sessionId("s-1").date(LocalDate.of(2025, 3, 10))
            .profession(Physiotherapy.PROFESSION).episodeId("back").outcome(Outcome.REIMBURSED)
            .fee(Money.parse("30.80")).insurance(Money.parse("24.55")).patientShare(Money.parse("6.25")).build();

    @Test
    void decision() {
        DecisionAssert a = InamiAssertions.assertThat(DECISION);
        assertThat(a).isInstanceOf(DecisionAssert.class);
        a.isReimbursed().hasInsurance("24.55");
    }

    @Test
    void assessment() {
        Assessment assessment = Assessment.builder().addDecisions(DECISION).build();
        AssessmentAssert a = InamiAssertions.assertThat(assessment);
        a.hasDecisionCount(1).decision("s-1").hasFee("30.80");
    }

    @Test
    void entitlement() {
        Entitlement e = Entitlement.builder().counter("PHYSIO_COURANTE").episodeId("back")
                .period(DateRange.ofYear(2025)).used(1).limit(18).build();
        EntitlementAssert a = InamiAssertions.assertThat(e);
        a.hasUsed(1).hasRemaining(17);
    }
}
