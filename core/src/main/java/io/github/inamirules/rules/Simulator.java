package io.github.inamirules.rules;

import io.github.inamirules.model.Approval;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.Episode;
import io.github.inamirules.model.Facts;
import io.github.inamirules.rates.Rates;
import java.time.LocalDate;
import java.util.List;

/**
 * What a profession adds to a simulated care history so that its sessions are decided on their
 * merits: the approvals an episode's kind needs, and the facts a session of that kind has unless told
 * otherwise. The command line's {@code simulate} and the testkit's generated histories use it, so no
 * tool needs to know a profession's rules; every figure (how long an accord may last…) comes from the
 * rates in force.
 *
 * <p>Implementations must be stateless and thread-safe.
 */
public interface Simulator {

    /**
     * Returns the approvals an episode needs so that sessions from {@code first} to {@code last}
     * (included) are not refused for lack of one: for a physiotherapy Fa pathology a notification from
     * the first day, for an E pathology an accord as long as the rates allow.
     *
     * @param history the history simulated so far (patient, practitioners, episodes, prescriptions)
     * @param episode the episode
     * @param first the day of its first session
     * @param last the day of its last session
     * @param rates the rates in force on the first day
     * @return the approvals to add, with ids unique in the history; empty if the kind needs none
     */
    List<Approval> approvalsFor(CareHistory history, Episode episode, LocalDate first, LocalDate last, Rates rates);

    /**
     * Returns the facts a simulated session of an episode has unless told otherwise: a physiotherapy
     * palliative session takes place at the patient's home.
     *
     * @param episode the episode
     * @return the facts; empty by default
     */
    default Facts defaultSessionFacts(Episode episode) {
        return Facts.empty();
    }
}
