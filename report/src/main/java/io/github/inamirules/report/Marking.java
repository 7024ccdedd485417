package io.github.inamirules.report;

import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Outcome;
import java.util.Locale;

/**
 * How a session is drawn and styled, the same in the chart and the table: priced (reimbursed, every
 * amount known), refused, or unpriced (reimbursed with an amount no source gives, or undecided).
 */
enum Marking {
    /** Reimbursed with every amount known. */
    PRICED,
    /** Refused: no official amount, a refusal code. */
    REFUSED,
    /** Reimbursed without every amount, or whose coverage could not be decided. */
    UNPRICED;

    /** The marking of a decision. */
    static Marking of(Decision d) {
        if (d.outcome() == Outcome.REFUSED) {
            return REFUSED;
        }
        return d.outcome() == Outcome.REIMBURSED && d.isPriced() ? PRICED : UNPRICED;
    }

    /** The style class: {@code priced}, {@code refused} or {@code unpriced}. */
    String css() {
        return name().toLowerCase(Locale.ROOT);
    }
}
