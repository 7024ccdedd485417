package io.github.inamirules.psychology;

import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.rules.DecisionDraft;
import java.time.LocalDate;
import java.util.NavigableSet;

/**
 * Individual sessions of first-line support (function 2) and first-line treatment (function 3) may
 * follow each other but may not run in parallel (the 2024 convention's art. 10 §1, PSY-45). The series
 * started first keeps its sessions; an individual session of the other function given while the first
 * series is still running (an individual session of the first function before it and another after
 * it, see {@link PlannedSessions}) is refused (010). Group sessions combine freely (art. 10 §2).
 *
 * @see <a href="https://www.inami.fgov.be/SiteCollectionDocuments/convention_riziv_reseau_sante_mentale.pdf">PSY-45 source</a>
 */
final class ParallelFunctions2024 {
    private final PlannedSessions planned;

    ParallelFunctions2024(PlannedSessions planned) {
        this.planned = planned;
    }

    /** Refuses an individual session that runs in parallel with the other function; tells whether it passed. */
    boolean apply(DecisionDraft d, PsyFunction f, SessionType type) {
        if (type != SessionType.INDIVIDUAL || f == PsyFunction.COMMUNITY_INTERVENTION) {
            return true;
        }
        PsyFunction other = f == PsyFunction.FIRST_LINE_SUPPORT ? PsyFunction.FIRST_LINE_TREATMENT
                : PsyFunction.FIRST_LINE_SUPPORT;
        NavigableSet<LocalDate> mine = planned.individualDays(f);
        NavigableSet<LocalDate> theirs = planned.individualDays(other);
        if (theirs.isEmpty() || mine.isEmpty() || !theirs.first().isBefore(mine.first())) {
            return true;
        }
        LocalDate before = theirs.lower(d.date());
        LocalDate after = theirs.higher(d.date());
        if (before == null || after == null) {
            return true;
        }
        d.refuse(PsyRule.PSY_45, "PSY_PARALLEL_SUPPORT_AND_TREATMENT", RefusalCode.CANNOT_BE_COMBINED,
                "function", PsychologyFacts.FUNCTION.format(f), "otherFunction", PsychologyFacts.FUNCTION.format(other),
                "otherBefore", before, "otherAfter", after);
        return false;
    }
}
