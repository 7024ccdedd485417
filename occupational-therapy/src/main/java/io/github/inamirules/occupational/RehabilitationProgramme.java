package io.github.inamirules.occupational;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.assessment.Missing;
import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.Episode;
import io.github.inamirules.rules.DecisionDraft;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The patient must have completed, or be about to complete, a complete locomotor and / or neurological
 * rehabilitation programme in a specialised centre with such a convention (ERGO-10, ERGO-20). Which
 * convention types qualify is a dated rate parameter per candidate type ({@link Convention}); 7.72,
 * K30/K60, another convention or no programme at all never qualify and are refused 008. Without the
 * convention type, or without the programme's end date, coverage cannot be decided
 * (INSUFFICIENT_DATA, naming what is missing).
 *
 * <p>E-Q7, which end date counts: the programme's actual end date. When only the expected end date
 * written on the first prescription is known (ERGO-15), it is used and each decision warns that the
 * window follows that expected day ({@code programme_end_expected}); the caller corrects the episode
 * when the programme ends on another day.
 *
 * @see <a href="http://www.riziv.fgov.be/fr/themes/cout-remboursement/par-mutualite/centres-reeducation/Pages/ergotherapie-intervention-couts-prestations-ergotherapie.aspx">ERGO-10 source</a>
 * @see <a href="http://wordscope.be/francais-neerlandais/peut+encore+réaliser+le+centre+de+rééducation+loco-régional+vers+lequel.html">ERGO-20 source</a>
 */
final class RehabilitationProgramme {

    /**
     * Refuses the draft if the programme does not qualify, reports what is missing, and returns the
     * programme's end date when the programme is known to qualify.
     */
    Optional<LocalDate> apply(DecisionDraft d) {
        Episode e = d.episode();
        Optional<Convention> convention = e.facts().get(OccupationalTherapyFacts.CONVENTION);
        if (convention.isPresent() && !qualifies(d, convention.get())) {
            d.refuse(OtRule.ERGO_20, "OT_PROGRAMME_NOT_QUALIFYING", RefusalCode.PREREQUISITE_NOT_MET,
                    "convention", convention.get().id());
            return Optional.empty();
        }
        if (convention.isEmpty()) {
            d.missing(Missing.Impact.COVERAGE, OtRule.ERGO_20, "OT_PROGRAMME_CONVENTION_UNKNOWN",
                    OccupationalTherapyVocabulary.MISSING_PROGRAMME_CONVENTION, null, "episode", e.id());
        }
        Optional<LocalDate> end = programmeEnd(e);
        if (end.isEmpty()) {
            d.missing(Missing.Impact.COVERAGE, OtRule.ERGO_13, "OT_PROGRAMME_END_UNKNOWN",
                    OccupationalTherapyVocabulary.MISSING_PROGRAMME_END, null, "episode", e.id());
        } else if (e.facts().getOrDefault(OccupationalTherapyFacts.PROGRAMME_END_EXPECTED, false)) {
            d.warn(OtRule.ERGO_15, "OT_PROGRAMME_END_EXPECTED", "programmeEnd", end.get());
        }
        return convention.isPresent() ? end : Optional.empty();
    }

    private static boolean qualifies(DecisionDraft d, Convention convention) {
        return convention.qualifyingParameter().map(p -> d.rates().flag(p)).orElse(false);
    }

    /**
     * Reads the programme's end date of an episode.
     *
     * @param e the episode
     * @return the end date, if written
     * @throws InvalidInputException if it is not a date {@code YYYY-MM-DD}
     */
    static Optional<LocalDate> programmeEnd(Episode e) {
        return e.facts().get(OccupationalTherapyFacts.PROGRAMME_END).map(text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException ex) {
                throw InvalidInputException.of("episode[" + e.id() + "].facts.programme_end", "'" + text + "'",
                        "expected a date YYYY-MM-DD");
            }
        });
    }
}
