package io.github.inamirules.physiotherapy;

import java.util.List;

/**
 * The ids of the physiotherapy counters reported in an assessment's entitlements.
 */
public final class PhysiotherapyCounters {
    /** Courante sessions of one pathology in a calendar year (P-19, P-21). */
    public static final String COURANTE = "PHYSIO_COURANTE";
    /** Dépassement sessions of a calendar year, all pathologies together (P-22). */
    public static final String DEPASSEMENT = "PHYSIO_DEPASSEMENT";
    /** Courante pathologies of a calendar year (P-24). */
    public static final String COURANTE_PATHOLOGIES = "PHYSIO_COURANTE_PATHOLOGIES";
    /** Fa sessions of one pathology in its year from the first session (P-28). */
    public static final String FA = "PHYSIO_FA";
    /** Fb sessions of one pathology in a calendar year (P-30). */
    public static final String FB = "PHYSIO_FB";
    /** E sessions of one pathology in a calendar year, for information (P-33). */
    public static final String E = "PHYSIO_E";
    /** Perinatal sessions of one pregnancy (P-35). */
    public static final String PERINATAL = "PHYSIO_PERINATAL";

    /** Sessions of one pathology without a prescription, under direct access (P-42). */
    public static final String DIRECT_ACCESS = "PHYSIO_DIRECT_ACCESS";

    /** Every counter. */
    public static final List<String> ALL = List.of(COURANTE, DEPASSEMENT, COURANTE_PATHOLOGIES, FA, FB, E,
            PERINATAL, DIRECT_ACCESS);

    private PhysiotherapyCounters() {
    }
}
