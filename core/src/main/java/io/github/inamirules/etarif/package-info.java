/**
 * The MyCareNet eTarif view of an assessment: per session, the fields of eTarif's tariff response,
 * so billing software can set our answer beside the one its insurer gives.
 *
 * <p>eTarif is the insurers' (mutualités / ziekenfondsen) tariff consultation through MyCareNet. Its
 * HL7 Belgium implementation guide ({@code hl7-be/etariff}, logical model
 * {@code BeModeleTariffResponse}, code system {@code BeCSRefusalValues}) answers each requested
 * service, keyed by the provider's INAMI number, the nomenclature code and the date, with a tariff or
 * a refusal. {@link io.github.inamirules.etarif.TariffResponse#of TariffResponse.of(history,
 * assessment)} gives one {@link io.github.inamirules.etarif.TariffService} per decision, named after
 * the guide's elements:
 * <ul>
 *   <li>{@code service.provider}, {@code service.identifier}, {@code service.date}: the session's
 *       practitioner's INAMI number, the decision's nomenclature code and the date of service;</li>
 *   <li>{@code service.tariff.fee} ("legal fee for the service (reimbursement amount +
 *       co-payment)"): our {@code Decision.fee()};</li>
 *   <li>{@code service.tariff.reimbursement} ("amount paid by insurer"): our
 *       {@code Decision.insurance()};</li>
 *   <li>{@code service.tariff.patientFee} ("personal co-payment paid by the patient"): our
 *       {@code Decision.patientShare()}, the ticket modérateur / remgeld. It is <em>not</em> our
 *       {@code Decision.supplement()}: the supplement a non-conventioned practitioner charges above the
 *       official fee is no part of the insurer's answer and has no eTarif field (the decision still has
 *       it). The guide's first draft (13 April 2023) called this element {@code tariff.supplement}; it
 *       was renamed {@code patientFee} the next day and is so named since;</li>
 *   <li>{@code service.tariff.commitment} (the insurer's approval number of a tariff commitment): only
 *       the insurer issues one, so it is always empty here;</li>
 *   <li>{@code service.refusal.reason}: the decision's {@link io.github.inamirules.assessment.RefusalCode}
 *       (codes 001 to 010 of {@code BeCSRefusalValues}); {@code service.refusal.serviceIdentifier} and
 *       {@code service.refusal.serviceDate} (called {@code refusal.code} and {@code refusal.date} in the
 *       first draft): the nomenclature code and date of the session that justifies the refusal, our
 *       {@code Decision.usedUpBy()}.</li>
 * </ul>
 *
 * <p>Decisions taken where the design left a choice:
 * <ul>
 *   <li>A package of its own, not part of {@code assessment}: it maps our decisions onto an outside
 *       vocabulary whose names we follow exactly, and the assessment does not depend on it.
 *       {@code RefusalCode} stays in {@code assessment}, since every refused decision carries one.</li>
 *   <li>A service has a tariff only when the insurer's would have every amount: a reimbursed, priced
 *       session. A refused session has a refusal and no tariff. A session we cannot price (no source
 *       gives the fee) or whose coverage we cannot decide has neither: the view never fills an unknown
 *       with a guess, and {@link io.github.inamirules.etarif.TariffService#decision()} lists what is
 *       missing.</li>
 *   <li>Our fee is the one the session is attested at: when the practitioner asked less than the
 *       official fee, it is the lower fee, where the insurer's {@code fee} would be the unit price.</li>
 *   <li>A refused session has no nomenclature code of its own when the rules refused it before a band
 *       was chosen: its {@code identifier} is then empty; billing software matches it by session id,
 *       provider and date.</li>
 *   <li>The view keeps our session id beside the guide's fields, so every service points back to its
 *       decision.</li>
 * </ul>
 */
@org.jspecify.annotations.NullMarked
package io.github.inamirules.etarif;
