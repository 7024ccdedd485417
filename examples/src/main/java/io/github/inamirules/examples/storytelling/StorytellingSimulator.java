package io.github.inamirules.examples.storytelling;

import io.github.inamirules.model.Approval;
import io.github.inamirules.model.ApprovalKind;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Episode;
import io.github.inamirules.rates.Rates;
import io.github.inamirules.rules.Simulator;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a simulated storytelling history needs: a saga gets a saga approval from the day of its first
 * session (ST-02), so its sessions are decided on their merits; a short tale needs none. Sessions keep
 * the default setting, the library. Stateless and thread-safe.
 */
final class StorytellingSimulator implements Simulator {

    @Override
    public List<Approval> approvalsFor(CareHistory history, Episode episode, LocalDate first, LocalDate last,
            Rates rates) {
        Optional<ApprovalKind> kind = StoryKind.requiredApproval(episode.kind());
        if (kind.isEmpty()) {
            return List.of();
        }
        return List.of(Approval.builder().id(kind.get().id() + "-" + episode.id()).episodeId(episode.id())
                .kind(kind.get()).period(DateRange.startingFrom(first)).build());
    }
}
