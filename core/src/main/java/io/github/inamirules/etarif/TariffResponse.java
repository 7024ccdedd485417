package io.github.inamirules.etarif;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.Session;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An assessment in the shape of MyCareNet eTarif's tariff response ({@code BeModeleTariffResponse}):
 * the patient, then one {@link TariffService} per session, in the assessment's order.
 *
 * <pre>{@code
 * TariffResponse response = TariffResponse.of(history, engine.assess(history));
 * TariffService s = response.service("back-55");
 * s.refusal().get().reason();             // MAXIMUM_REACHED, "002"
 * s.refusal().get().serviceIdentifier();  // the 54th session's code, 560055
 * }</pre>
 *
 * <p>The package documentation says how each field maps to our decision. Immutable and thread-safe.
 */
public final class TariffResponse {
    private final String patient;
    private final List<TariffService> services;

    private TariffResponse(String patient, List<TariffService> services) {
        this.patient = patient;
        this.services = List.copyOf(services);
    }

    /**
     * Returns the eTarif view of an assessment.
     *
     * @param history the care history that was assessed: it gives the patient and each session's
     *     practitioner
     * @param assessment the engine's assessment of that history
     * @return the view, one service per decision
     * @throws InvalidInputException if a decision is of a session the history does not have
     */
    public static TariffResponse of(CareHistory history, Assessment assessment) {
        if (history == null) {
            throw new NullValueException("history");
        }
        if (assessment == null) {
            throw new NullValueException("assessment");
        }
        Map<String, Session> sessions = history.sessions().stream()
                .collect(Collectors.toMap(Session::id, Function.identity()));
        List<TariffService> services = assessment.decisions().stream()
                .map(d -> service(history, sessions, assessment, d)).toList();
        return new TariffResponse(history.patient().id(), services);
    }

    private static TariffService service(CareHistory history, Map<String, Session> sessions, Assessment assessment,
            Decision d) {
        Session session = sessions.get(d.sessionId());
        if (session == null) {
            throw InvalidInputException.of("assessment.sessionId", d.sessionId(), "is not a session of the history");
        }
        Optional<String> provider = history.practitioner(session.practitionerId()).inamiNumber();
        return new TariffService(d.sessionId(), provider, d.nomenclatureCode(), d.date(), tariff(d),
                refusal(assessment, d), d);
    }

    private static Optional<ServiceTariff> tariff(Decision d) {
        if (d.outcome() != Outcome.REIMBURSED || !d.isPriced()) {
            return Optional.empty();
        }
        return Optional.of(new ServiceTariff(d.fee().orElseThrow(), d.insurance().orElseThrow(),
                d.patientShare().orElseThrow(), Optional.empty()));
    }

    private static Optional<ServiceRefusal> refusal(Assessment assessment, Decision d) {
        if (d.outcome() != Outcome.REFUSED) {
            return Optional.empty();
        }
        Optional<Decision> justifying = d.usedUpBy().map(assessment::decision);
        return Optional.of(new ServiceRefusal(d.refusalCode().orElseThrow(),
                justifying.flatMap(Decision::nomenclatureCode), justifying.map(Decision::date)));
    }

    /**
     * Returns eTarif's {@code patient}: the patient's id in the history.
     *
     * @return the patient id
     */
    public String patient() {
        return patient;
    }

    /**
     * Returns the services, one per decision of the assessment, in its order.
     *
     * @return the services
     */
    public List<TariffService> services() {
        return services;
    }

    /**
     * Returns the service of one session.
     *
     * @param sessionId the session id
     * @return its service
     * @throws InvalidInputException if no session has that id
     */
    public TariffService service(String sessionId) {
        if (sessionId == null) {
            throw new NullValueException("sessionId");
        }
        return services.stream().filter(s -> s.sessionId().equals(sessionId)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("sessionId", sessionId, "is not in the view"));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof TariffResponse other && patient.equals(other.patient)
                && services.equals(other.services);
    }

    @Override
    public int hashCode() {
        return patient.hashCode() * 31 + services.hashCode();
    }

    /** Returns a short summary for logs and debuggers, without the patient id (personal data). */
    @Override
    public String toString() {
        return "TariffResponse[" + services.size() + " services]";
    }
}
