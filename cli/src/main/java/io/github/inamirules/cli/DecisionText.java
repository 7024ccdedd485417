package io.github.inamirules.cli;

import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.Reason;
import io.github.inamirules.model.Money;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields of a {@link Decision} as short texts for people, shared by the table and by
 * {@code check}'s explanation of a mismatch, so a session reads the same in both.
 */
final class DecisionText {
    private DecisionText() {
    }

    /**
     * An amount, or what its absence means: {@code ?} when the data were insufficient to price the
     * session (the session is covered but no source gives the amount), {@code -} for a refused session (a refused session has no
     * official fee: the price is whatever the parties agreed).
     */
    static String amount(Decision d, Optional<Money> amount) {
        return amount.map(Money::toString).orElse(d.outcome() == Outcome.REFUSED ? "-" : "?");
    }

    /** The band's label in the language with the session's rank: {@code courante, sessions 1-9 (3)}. */
    static String band(Decision d, Locale locale) {
        return d.band().map(b -> b.label(locale) + b.rank().map(r -> " (" + r + ")").orElse("")).orElse("-");
    }

    /** One reason: {@code CODE (rule id): message in the language}. */
    static String reason(Reason r, Locale locale) {
        return r.code() + " (" + r.ruleId() + "): " + r.message(locale);
    }

    /** The decision on one line: outcome, refusal code, band, code and amounts. */
    static String summary(Decision d, Locale locale) {
        StringBuilder b = new StringBuilder().append(d.outcome());
        d.refusalCode().ifPresent(c -> b.append(' ').append(c.code()));
        b.append(", ").append(band(d, locale)).append(", code ").append(d.nomenclatureCode().orElse("-"))
                .append(", fee ").append(amount(d, d.fee()))
                .append(", insurance ").append(amount(d, d.insurance()))
                .append(", patient share ").append(amount(d, d.patientShare()))
                .append(", supplement ").append(d.supplement());
        return b.toString();
    }
}
