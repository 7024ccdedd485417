package io.github.inamirules.occupational;

/**
 * Who wrote a prescription, written on it as {@link OccupationalTherapyFacts#PRESCRIBER_ROLE}. Only the
 * rehabilitation physician (médecin spécialiste en réadaptation / revalidatiearts) of the centre where
 * the programme took place may prescribe (ERGO-14); a GP, an assistant or another physician may not.
 *
 * <p>Names in files: {@code rehabilitation-physician}, {@code assistant-rehabilitation-physician},
 * {@code general-practitioner}, {@code other-physician}.
 */
public enum PrescriberRole {
    /** A specialist in physical medicine and rehabilitation. */
    REHABILITATION_PHYSICIAN,
    /** An assistant (physician in training) in rehabilitation. */
    ASSISTANT_REHABILITATION_PHYSICIAN,
    /** The patient's general practitioner. */
    GENERAL_PRACTITIONER,
    /** Any other physician. */
    OTHER_PHYSICIAN
}
