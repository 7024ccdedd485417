package io.github.inamirules.rules;

import io.github.inamirules.model.Approval;
import io.github.inamirules.model.ApprovalKind;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.SessionOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The approvals of a care history, indexed by episode, and the one lookup rule sets use.
 *
 * <p>When several approvals of one kind hold for one episode on a day (a renewal written before the
 * old accord ended, say), the one chosen is the one that started last, the most recent decision of
 * the médecin-conseil; among those starting the same day, the one that ends last; then the smallest
 * id in natural order. The choice never depends on the order of the input.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class Approvals {
    /** Latest start first, then latest end, then id in natural order. */
    static final Comparator<Approval> PREFERRED = Comparator.comparing((Approval a) -> a.period().start()).reversed()
            .thenComparing(Comparator.comparing((Approval a) -> a.period().end()).reversed())
            .thenComparing(Approval::id, SessionOrder::compareIds);

    private final Map<String, List<Approval>> byEpisode;
    private final List<Approval> all;

    private Approvals(CareHistory history) {
        Map<String, List<Approval>> map = new HashMap<>();
        List<Approval> sorted = new ArrayList<>(history.approvals());
        sorted.sort(PREFERRED);
        for (Approval a : sorted) {
            map.computeIfAbsent(a.episodeId(), k -> new ArrayList<>()).add(a);
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        this.byEpisode = Map.copyOf(map);
        this.all = List.copyOf(sorted);
    }

    /**
     * Indexes the approvals of a history.
     *
     * @param history the care history
     * @return the index
     */
    public static Approvals of(CareHistory history) {
        return new Approvals(history);
    }

    /**
     * Finds the approval of a kind that holds for an episode on a day.
     *
     * @param episodeId the episode
     * @param kind the kind
     * @param date the day
     * @return the preferred approval holding on the day, if any
     */
    public Optional<Approval> holding(String episodeId, ApprovalKind kind, LocalDate date) {
        return first(byEpisode.getOrDefault(episodeId, List.of()), kind, date);
    }

    /**
     * Finds the approval of a kind that holds on a day for any episode of the patient.
     *
     * @param kind the kind
     * @param date the day
     * @return the preferred approval holding on the day, if any
     */
    public Optional<Approval> holdingForAnyEpisode(ApprovalKind kind, LocalDate date) {
        return first(all, kind, date);
    }

    /** The first approval of a list of that kind holding on the day (by index: no iterator per session). */
    private static Optional<Approval> first(List<Approval> approvals, ApprovalKind kind, LocalDate date) {
        for (int i = 0; i < approvals.size(); i++) {
            Approval a = approvals.get(i);
            if (a.kind().equals(kind) && a.holdsOn(date)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
