package io.github.inamirules.rules;

import io.github.inamirules.assessment.Entitlement;
import io.github.inamirules.model.DateRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The session counters of one pass, each keyed by a counter id (published by the profession module),
 * an episode (or none, for a counter across episodes) and a period.
 *
 * <h2>Counting rules</h2>
 * <ul>
 *   <li>{@link #count} gives a session its rank (the count it brings the counter to) at once, but
 *       the count is committed only when the session's draft is decided and not refused
 *       ({@link DecisionDraft#whenAccepted}): refused sessions never count.</li>
 *   <li>Counters only go up, in the chronological order of the pass.</li>
 *   <li>Each counter remembers the last session it counted, so a session refused because the limit
 *       is reached names the one that used it up ({@link #lastCounted}).</li>
 *   <li>Each counter keeps the limit in force at the last session it counted; it is reported in
 *       {@link Entitlement#limit()}.</li>
 *   <li>No counter is ever reported beyond its limit. Where going past a limit does not refuse the
 *       session but changes its band (physiotherapy's 19th courante session is a dépassement session),
 *       {@link #countWithOverflow} counts up to the limit in one counter and beyond it in another.</li>
 * </ul>
 *
 * <p>Confined to one pass: not thread-safe.
 */
public final class Counters {
    /** The period key of rolling counters, whose reported period is that of their last session. */
    private static final DateRange ROLLING = DateRange.startingFrom(java.time.LocalDate.MIN);

    private final Map<Key, Count> counts = new LinkedHashMap<>();
    private final Map<Key, List<java.time.LocalDate>> rolling = new java.util.HashMap<>();

    /**
     * Returns how many accepted sessions a counter holds.
     *
     * @param counter the counter id
     * @param episodeId the episode, or null for a counter across episodes
     * @param period the period
     * @return the count
     */
    public int used(String counter, @Nullable String episodeId, DateRange period) {
        Count c = counts.get(new Key(counter, episodeId, period));
        return c == null ? 0 : c.used;
    }

    /**
     * Returns the last session a counter counted: the one that used the entitlement up when the limit
     * is reached.
     *
     * @param counter the counter id
     * @param episodeId the episode, or null
     * @param period the period
     * @return the session id
     */
    public Optional<String> lastCounted(String counter, @Nullable String episodeId, DateRange period) {
        Count c = counts.get(new Key(counter, episodeId, period));
        return c == null ? Optional.empty() : Optional.ofNullable(c.last);
    }

    /**
     * Counts the draft's session: returns its rank now, commits it when the session is accepted.
     *
     * @param draft the session being decided
     * @param counter the counter id
     * @param episodeId the episode, or null for a counter across episodes
     * @param period the period
     * @param limit the limit in force, or null if the counter has none
     * @return the session's rank, from 1
     */
    public int count(DecisionDraft draft, String counter, @Nullable String episodeId, DateRange period,
            @Nullable Integer limit) {
        Key key = new Key(counter, episodeId, period);
        Count found = counts.get(key);                    // one key per count, read and committed
        int rank = (found == null ? 0 : found.used) + 1;
        String sessionId = draft.session().id();
        draft.whenAccepted(() -> {
            Count c = counts.computeIfAbsent(key, k -> new Count());
            c.used++;
            c.limit = limit;
            c.last = sessionId;
        });
        return rank;
    }

    /**
     * Counts the draft's session in a counter whose limit changes the band instead of refusing: in
     * {@code counter} while it holds fewer than {@code limit} sessions, in {@code overflow} (which has no
     * limit) once it is full. The rank is over both, so the 19th courante session of a pathology has rank
     * 19 while {@code counter} reports 18 of 18 and {@code overflow} 1. Committed when the session is
     * accepted, as {@link #count}.
     *
     * @param draft the session being decided
     * @param counter the counter id of the sessions up to the limit
     * @param overflow the counter id of the sessions beyond it
     * @param episodeId the episode, or null for counters across episodes
     * @param period the period of both counters
     * @param limit the limit in force
     * @return the session's rank over both counters, from 1
     */
    public int countWithOverflow(DecisionDraft draft, String counter, String overflow, @Nullable String episodeId,
            DateRange period, int limit) {
        int within = used(counter, episodeId, period);
        if (within < limit) {
            return count(draft, counter, episodeId, period, limit);
        }
        return within + count(draft, overflow, episodeId, period, null);
    }

    /**
     * Counts the draft's session in a rolling window ({@link Window#isSliding()}): its rank is the
     * number of accepted sessions of the counter whose dates fall in the window that ends with its
     * date, plus one; it is committed when the session is accepted.
     *
     * @param draft the session being decided
     * @param counter the counter id
     * @param episodeId the episode, or null for a counter across episodes
     * @param window a sliding window
     * @param limit the limit in force, or null
     * @return the session's rank in the window, from 1
     * @throws IllegalArgumentException if the window does not slide
     */
    public int countRolling(DecisionDraft draft, String counter, @Nullable String episodeId, Window window,
            @Nullable Integer limit) {
        if (!window.isSliding()) {
            throw new IllegalArgumentException(window + " does not slide; use count with its period");
        }
        DateRange period = window.period(null, draft.date());
        List<java.time.LocalDate> dates = rolling.computeIfAbsent(new Key(counter, episodeId, ROLLING), k -> new ArrayList<>());
        int inside = 0;
        for (int i = dates.size() - 1; i >= 0 && period.contains(dates.get(i)); i--) {
            inside++;
        }
        int rank = inside + 1;
        String sessionId = draft.session().id();
        draft.whenAccepted(() -> {
            dates.add(draft.date());
            Count c = counts.computeIfAbsent(new Key(counter, episodeId, ROLLING), k -> new Count());
            c.used = rank;
            c.limit = limit;
            c.last = sessionId;
            c.period = period;
        });
        return rank;
    }

    /**
     * Returns the last session a rolling counter ({@link #countRolling}) counted: the one that used the
     * entitlement up when its limit is reached.
     *
     * @param counter the counter id
     * @param episodeId the episode, or null
     * @return the session id
     */
    public Optional<String> lastCountedRolling(String counter, @Nullable String episodeId) {
        return lastCounted(counter, episodeId, ROLLING);
    }

    /**
     * Returns every counter as it stands.
     *
     * @return the entitlements, in the order counters were first used
     */
    public List<Entitlement> entitlements() {
        List<Entitlement> out = new ArrayList<>();
        counts.forEach((k, c) -> out.add(Entitlement.builder().counter(k.counter)
                .period(c.period != null ? c.period : k.period).used(c.used)
                .episodeId(Optional.ofNullable(k.episodeId)).limit(Optional.ofNullable(c.limit)).build()));
        return out;
    }

    private static final class Count {
        int used;
        Integer limit;
        String last;
        DateRange period;
    }

    private static final class Key {
        final String counter;
        final String episodeId;
        final DateRange period;

        Key(String counter, String episodeId, DateRange period) {
            this.counter = Objects.requireNonNull(counter, "counter");
            this.episodeId = episodeId;
            this.period = Objects.requireNonNull(period, "period");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key && counter.equals(((Key) o).counter)
                    && Objects.equals(episodeId, ((Key) o).episodeId) && period.equals(((Key) o).period);
        }

        @Override
        public int hashCode() {
            return (counter.hashCode() * 31 + Objects.hashCode(episodeId)) * 31 + period.hashCode();
        }
    }
}
