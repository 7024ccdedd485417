package io.github.inamirules.occupational;

import io.github.inamirules.model.Approval;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.Episode;
import io.github.inamirules.model.EpisodeKind;
import io.github.inamirules.model.Facts;
import io.github.inamirules.rates.Rates;
import io.github.inamirules.rules.Simulator;
import java.time.LocalDate;
import java.util.List;

/**
 * What a simulated occupational-therapy history needs: no approval (none is required; the tacit
 * approval of the médecin-conseil that one practice page mentions is not confirmed, update-2026 §3), a
 * programme in a 7.71 centre that ended a week before the first session (ERGO-10, ERGO-13), a
 * prescription by that centre's rehabilitation physician (ERGO-14), and sessions that are exercise
 * sessions at home unless told otherwise. Stateless and thread-safe.
 */
final class OccupationalTherapySimulator implements Simulator {
    /** The rehabilitation centre of a simulated programme. */
    static final String CENTRE = "centre-1";
    /** Days between the end of a simulated programme and the first session. */
    private static final int DAYS_AFTER_PROGRAMME = 7;

    @Override
    public List<Approval> approvalsFor(CareHistory history, Episode episode, LocalDate first, LocalDate last,
            Rates rates) {
        return List.of();
    }

    @Override
    public Facts defaultSessionFacts(Episode episode) {
        return OccupationalTherapy.at(Service.EXERCISE_SESSION, Place.HOME);
    }

    @Override
    public Facts defaultEpisodeFacts(EpisodeKind kind, LocalDate first) {
        return OccupationalTherapy.programme("simulated", CENTRE, Convention.C771, first.minusDays(DAYS_AFTER_PROGRAMME))
                .facts();
    }

    @Override
    public Facts defaultPrescriptionFacts(Episode episode) {
        return Facts.builder().put(OccupationalTherapyFacts.PRESCRIBER_ROLE, PrescriberRole.REHABILITATION_PHYSICIAN)
                .put(OccupationalTherapyFacts.PRESCRIBER_CENTRE,
                        episode.facts().get(OccupationalTherapyFacts.CENTRE).orElse(CENTRE))
                .build();
    }
}
