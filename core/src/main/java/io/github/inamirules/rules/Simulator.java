package io.github.inamirules.rules;

import io.github.inamirules.model.Approval;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.Episode;
import io.github.inamirules.model.EpisodeKind;
import io.github.inamirules.model.Facts;
import io.github.inamirules.rates.Rates;
import java.time.LocalDate;
import java.util.List;

/**
 * What a profession adds to a simulated care history so that its sessions are decided on their
 * merits: the approvals an episode's kind needs, and the facts a practitioner, an episode, a
 * prescription and a session have unless told otherwise. The command line's {@code simulate} and the
 * testkit's generated histories use it, so no tool needs to know a profession's rules; every figure
 * (how long an accord may last…) comes from the rates in force.
 *
 * <p>Every default method returns no facts, so a profession whose rules need none (physiotherapy's
 * practitioner, say) implements only {@link #approvalsFor}. A tool applies the defaults first and then
 * what its user asked for, so the defaults describe the ordinary case a rule set reimburses: a
 * psychologist with an agreement with a network, a programme that ended a week before the first
 * occupational-therapy session, a referral by the right physician.
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

    /**
     * Returns the facts a simulated session of an episode has unless told otherwise, given the rates in
     * force on its date, for professions whose ordinary session changes with the rules in force (a
     * psychology function of the 2021 convention, or of the 2024 convention once it is in force). By
     * default the facts of {@link #defaultSessionFacts(Episode)}.
     *
     * @param episode the episode
     * @param rates the rates in force on the session's date
     * @return the facts
     */
    default Facts defaultSessionFacts(Episode episode, Rates rates) {
        return defaultSessionFacts(episode);
    }

    /**
     * Returns the facts a simulated practitioner of this profession has unless told otherwise: a
     * psychologist's network and network type. Convention (or agreement) periods and the INAMI number
     * are fields of the practitioner, set by the tool.
     *
     * @return the facts; empty by default
     */
    default Facts defaultPractitionerFacts() {
        return Facts.empty();
    }

    /**
     * Returns the facts a simulated episode of a kind has unless told otherwise, given the day of its
     * first session: an occupational-therapy follow-up's centre, convention and programme end.
     *
     * @param kind the episode's kind
     * @param first the day of its first session
     * @return the facts; empty by default
     */
    default Facts defaultEpisodeFacts(EpisodeKind kind, LocalDate first) {
        return Facts.empty();
    }

    /**
     * Returns the facts a simulated prescription for an episode has unless told otherwise: who wrote it
     * (the rehabilitation physician of the episode's centre, a GP's referral).
     *
     * @param episode the episode the prescription is for
     * @return the facts; empty by default
     */
    default Facts defaultPrescriptionFacts(Episode episode) {
        return Facts.empty();
    }
}
