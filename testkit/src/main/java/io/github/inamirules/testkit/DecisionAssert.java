package io.github.inamirules.testkit;

import io.github.inamirules.assessment.Band;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.Reason;
import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.Money;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * AssertJ assertions on one {@link Decision}; obtain with {@link InamiAssertions#assertThat(Decision)}
 * or {@link AssessmentAssert#decision(String)}.
 *
 * <pre>{@code
 * assertThat(decision).isReimbursed().hasCode("567011").hasBand("PHYSIO_COURANTE_1_9").hasRank(3)
 *         .hasFee("30.80").hasInsurance("24.55").hasPatientShare("6.25").hasSupplement("0.00");
 * assertThat(refused).isRefused().hasRefusalCode("002").wasUsedUpBy("back-72")
 *         .hasReason("PHYSIO_DEPASSEMENT_CAP_REACHED");
 * }</pre>
 *
 * <p>A failure names the session and the field, with the expected and the actual value, in the words
 * of the scenario format: {@code session back-3, insurance: expected 24.55, actual 18.41}. Amounts are
 * given as text and compared as {@link Money} ({@code "30.8"} equals {@code 30.80}); an amount the
 * decision does not give is printed {@code unknown} and asserted with {@link #hasNoFee()} and its
 * siblings. The expected and actual values are attached to the error for an IDE's comparison view.
 */
public final class DecisionAssert extends AbstractAssert<DecisionAssert, Decision> {
    private static final String UNKNOWN = "unknown";
    private static final String NONE = "none";

    /**
     * Creates the assertions on a decision.
     *
     * @param actual the decision, may be null (every assertion then fails)
     */
    public DecisionAssert(@Nullable Decision actual) {
        super(actual, DecisionAssert.class);
    }

    /**
     * Asserts that the session is reimbursed.
     *
     * @return this
     * @throws AssertionError if the outcome is another
     */
    public DecisionAssert isReimbursed() {
        return hasOutcome(Outcome.REIMBURSED);
    }

    /**
     * Asserts that the session is refused.
     *
     * @return this
     * @throws AssertionError if the outcome is another
     */
    public DecisionAssert isRefused() {
        return hasOutcome(Outcome.REFUSED);
    }

    /**
     * Asserts that the session could not be decided or priced for lack of data.
     *
     * @return this
     * @throws AssertionError if the outcome is another
     */
    public DecisionAssert isInsufficientData() {
        return hasOutcome(Outcome.INSUFFICIENT_DATA);
    }

    /**
     * Asserts the outcome. On failure the message also lists the decision's reason codes and what it
     * misses, which usually say why.
     *
     * @param expected the expected outcome
     * @return this
     * @throws AssertionError if the outcome is another
     */
    public DecisionAssert hasOutcome(Outcome expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        if (actual.outcome() != expected) {
            String why = "; reasons " + reasonCodes()
                    + (actual.missing().isEmpty() ? "" : "; missing " + actual.missing());
            mismatch("outcome", outcomeName(expected), outcomeName(actual.outcome()), why);
        }
        return this;
    }

    /**
     * Asserts the nomenclature code.
     *
     * @param expected the code, e.g. {@code "567011"}
     * @return this
     * @throws AssertionError if the code is another or unknown
     */
    public DecisionAssert hasCode(String expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        return check("code", expected, actual.nomenclatureCode().orElse(UNKNOWN));
    }

    /**
     * Asserts that no nomenclature code was determined.
     *
     * @return this
     * @throws AssertionError if there is a code
     */
    public DecisionAssert hasNoCode() {
        isNotNull();
        return check("code", UNKNOWN, actual.nomenclatureCode().orElse(UNKNOWN));
    }

    /**
     * Asserts the band's id.
     *
     * @param expected the band id, e.g. {@code "PHYSIO_COURANTE_10_18"}
     * @return this
     * @throws AssertionError if the band is another or unknown
     */
    public DecisionAssert hasBand(String expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        return check("band", expected, actual.band().map(Band::id).orElse(UNKNOWN));
    }

    /**
     * Asserts that no band was determined.
     *
     * @return this
     * @throws AssertionError if there is a band
     */
    public DecisionAssert hasNoBand() {
        isNotNull();
        return check("band", UNKNOWN, actual.band().map(Band::id).orElse(UNKNOWN));
    }

    /**
     * Asserts the session's rank in the counter that decided its band (19 for the 19th courante session).
     *
     * @param expected the rank, from 1
     * @return this
     * @throws AssertionError if the rank is another or unknown
     */
    public DecisionAssert hasRank(int expected) {
        isNotNull();
        return check("rank", String.valueOf(expected), rank());
    }

    /**
     * Asserts that the session has no rank (no band, or a band that is not counted).
     *
     * @return this
     * @throws AssertionError if there is a rank
     */
    public DecisionAssert hasNoRank() {
        isNotNull();
        return check("rank", UNKNOWN, rank());
    }

    /**
     * Asserts the official fee.
     *
     * @param expected the amount in euros, e.g. {@code "30.80"}
     * @return this
     * @throws AssertionError if the fee is another or unknown
     * @throws io.github.inamirules.InvalidInputException if {@code expected} is not an amount
     */
    public DecisionAssert hasFee(String expected) {
        return hasAmount("fee", Decision::fee, expected);
    }

    /**
     * Asserts that the decision gives no fee (unknown, or not given for a refused session).
     *
     * @return this
     * @throws AssertionError if there is a fee
     */
    public DecisionAssert hasNoFee() {
        return hasNoAmount("fee", Decision::fee);
    }

    /**
     * Asserts the amount the insurance pays.
     *
     * @param expected the amount in euros, e.g. {@code "24.55"}
     * @return this
     * @throws AssertionError if the amount is another or unknown
     * @throws io.github.inamirules.InvalidInputException if {@code expected} is not an amount
     */
    public DecisionAssert hasInsurance(String expected) {
        return hasAmount("insurance", Decision::insurance, expected);
    }

    /**
     * Asserts that the insurance amount is unknown.
     *
     * @return this
     * @throws AssertionError if there is an insurance amount
     */
    public DecisionAssert hasNoInsurance() {
        return hasNoAmount("insurance", Decision::insurance);
    }

    /**
     * Asserts the patient's share of the official fee (ticket modérateur / remgeld).
     *
     * @param expected the amount in euros, e.g. {@code "6.25"}
     * @return this
     * @throws AssertionError if the amount is another or unknown
     * @throws io.github.inamirules.InvalidInputException if {@code expected} is not an amount
     */
    public DecisionAssert hasPatientShare(String expected) {
        return hasAmount("patient_share", Decision::patientShare, expected);
    }

    /**
     * Asserts that the patient share is unknown.
     *
     * @return this
     * @throws AssertionError if there is a patient share
     */
    public DecisionAssert hasNoPatientShare() {
        return hasNoAmount("patient_share", Decision::patientShare);
    }

    /**
     * Asserts the supplement a non-conventioned practitioner charges above the official fee (always
     * known; zero when there is none).
     *
     * @param expected the amount in euros, e.g. {@code "9.20"} or {@code "0.00"}
     * @return this
     * @throws AssertionError if the supplement is another
     * @throws io.github.inamirules.InvalidInputException if {@code expected} is not an amount
     */
    public DecisionAssert hasSupplement(String expected) {
        return hasAmount("supplement", d -> Optional.of(d.supplement()), expected);
    }

    /**
     * Asserts what the patient pays in all: patient share plus supplement.
     *
     * @param expected the amount in euros, e.g. {@code "21.59"}
     * @return this
     * @throws AssertionError if the amount is another or unknown
     * @throws io.github.inamirules.InvalidInputException if {@code expected} is not an amount
     */
    public DecisionAssert hasPatientTotal(String expected) {
        return hasAmount("patient_total", Decision::patientTotal, expected);
    }

    /**
     * Asserts that the patient total is unknown (because the patient share is).
     *
     * @return this
     * @throws AssertionError if there is a patient total
     */
    public DecisionAssert hasNoPatientTotal() {
        return hasNoAmount("patient_total", Decision::patientTotal);
    }

    /**
     * Asserts that one of the reasons has a code (others may be present too).
     *
     * @param code the reason code, e.g. {@code "PHYSIO_COURANTE_OVER_18"}
     * @return this
     * @throws AssertionError if no reason has it
     */
    public DecisionAssert hasReason(String code) {
        Objects.requireNonNull(code, "code");
        isNotNull();
        if (!actual.hasReason(code)) {
            mismatch("reasons", "to contain " + code, reasonCodes().toString(), "");
        }
        return this;
    }

    /**
     * Asserts that no reason has a code.
     *
     * @param code the reason code
     * @return this
     * @throws AssertionError if a reason has it
     */
    public DecisionAssert doesNotHaveReason(String code) {
        Objects.requireNonNull(code, "code");
        isNotNull();
        if (actual.hasReason(code)) {
            mismatch("reasons", "not to contain " + code, reasonCodes().toString(), "");
        }
        return this;
    }

    /**
     * Asserts the eTarif refusal code.
     *
     * @param expected the three-digit code, e.g. {@code "002"}
     * @return this
     * @throws AssertionError if the code is another or there is none
     */
    public DecisionAssert hasRefusalCode(String expected) {
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        return check("refusal", expected, actual.refusalCode().map(RefusalCode::code).orElse(NONE));
    }

    /**
     * Asserts the eTarif refusal code.
     *
     * @param expected the refusal code, e.g. {@link RefusalCode#MAXIMUM_REACHED}
     * @return this
     * @throws AssertionError if the code is another or there is none
     */
    public DecisionAssert hasRefusalCode(RefusalCode expected) {
        return hasRefusalCode(expected.code());
    }

    /**
     * Asserts which earlier session used up the entitlement of a refused session.
     *
     * @param sessionId the id of that earlier session
     * @return this
     * @throws AssertionError if another session or none is named
     */
    public DecisionAssert wasUsedUpBy(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        isNotNull();
        return check("used_up_by", sessionId, actual.usedUpBy().orElse(NONE));
    }

    /**
     * Asserts that one of the missing items contains a text, e.g. {@code "tariff"}.
     *
     * @param fragment the text the English message of an item of {@link Decision#missing()} must contain
     * @return this
     * @throws AssertionError if no item contains it
     */
    public DecisionAssert hasMissing(String fragment) {
        Objects.requireNonNull(fragment, "fragment");
        isNotNull();
        if (actual.missing().stream().noneMatch(m -> m.toString().contains(fragment))) {
            mismatch("missing", "an item containing '" + fragment + "'", actual.missing().toString(), "");
        }
        return this;
    }

    private DecisionAssert hasAmount(String field, Function<Decision, Optional<Money>> amount, String expected) {
        Objects.requireNonNull(expected, "expected");
        Money want = Money.parse(expected);
        isNotNull();
        Optional<Money> got = amount.apply(actual);
        if (!got.equals(Optional.of(want))) {
            mismatch(field, want.toString(), got.map(Money::toString).orElse(UNKNOWN), "");
        }
        return this;
    }

    private DecisionAssert hasNoAmount(String field, Function<Decision, Optional<Money>> amount) {
        isNotNull();
        return check(field, UNKNOWN, amount.apply(actual).map(Money::toString).orElse(UNKNOWN));
    }

    private DecisionAssert check(String field, String expected, String actualValue) {
        if (!expected.equals(actualValue)) {
            mismatch(field, expected, actualValue, "");
        }
        return this;
    }

    private String rank() {
        return actual.band().flatMap(Band::rank).map(String::valueOf).orElse(UNKNOWN);
    }

    private List<String> reasonCodes() {
        return actual.reasons().stream().map(Reason::code).toList();
    }

    private void mismatch(String field, String expected, String actualValue, String more) {
        failWithActualExpectedAndMessage(actualValue, expected, "%s", "session " + actual.sessionId() + ", " + field
                + ": expected " + expected + ", actual " + actualValue + more);
    }

    /** As in scenario files: {@code reimbursed}, {@code refused}, {@code insufficient-data}. */
    static String outcomeName(Outcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
