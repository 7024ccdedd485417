package io.github.inamirules.occupational;

/**
 * Where a session took place, written on the session as {@link OccupationalTherapyFacts#PLACE} and,
 * for a session held partly elsewhere, {@link OccupationalTherapyFacts#ALSO_AT}.
 *
 * <p>The habitual living environment (cadre habituel de vie / gebruikelijk levenskader) is every place
 * the person goes in daily life except the specialised centre, any care establishment or service,
 * housing for people with disabilities, rest homes, nursing homes, psychiatric nursing homes and a care
 * provider's practice (ERGO-11). Home, shops and workplaces are therefore in it.
 *
 * <p>Names in files: {@code home}, {@code shop}, {@code workplace}, {@code daily-life},
 * {@code rehabilitation-centre}, {@code care-institution}, {@code practice}.
 *
 * @see <a href="https://www.inami.fgov.be/nl/thema-s/verzorging-kosten-en-terugbetaling/wat-het-ziekenfonds-terugbetaalt/verzorging-in-gespecialiseerde-centra/ergotherapie">ERGO-11 source</a>
 */
public enum Place {
    /** The patient's home. */
    HOME(true),
    /** A shop. */
    SHOP(true),
    /** The patient's workplace. */
    WORKPLACE(true),
    /** Any other place the patient goes in daily life (a school, a club, the street…). */
    DAILY_LIFE(true),
    /** The specialised rehabilitation centre. */
    REHABILITATION_CENTRE(false),
    /** A care establishment or service, a rest home, a nursing home, a psychiatric nursing home, housing for people with disabilities. */
    CARE_INSTITUTION(false),
    /** A care provider's practice, the occupational therapist's included. */
    PRACTICE(false);

    private final boolean livingEnvironment;

    Place(boolean livingEnvironment) {
        this.livingEnvironment = livingEnvironment;
    }

    /**
     * Tells whether the place belongs to the habitual living environment (ERGO-11).
     *
     * @return true for home, shop, workplace and other places of daily life
     */
    public boolean isLivingEnvironment() {
        return livingEnvironment;
    }
}
