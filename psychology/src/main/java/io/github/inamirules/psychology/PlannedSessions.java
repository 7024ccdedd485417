package io.github.inamirules.psychology;

import io.github.inamirules.model.Session;
import io.github.inamirules.rates.Rates;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The days of the history's network sessions by function: group sessions (for PSY-26) and individual
 * sessions (for PSY-45 §1), whatever their own decisions.
 *
 * <p>Two rules speak of a series as a whole: an individual session "in the middle" of a group series
 * (PSY-26) and individual support and treatment series "in parallel" (PSY-45 §1). Whether a session
 * lies inside another series depends on the sessions given after it, so these two rules read the whole
 * history: quoting a session before the series it interrupts has been given says it is reimbursed, and
 * the later sessions change that decision. The law's wording leaves no other reading.
 */
final class PlannedSessions {
    private final Map<PsyFunction, NavigableSet<LocalDate>> groups = new EnumMap<>(PsyFunction.class);
    private final Map<PsyFunction, NavigableSet<LocalDate>> individuals = new EnumMap<>(PsyFunction.class);

    PlannedSessions(List<Session> sessions, Function<LocalDate, Rates> rates) {
        for (Session s : sessions) {
            Optional<Scheme> scheme = SchemeSelection.schemeOf(rates.apply(s.date()), s);
            if (scheme.isEmpty() || scheme.get() == Scheme.PILOT) {
                continue;
            }
            PsyFunction f = PsySessions.function(s, scheme.get());
            SessionType type = PsySessions.type(s);
            if (type == SessionType.GROUP) {
                groups.computeIfAbsent(f, k -> new TreeSet<>()).add(s.date());
            } else if (type == SessionType.INDIVIDUAL) {
                individuals.computeIfAbsent(f, k -> new TreeSet<>()).add(s.date());
            }
        }
    }

    /** Returns the first group session of a function strictly after a day, if any. */
    Optional<LocalDate> groupAfter(PsyFunction f, LocalDate day) {
        return Optional.ofNullable(groups.getOrDefault(f, new TreeSet<>()).higher(day));
    }

    /** Returns the days of the individual sessions of a function. */
    NavigableSet<LocalDate> individualDays(PsyFunction f) {
        return individuals.getOrDefault(f, new TreeSet<>());
    }
}
