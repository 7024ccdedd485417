package io.github.inamirules.physiotherapy;

import io.github.inamirules.model.Approval;
import io.github.inamirules.model.ApprovalKind;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Episode;
import io.github.inamirules.model.Facts;
import io.github.inamirules.rates.Rates;
import io.github.inamirules.rules.Simulator;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a simulated physiotherapy history needs: the approval the situation requires (an Fa or Fb
 * notification from the first day, P-27, P-30; an E accord from the first day for as many years as the
 * rates allow, P-33; for a courante pathology after another one of the history, the approval of an
 * additional pathology, P-24) and, for a palliative patient, sessions at home (P-36). Perinatal and
 * palliative pathologies need no approval. Stateless and thread-safe.
 */
final class PhysiotherapySimulator implements Simulator {

    @Override
    public List<Approval> approvalsFor(CareHistory history, Episode episode, LocalDate first, LocalDate last,
            Rates rates) {
        Optional<ApprovalKind> kind = Situation.requiredApproval(episode.kind());
        if (episode.kind().equals(Situation.COURANTE) && history.episodes().stream()
                .anyMatch(e -> e.kind().equals(Situation.COURANTE) && !e.id().equals(episode.id()))) {
            kind = Optional.of(Physiotherapy.ADDITIONAL_COURANTE_PATHOLOGY);
        }
        if (kind.isEmpty()) {
            return List.of();
        }
        DateRange period = kind.get().equals(Physiotherapy.E_AGREEMENT)
                ? DateRange.of(first, first.plusYears(rates.integer(PhysioParameters.E_AGREEMENT_MAX_YEARS)))
                : DateRange.startingFrom(first);
        return List.of(Approval.builder().id(kind.get().id() + "-" + episode.id()).episodeId(episode.id())
                .kind(kind.get()).period(period).build());
    }

    @Override
    public Facts defaultSessionFacts(Episode episode) {
        return episode.kind().equals(Situation.PALLIATIVE_HOME) ? Physiotherapy.at(Place.HOME) : Facts.empty();
    }
}
