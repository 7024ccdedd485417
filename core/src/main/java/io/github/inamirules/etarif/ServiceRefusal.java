package io.github.inamirules.etarif;

import io.github.inamirules.assessment.RefusalCode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * eTarif's {@code service.refusal}: why the insurer would refuse a service, and which earlier service
 * justifies it.
 *
 * <p>The guide gives the justifying service for refusals 002 (maximum reached), 003 (already
 * reimbursed for this location) and 010 (cannot be combined); here it is given whenever the decision
 * names the session that used the entitlement up. Immutable and thread-safe.
 *
 * @param reason {@code refusal.reason}, a code of {@code BeCSRefusalValues}
 * @param serviceIdentifier {@code refusal.serviceIdentifier}, the nomenclature code of the service
 *     justifying the refusal
 * @param serviceDate {@code refusal.serviceDate}, the date of the service justifying the refusal
 */
public record ServiceRefusal(RefusalCode reason, Optional<String> serviceIdentifier, Optional<LocalDate> serviceDate) {

    /**
     * Creates a refusal.
     *
     * @param reason the refusal code
     * @param serviceIdentifier the justifying service's nomenclature code, if known
     * @param serviceDate the justifying service's date, if known
     */
    public ServiceRefusal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(serviceIdentifier, "serviceIdentifier");
        Objects.requireNonNull(serviceDate, "serviceDate");
    }
}
