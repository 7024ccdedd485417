package io.github.inamirules.testkit;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Entitlement;
import org.jspecify.annotations.Nullable;

/**
 * Entry point of the AssertJ assertions on the library's results. Import statically next to AssertJ's
 * own {@code Assertions.assertThat}; the overloads do not clash.
 *
 * <pre>{@code
 * import static io.github.inamirules.testkit.InamiAssertions.assertThat;
 *
 * assertThat(engine.assess(history).decision("s-1"))
 *         .isReimbursed().hasCode("567011").hasInsurance("24.55").doesNotHaveReason("PHYSIO_COURANTE_OVER_18");
 * }</pre>
 */
public final class InamiAssertions {
    private InamiAssertions() {
    }

    /**
     * Starts assertions on a decision.
     *
     * @param actual the decision
     * @return its assertions
     */
    public static DecisionAssert assertThat(@Nullable Decision actual) {
        return new DecisionAssert(actual);
    }

    /**
     * Starts assertions on an assessment.
     *
     * @param actual the assessment
     * @return its assertions
     */
    public static AssessmentAssert assertThat(@Nullable Assessment actual) {
        return new AssessmentAssert(actual);
    }

    /**
     * Starts assertions on a counter.
     *
     * @param actual the counter
     * @return its assertions
     */
    public static EntitlementAssert assertThat(@Nullable Entitlement actual) {
        return new EntitlementAssert(actual);
    }
}
