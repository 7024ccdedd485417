package io.github.inamirules.psychology;

/**
 * The profession title of the practitioner (PSY-01): both are covered alike; the fact is informational.
 */
public enum Qualification {
    /** Clinical psychologist (psychologue clinicien / klinisch psycholoog). */
    CLINICAL_PSYCHOLOGIST,
    /** Clinical orthopedagogue (orthopédagogue clinicien / klinisch orthopedagoog). */
    CLINICAL_ORTHOPEDAGOGUE
}
