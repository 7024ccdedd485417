package io.github.inamirules.testkit;

import io.github.inamirules.assessment.Entitlement;
import io.github.inamirules.model.DateRange;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * AssertJ assertions on one counter of an assessment ({@link Entitlement}); obtain with
 * {@link InamiAssertions#assertThat(Entitlement)} or {@link AssessmentAssert#entitlement(String, String)}.
 *
 * <pre>{@code
 * assertThat(assessment).entitlement("PHYSIO_COURANTE", "back").hasUsed(18).hasLimit(18).hasRemaining(0);
 * }</pre>
 *
 * <p>A failure names the counter, its episode and the start of its period, then the field, expected
 * and actual: {@code entitlement PHYSIO_COURANTE of back from 2025-01-01, used: expected 18, actual 17}.
 */
public final class EntitlementAssert extends AbstractAssert<EntitlementAssert, Entitlement> {

    /**
     * Creates the assertions on a counter.
     *
     * @param actual the counter, may be null (every assertion then fails)
     */
    public EntitlementAssert(@Nullable Entitlement actual) {
        super(actual, EntitlementAssert.class);
    }

    /**
     * Asserts how many sessions were counted.
     *
     * @param expected the number used
     * @return this
     * @throws AssertionError if another number was used
     */
    public EntitlementAssert hasUsed(int expected) {
        isNotNull();
        return check("used", String.valueOf(expected), String.valueOf(actual.used()));
    }

    /**
     * Asserts the counter's maximum.
     *
     * @param expected the limit
     * @return this
     * @throws AssertionError if the limit is another or there is none
     */
    public EntitlementAssert hasLimit(int expected) {
        isNotNull();
        return check("limit", String.valueOf(expected), actual.limit().map(String::valueOf).orElse("none"));
    }

    /**
     * Asserts that the counter has no maximum.
     *
     * @return this
     * @throws AssertionError if there is a limit
     */
    public EntitlementAssert hasNoLimit() {
        isNotNull();
        return check("limit", "none", actual.limit().map(String::valueOf).orElse("none"));
    }

    /**
     * Asserts how many sessions remain before the limit.
     *
     * @param expected the number remaining
     * @return this
     * @throws AssertionError if another number remains or there is no limit
     */
    public EntitlementAssert hasRemaining(int expected) {
        isNotNull();
        return check("remaining", String.valueOf(expected), actual.remaining().map(String::valueOf).orElse("none"));
    }

    /**
     * Asserts the period counted (half-open).
     *
     * @param expected the period, e.g. {@code DateRange.ofYear(2025)}
     * @return this
     * @throws AssertionError if the period is another
     */
    public EntitlementAssert hasPeriod(DateRange expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        return check("period", expected.toString(), actual.period().toString());
    }

    private EntitlementAssert check(String field, String expected, String actualValue) {
        if (!expected.equals(actualValue)) {
            failWithActualExpectedAndMessage(actualValue, expected, "%s", describe(actual) + ", " + field
                    + ": expected " + expected + ", actual " + actualValue);
        }
        return this;
    }

    /** As scenario expectations name a counter: {@code entitlement C of P from D}. */
    static String describe(Entitlement e) {
        return "entitlement " + e.counter() + e.episodeId().map(p -> " of " + p).orElse("") + " from "
                + e.period().start();
    }
}
