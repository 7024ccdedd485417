package io.github.inamirules.testkit;

import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Entitlement;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.Money;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * AssertJ assertions on an {@link Assessment}: its decisions, totals and counters. Obtain with
 * {@link InamiAssertions#assertThat(Assessment)}.
 *
 * <pre>{@code
 * assertThat(assessment).hasDecisionCount(21).hasCount(Outcome.REFUSED, 0).hasTotalInsurance("431.20")
 *         .hasEntitlement("PHYSIO_COURANTE", "back", 18);
 * assertThat(assessment).decision("back-19").hasBand("PHYSIO_DEPASSEMENT").hasRank(19);
 * }</pre>
 *
 * <p>A failure names what was checked as a scenario file does ({@code totals}, {@code session back-3},
 * {@code entitlement PHYSIO_COURANTE of back from 2025-01-01}), the field, and the expected and actual
 * values. Totals are over the reimbursed sessions, as {@link Assessment#totalInsurance()} says.
 */
public final class AssessmentAssert extends AbstractAssert<AssessmentAssert, Assessment> {

    /**
     * Creates the assertions on an assessment.
     *
     * @param actual the assessment, may be null (every assertion then fails)
     */
    public AssessmentAssert(@Nullable Assessment actual) {
        super(actual, AssessmentAssert.class);
    }

    /**
     * Asserts the number of decisions (one per input session).
     *
     * @param expected the number of decisions
     * @return this
     * @throws AssertionError if there are more or fewer
     */
    public AssessmentAssert hasDecisionCount(int expected) {
        isNotNull();
        return check("assessment", "decisions", String.valueOf(expected), String.valueOf(actual.decisions().size()));
    }

    /**
     * Asserts the contract every assessment keeps with its input, whatever the profession (the
     * properties to check over generated histories): one decision per session of {@code history}, in
     * input order; on every decision with fee, insurance and patient share, fee = insurance + patient
     * share; no counter used beyond its limit.
     *
     * @param history the history this assessment was made of
     * @return this
     * @throws AssertionError naming the first session or counter that breaks the contract
     */
    public AssessmentAssert isConsistentWith(CareHistory history) {
        Objects.requireNonNull(history, "history");
        isNotNull();
        check("assessment", "decisions", String.valueOf(history.sessions().size()),
                String.valueOf(actual.decisions().size()));
        for (int i = 0; i < history.sessions().size(); i++) {
            Decision d = actual.decisions().get(i);
            check("decision " + i, "session", history.sessions().get(i).id(), d.sessionId());
            if (d.fee().isPresent() && d.insurance().isPresent() && d.patientShare().isPresent()) {
                check("session " + d.sessionId(), "insurance + patient share", d.fee().get().toString(),
                        d.insurance().get().plus(d.patientShare().get()).toString());
            }
        }
        for (Entitlement e : actual.entitlements()) {
            if (e.limit().isPresent() && e.used() > e.limit().get()) {
                failWithMessage("%s", EntitlementAssert.describe(e) + ": used " + e.used() + " beyond its limit "
                        + e.limit().get());
            }
        }
        return this;
    }

    /**
     * Returns the assertions on one session's decision.
     *
     * @param sessionId the session id
     * @return the assertions on its decision
     * @throws AssertionError if the assessment has no decision for that session
     */
    public DecisionAssert decision(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        isNotNull();
        Optional<Decision> found = actual.decisions().stream().filter(d -> d.sessionId().equals(sessionId)).findFirst();
        if (found.isEmpty()) {
            String sessions = actual.decisions().stream().map(Decision::sessionId).collect(Collectors.joining(", "));
            failWithMessage("%s", "session " + sessionId + ": expected a decision, actual none; sessions: ["
                    + sessions + "]");
        }
        return new DecisionAssert(found.orElseThrow());
    }

    /**
     * Asserts how many sessions have an outcome.
     *
     * @param outcome the outcome
     * @param expected the number of sessions
     * @return this
     * @throws AssertionError if another number of sessions has it
     */
    public AssessmentAssert hasCount(Outcome outcome, long expected) {
        Objects.requireNonNull(outcome, "outcome");
        isNotNull();
        return check("totals", outcome.name().toLowerCase(Locale.ROOT), String.valueOf(expected),
                String.valueOf(actual.count(outcome)));
    }

    /**
     * Asserts how many reimbursed sessions are unpriced (an amount no source gives), which the totals
     * leave out.
     *
     * @param expected the number of unpriced sessions
     * @return this
     * @throws AssertionError if the count is another
     */
    public AssessmentAssert hasUnpricedCount(long expected) {
        isNotNull();
        return check("totals", "unpriced", String.valueOf(expected), String.valueOf(actual.countUnpriced()));
    }

    /**
     * Asserts the total of official fees over the priced reimbursed sessions.
     *
     * @param expected the amount in euros
     * @return this
     * @throws AssertionError if the total is another
     * @throws io.github.inamirules.InvalidInputException if {@code expected} is not an amount
     */
    public AssessmentAssert hasTotalFee(String expected) {
        return hasTotal("fee", Assessment::totalFee, expected);
    }

    /**
     * Asserts the total the insurance pays over the reimbursed sessions.
     *
     * @param expected the amount in euros
     * @return this
     * @throws AssertionError if the total is another
     * @throws io.github.inamirules.InvalidInputException if {@code expected} is not an amount
     */
    public AssessmentAssert hasTotalInsurance(String expected) {
        return hasTotal("insurance", Assessment::totalInsurance, expected);
    }

    /**
     * Asserts the total of patient shares over the reimbursed sessions.
     *
     * @param expected the amount in euros
     * @return this
     * @throws AssertionError if the total is another
     * @throws io.github.inamirules.InvalidInputException if {@code expected} is not an amount
     */
    public AssessmentAssert hasTotalPatientShare(String expected) {
        return hasTotal("patient_share", Assessment::totalPatientShare, expected);
    }

    /**
     * Asserts the total of supplements over the reimbursed sessions.
     *
     * @param expected the amount in euros
     * @return this
     * @throws AssertionError if the total is another
     * @throws io.github.inamirules.InvalidInputException if {@code expected} is not an amount
     */
    public AssessmentAssert hasTotalSupplement(String expected) {
        return hasTotal("supplement", Assessment::totalSupplement, expected);
    }

    /**
     * Asserts how many sessions an episode's counter used: a shortcut for
     * {@code entitlement(counter, episodeId).hasUsed(used)}.
     *
     * @param counter the counter id, e.g. {@code "PHYSIO_COURANTE"}
     * @param episodeId the episode counted
     * @param used the number of sessions used
     * @return this
     * @throws AssertionError if there is not exactly one such counter, or it used another number
     */
    public AssessmentAssert hasEntitlement(String counter, String episodeId, int used) {
        entitlement(counter, episodeId).hasUsed(used);
        return this;
    }

    /**
     * Returns the assertions on an episode's counter.
     *
     * @param counter the counter id, e.g. {@code "PHYSIO_COURANTE"}
     * @param episodeId the episode counted
     * @return the assertions on the counter
     * @throws AssertionError if the assessment does not have exactly one such counter (one per period)
     */
    public EntitlementAssert entitlement(String counter, String episodeId) {
        Objects.requireNonNull(episodeId, "episodeId");
        return entitlement(counter, Optional.of(episodeId));
    }

    /**
     * Returns the assertions on a counter across episodes, e.g. {@code PHYSIO_DEPASSEMENT}.
     *
     * @param counter the counter id
     * @return the assertions on the counter
     * @throws AssertionError if the assessment does not have exactly one such counter (one per period)
     */
    public EntitlementAssert entitlement(String counter) {
        return entitlement(counter, Optional.empty());
    }

    private EntitlementAssert entitlement(String counter, Optional<String> episodeId) {
        Objects.requireNonNull(counter, "counter");
        isNotNull();
        List<Entitlement> found = actual.entitlements().stream()
                .filter(e -> e.counter().equals(counter) && e.episodeId().equals(episodeId)).toList();
        if (found.size() != 1) {
            String counters = actual.entitlements().stream().map(EntitlementAssert::describe)
                    .collect(Collectors.joining(", "));
            failWithMessage("%s", "entitlement " + counter + episodeId.map(p -> " of " + p).orElse("")
                    + ": expected one counter, actual " + found.size() + "; counters: [" + counters + "]");
        }
        return new EntitlementAssert(found.get(0));
    }

    private AssessmentAssert hasTotal(String field, Function<Assessment, Money> total, String expected) {
        Objects.requireNonNull(expected, "expected");
        Money want = Money.parse(expected);
        isNotNull();
        return check("totals", field, want.toString(), total.apply(actual).toString());
    }

    private AssessmentAssert check(String target, String field, String expected, String actualValue) {
        if (!expected.equals(actualValue)) {
            failWithActualExpectedAndMessage(actualValue, expected, "%s", target + ", " + field + ": expected "
                    + expected + ", actual " + actualValue);
        }
        return this;
    }
}
