package io.github.inamirules.occupational;

import io.github.inamirules.model.Approval;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.Episode;
import io.github.inamirules.model.Facts;
import io.github.inamirules.rates.Rates;
import io.github.inamirules.rules.Simulator;
import java.time.LocalDate;
import java.util.List;

/**
 * What a simulated occupational-therapy history needs: no approval (none is required; the tacit
 * approval of the médecin-conseil that one practice page mentions is not confirmed, update-2026 §3), and
 * sessions that are exercise sessions at home unless told otherwise. Stateless and thread-safe.
 */
final class OccupationalTherapySimulator implements Simulator {

    @Override
    public List<Approval> approvalsFor(CareHistory history, Episode episode, LocalDate first, LocalDate last,
            Rates rates) {
        return List.of();
    }

    @Override
    public Facts defaultSessionFacts(Episode episode) {
        return OccupationalTherapy.at(Service.EXERCISE_SESSION, Place.HOME);
    }
}
