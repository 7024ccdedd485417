package io.github.inamirules.etarif;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.assessment.Decision;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code service} of eTarif's tariff response: the request's key (provider, nomenclature code,
 * date) and the insurer's answer, a tariff or a refusal, as our decision gives it.
 *
 * <p>At most one of {@link #tariff()} and {@link #refusal()} is present: a tariff for a reimbursed,
 * priced session, a refusal for a refused one, neither when the amounts or the coverage are unknown
 * (then {@link #decision()} lists what is missing). Immutable and thread-safe.
 *
 * @param sessionId our session id (not an eTarif field), to match the service with its session
 * @param provider {@code service.provider}: the INAMI number of the session's practitioner, if the
 *     history gives one
 * @param identifier {@code service.identifier}: the nomenclature code, if the decision determined one
 * @param date {@code service.date}: the date of service
 * @param tariff {@code service.tariff}, for a reimbursed, priced session
 * @param refusal {@code service.refusal}, for a refused session
 * @param decision the decision the service was made from, for anything eTarif does not carry (band,
 *     supplement, reasons, missing items)
 */
public record TariffService(String sessionId, Optional<String> provider, Optional<String> identifier, LocalDate date,
        Optional<ServiceTariff> tariff, Optional<ServiceRefusal> refusal, Decision decision) {

    /**
     * Creates a service.
     *
     * @param sessionId the session id
     * @param provider the provider's INAMI number, if known
     * @param identifier the nomenclature code, if known
     * @param date the date of service
     * @param tariff the tariff, if the session is reimbursed and priced
     * @param refusal the refusal, if the session is refused
     * @param decision the decision behind it
     * @throws InvalidInputException if both a tariff and a refusal are given
     */
    public TariffService {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(tariff, "tariff");
        Objects.requireNonNull(refusal, "refusal");
        Objects.requireNonNull(decision, "decision");
        if (tariff.isPresent() && refusal.isPresent()) {
            throw InvalidInputException.of("service[" + sessionId + "].refusal", refusal.get().reason().code(),
                    "a service has a tariff or a refusal, not both");
        }
    }
}
