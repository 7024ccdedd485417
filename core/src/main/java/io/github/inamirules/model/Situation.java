package io.github.inamirules.model;

/**
 * The pathological situation a physiotherapy treatment falls under, which decides what is counted,
 * over which period, and which approval is needed. Each maps one to one to a MyCareNet agreement
 * type, so billing software can file the same data with the insurers.
 *
 * <p>Sources: shared/research/physio.md rules P-19 to P-36.
 */
public enum Situation {
    /** Pathologie courante / courante aandoening: 18 sessions per pathology per calendar year (P-19). */
    COURANTE("physiotherapy-common"),
    /** List Fa, acute functional limitation: 60 sessions (120 polytrauma) in 365 days (P-28). */
    FA("physiotherapy-fa"),
    /** List Fb, chronic: until 31 December of the second year after the first session (P-30). */
    FB("physiotherapy-fb"),
    /** List E, pathologies lourdes / zware aandoeningen: médecin-conseil accord (P-32). */
    E("physiotherapy-e"),
    /** Perinatal physiotherapy: 9 sessions per pregnancy (P-35). */
    PERINATAL("physiotherapy-maternity"),
    /** Palliative patient at home: every session 564211, no patient share (P-36). */
    PALLIATIVE_HOME("physiotherapy-palliative");

    private final String myCareNetAgreementType;

    Situation(String myCareNetAgreementType) {
        this.myCareNetAgreementType = myCareNetAgreementType;
    }

    /**
     * Returns the MyCareNet agreement type of the situation. For {@link #COURANTE} the MyCareNet
     * type depends on the pathology's rank in the year ({@code physiotherapy-common-1} or
     * {@code physiotherapy-common-2-and-more}); this returns the common prefix.
     *
     * @return the agreement type, e.g. {@code "physiotherapy-fa"}
     */
    public String myCareNetAgreementType() {
        return myCareNetAgreementType;
    }
}
