package io.github.inamirules.assessment;

import io.github.inamirules.model.DateRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The desk's question "how many reimbursable sessions are left for this episode on this date, and at
 * what level?": the levels the next sessions would get, in order ("1 at courante 10–18, then 38 at
 * dépassement"), what stops them (the first session that would not be reimbursed, with its refusal code
 * and the session that used the entitlement up), and the counters as of the date.
 *
 * <p>The answer combines every counter that applies — the episode's own and the caps across episodes,
 * those not used yet included — because it is what the rule set decides for sessions to come: one a day
 * from the date, with the facts of the episode's last session, until the horizon (the end of the date's
 * calendar year, or the end of the rates installed if sooner). An episode whose sessions are
 * reimbursed without a cap (an E accord) has one level that runs to the horizon and no {@link #stop()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param episodeId the episode asked about
 * @param date the date asked about
 * @param horizon the days of the sessions to come that were considered, from {@code date}
 * @param levels the levels, in the order the sessions to come reach them; empty if the very next one
 *     would not be reimbursed
 * @param stop the decision of the first session to come that would not be reimbursed (refused, or
 *     insufficient data); empty if every session to the horizon would be
 * @param entitlements the counters as of the date (after the history's sessions before it)
 */
public record SessionsLeft(String episodeId, LocalDate date, DateRange horizon, List<Level> levels,
        Optional<Decision> stop, List<Entitlement> entitlements) {

    /**
     * Creates the answer.
     *
     * @param episodeId the episode
     * @param date the date
     * @param horizon the days considered
     * @param levels the levels
     * @param stop what stops them
     * @param entitlements the counters as of the date
     */
    public SessionsLeft {
        Objects.requireNonNull(episodeId, "episodeId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(horizon, "horizon");
        levels = List.copyOf(levels);
        Objects.requireNonNull(stop, "stop");
        entitlements = List.copyOf(entitlements);
    }

    /**
     * Returns how many sessions are left in all levels together.
     *
     * @return the total
     */
    public int total() {
        return levels.stream().mapToInt(Level::sessions).sum();
    }

    /**
     * Returns whether the sessions to come are reimbursed up to the horizon, with no cap reached in it.
     *
     * @return true if nothing stops them before the horizon
     */
    public boolean unlimitedToHorizon() {
        return stop.isEmpty();
    }

    /**
     * One level: consecutive sessions to come with the same band.
     *
     * @param band the band of these sessions, if the rule set gives one
     * @param sessions how many sessions are left at this level
     * @param first the decision of the first of them, with its code and amounts
     */
    public record Level(Optional<Band> band, int sessions, Decision first) {

        /**
         * Creates a level.
         *
         * @param band the band
         * @param sessions how many sessions
         * @param first the first decision
         */
        public Level {
            Objects.requireNonNull(band, "band");
            Objects.requireNonNull(first, "first");
            if (sessions < 1) {
                throw new IllegalArgumentException("sessions " + sessions + " < 1");
            }
        }

        /**
         * Returns the id of the band, or none.
         *
         * @return the band id
         */
        public Optional<String> bandId() {
            return band.map(Band::id);
        }
    }
}
