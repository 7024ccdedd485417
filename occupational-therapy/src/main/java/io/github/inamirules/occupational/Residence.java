package io.github.inamirules.occupational;

/**
 * Where the patient lives on the day of a session, written on the session as
 * {@link OccupationalTherapyFacts#RESIDENCE}; {@link #HOME} when absent. A patient living in a care
 * institution has not returned to a habitual living environment (ERGO-10, ERGO-11), so no service is
 * covered while they live there.
 *
 * <p>Names in files: {@code home}, {@code rest-home}, {@code nursing-home},
 * {@code psychiatric-nursing-home}, {@code disability-housing}, {@code other-care-institution}.
 *
 * @see <a href="http://www.riziv.fgov.be/fr/themes/cout-remboursement/par-mutualite/centres-reeducation/Pages/ergotherapie-intervention-couts-prestations-ergotherapie.aspx">ERGO-11 source</a>
 */
public enum Residence {
    /** A private home (the patient's own, a relative's…). */
    HOME,
    /** A rest home (maison de repos / rusthuis). */
    REST_HOME,
    /** A nursing home (maison de repos et de soins, MRS / rust- en verzorgingstehuis, RVT). */
    NURSING_HOME,
    /** A psychiatric nursing home (maison de soins psychiatriques / psychiatrisch verzorgingstehuis). */
    PSYCHIATRIC_NURSING_HOME,
    /** Housing for people with disabilities (établissement d'hébergement / opvangplaats). */
    DISABILITY_HOUSING,
    /** Any other care institution. */
    OTHER_CARE_INSTITUTION
}
