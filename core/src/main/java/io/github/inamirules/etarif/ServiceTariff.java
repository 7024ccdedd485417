package io.github.inamirules.etarif;

import io.github.inamirules.model.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * eTarif's {@code service.tariff}: what the insurer would answer for a service it reimburses.
 *
 * <p>{@code fee = reimbursement + patientFee}, as the guide defines the legal fee. Immutable and
 * thread-safe.
 *
 * @param fee {@code tariff.fee}, the legal fee (our {@code Decision.fee()})
 * @param reimbursement {@code tariff.reimbursement}, the amount paid by the insurer (our
 *     {@code Decision.insurance()})
 * @param patientFee {@code tariff.patientFee}, the personal co-payment paid by the patient (our
 *     {@code Decision.patientShare()}, ticket modérateur / remgeld; not our supplement)
 * @param commitment {@code tariff.commitment}, the insurer's approval number of a tariff commitment:
 *     always empty in our view, since only the insurer issues one
 */
public record ServiceTariff(Money fee, Money reimbursement, Money patientFee, Optional<String> commitment) {

    /**
     * Creates a tariff.
     *
     * @param fee the legal fee
     * @param reimbursement the amount paid by the insurer
     * @param patientFee the patient's co-payment
     * @param commitment the commitment number, if any
     * @throws io.github.inamirules.InvalidInputException if {@code fee} is not
     *     {@code reimbursement + patientFee}
     */
    public ServiceTariff {
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(reimbursement, "reimbursement");
        Objects.requireNonNull(patientFee, "patientFee");
        Objects.requireNonNull(commitment, "commitment");
        if (!fee.equals(reimbursement.plus(patientFee))) {
            throw io.github.inamirules.InvalidInputException.of("tariff.fee", fee,
                    "is not reimbursement " + reimbursement + " + patientFee " + patientFee);
        }
    }
}
