package io.github.inamirules.psychology;

/**
 * Who wrote a pilot referral (prescription de renvoi / verwijsvoorschrift, PSY-11, PSY-16). Named in
 * files in lower case with {@code -} ({@code child-psychiatrist}).
 */
public enum PrescriberRole {
    /** General practitioner (médecin généraliste / huisarts). */
    GP,
    /** Psychiatrist. */
    PSYCHIATRIST,
    /** Paediatrician (pédiatre / kinderarts), for beneficiaries under 18. */
    PAEDIATRICIAN,
    /** Child psychiatrist (pédopsychiatre / kinderpsychiater), under 18. */
    CHILD_PSYCHIATRIST,
    /** School doctor (médecin PSE / CPMS, CLB-arts), under 18. */
    SCHOOL_DOCTOR,
    /** Doctor of the child-health service (ONE / Kind en Gezin), under 18. */
    CHILD_HEALTH_DOCTOR,
    /** Geriatrician, for beneficiaries of 65 and more. */
    GERIATRICIAN,
    /** Occupational physician (médecin du travail / arbeidsgeneesheer), during the COVID-19 period. */
    OCCUPATIONAL_PHYSICIAN
}
