package io.github.inamirules.complementary;

import io.github.inamirules.assessment.Outcome;
import java.util.Locale;
import java.util.Optional;

/**
 * How a benefit stands to compulsory insurance (assurance obligatoire / verplichte verzekering): paid
 * only for a session compulsory insurance does not reimburse, only on top of a reimbursed one, or for
 * either. Written in lower case in the data files ({@code not_reimbursed}, {@code reimbursed},
 * {@code any}).
 */
public enum InsuranceCondition {
    /** Only for a session compulsory insurance does not reimburse (a refused session). */
    NOT_REIMBURSED,
    /** Only on top of a session compulsory insurance reimburses. */
    REIMBURSED,
    /** Whether or not compulsory insurance reimburses the session. */
    ANY;

    /**
     * Tells whether a session decided with an outcome meets the condition.
     *
     * @param outcome the decision's outcome
     * @return true or false; empty when the outcome is {@link Outcome#INSUFFICIENT_DATA} and the condition
     *     depends on it
     */
    public Optional<Boolean> isMetBy(Outcome outcome) {
        if (this == ANY) {
            return Optional.of(true);
        }
        if (outcome == Outcome.INSUFFICIENT_DATA) {
            return Optional.empty();
        }
        return Optional.of((outcome == Outcome.REIMBURSED) == (this == REIMBURSED));
    }

    /**
     * Returns the word of the data files.
     *
     * @return {@code not_reimbursed}, {@code reimbursed} or {@code any}
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
