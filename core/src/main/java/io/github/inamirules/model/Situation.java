package io.github.inamirules.model;

import java.util.Optional;

/**
 * The pathological situation a physiotherapy treatment falls under, which decides what is counted,
 * over which period, and which approval is needed. Each maps one to one to a MyCareNet agreement
 * type, so billing software can file the same data with the insurers.
 *
 * <p>Sources: shared/research/physio.md rules P-19 to P-36.
 */
public enum Situation {
    /** Pathologie courante / courante aandoening: 18 sessions per pathology per calendar year (P-19). */
    COURANTE("physiotherapy-common", null),
    /** List Fa, acute functional limitation: 60 sessions (120 polytrauma) in 365 days (P-28). */
    FA("physiotherapy-fa", ApprovalKind.FA_NOTIFICATION),
    /** List Fb, chronic: until 31 December of the second year after the first session (P-30). */
    FB("physiotherapy-fb", ApprovalKind.FB_NOTIFICATION),
    /** List E, pathologies lourdes / zware aandoeningen: médecin-conseil accord (P-32). */
    E("physiotherapy-e", ApprovalKind.E_AGREEMENT),
    /** Perinatal physiotherapy: 9 sessions per pregnancy (P-35). */
    PERINATAL("physiotherapy-maternity", null),
    /** Palliative patient at home: every session 564211, no patient share (P-36). */
    PALLIATIVE_HOME("physiotherapy-palliative", null);

    private final String myCareNetAgreementType;
    private final ApprovalKind requiredApproval;

    Situation(String myCareNetAgreementType, ApprovalKind requiredApproval) {
        this.myCareNetAgreementType = myCareNetAgreementType;
        this.requiredApproval = requiredApproval;
    }

    /**
     * Returns the médecin-conseil approval every session of this situation needs: a notification for
     * Fa and Fb (P-27), an accord for E (P-32), none for the others. (A second or third courante
     * pathology of a year needs an approval too, P-24, but that depends on the year, not the
     * situation.)
     *
     * @return the approval kind, if the situation needs one
     */
    public Optional<ApprovalKind> requiredApproval() {
        return Optional.ofNullable(requiredApproval);
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
