package io.github.inamirules.psychology;

import io.github.inamirules.assessment.Missing;
import io.github.inamirules.model.Practitioner;
import io.github.inamirules.model.Session;
import io.github.inamirules.rules.DecisionDraft;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads what the rules need from a session, its practitioner and its patient, with the documented
 * defaults: a session is individual unless told otherwise, not by video, and of its convention's
 * default function (first-line care in 2021, first-line support in 2024).
 */
final class PsySessions {
    private PsySessions() {
    }

    static SessionType type(Session s) {
        return s.facts().getOrDefault(PsychologyFacts.SESSION_TYPE, SessionType.INDIVIDUAL);
    }

    static boolean video(Session s) {
        return s.facts().getOrDefault(PsychologyFacts.VIDEO, Boolean.FALSE);
    }

    static PsyFunction function(Session s, Scheme scheme) {
        return s.facts().getOrDefault(PsychologyFacts.FUNCTION, PsyFunction.defaultOf(scheme));
    }

    static Optional<NetworkType> networkType(Practitioner p) {
        return p.facts().get(PsychologyFacts.NETWORK_TYPE);
    }

    /**
     * Tells whether a practitioner's agreement covers a function: every function when no agreement
     * fact is written, otherwise only those written {@code true}.
     */
    static boolean agreed(Practitioner p, PsyFunction function) {
        boolean anyWritten = false;
        for (PsyFunction f : PsyFunction.values()) {
            anyWritten |= p.facts().has(PsychologyFacts.agreed(f));
        }
        return !anyWritten || p.facts().getOrDefault(PsychologyFacts.agreed(function), Boolean.FALSE);
    }

    /**
     * Returns the beneficiary's age on the session's date, or reports the birth date as missing (the
     * session's coverage then cannot be decided) and returns empty.
     */
    static OptionalInt age(DecisionDraft d, io.github.inamirules.rules.RuleReference rule) {
        Optional<LocalDate> birth = d.history().patient().birthDate();
        if (birth.isEmpty()) {
            d.missing(Missing.Impact.COVERAGE, rule, "PSY_BIRTH_DATE_MISSING", Missing.BIRTH_DATE, null,
                    "date", d.date());
            return OptionalInt.empty();
        }
        return OptionalInt.of(Period.between(birth.get(), d.date()).getYears());
    }
}
