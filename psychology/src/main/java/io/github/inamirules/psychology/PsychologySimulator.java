package io.github.inamirules.psychology;

import io.github.inamirules.model.Approval;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.Episode;
import io.github.inamirules.model.Facts;
import io.github.inamirules.rates.Rates;
import io.github.inamirules.rules.Simulator;
import java.time.LocalDate;
import java.util.List;

/**
 * What a simulated psychology history needs to be decided on its merits: no approval (the conventions
 * have none; the pilot's referral is the prescription), a psychologist agreed with an adults' network
 * for every function, referrals by a GP (PSY-16), and individual sessions of the ordinary function of
 * the convention in force — first-line care under the 2021 convention, first-line support under the 2024
 * one (PSY-40), whose caps are sourced. Stateless and thread-safe.
 */
final class PsychologySimulator implements Simulator {
    /** The network of a simulated psychologist. */
    static final String NETWORK = "network-1";

    @Override
    public List<Approval> approvalsFor(CareHistory history, Episode episode, LocalDate first, LocalDate last,
            Rates rates) {
        return List.of();
    }

    @Override
    public Facts defaultSessionFacts(Episode episode, Rates rates) {
        PsyFunction function = rates.flag(PsyParameters.CONV_2024_IN_FORCE) ? PsyFunction.FIRST_LINE_SUPPORT
                : PsyFunction.FIRST_LINE;
        return ClinicalPsychology.session(function, SessionType.INDIVIDUAL);
    }

    @Override
    public Facts defaultPractitionerFacts() {
        return Facts.builder().put(PsychologyFacts.NETWORK, NETWORK).put(PsychologyFacts.NETWORK_TYPE, NetworkType.ADULTS)
                .build();
    }

    @Override
    public Facts defaultPrescriptionFacts(Episode episode) {
        return Facts.of(PsychologyFacts.PRESCRIBER_ROLE, PrescriberRole.GP);
    }
}
