package io.github.inamirules.physiotherapy;

import java.util.List;

/**
 * The ids of the physiotherapy counters reported in an assessment's entitlements. A counter whose
 * limit moves a session to another band rather than refusing it stops at its limit; the sessions
 * beyond it are in a counter of their own ({@code PHYSIO_COURANTE} 18 of 18 and
 * {@code PHYSIO_COURANTE_BEYOND_18} 3, never "21 of 18").
 */
public final class PhysiotherapyCounters {
    /** Courante sessions 1–18 of one pathology in a calendar year, at the normal reimbursement (P-19). */
    public static final String COURANTE = "PHYSIO_COURANTE";
    /** Courante sessions from the 19th of one pathology in a calendar year, dépassement sessions (P-21). */
    public static final String COURANTE_BEYOND = "PHYSIO_COURANTE_BEYOND_18";
    /** Dépassement sessions of a calendar year, all pathologies together (P-22). */
    public static final String DEPASSEMENT = "PHYSIO_DEPASSEMENT";
    /** Courante pathologies of a calendar year (P-24). */
    public static final String COURANTE_PATHOLOGIES = "PHYSIO_COURANTE_PATHOLOGIES";
    /** Fa sessions of one pathology in its year from the first session, up to the maximum at the best rate (P-28). */
    public static final String FA = "PHYSIO_FA";
    /** Fa sessions of one pathology in its year beyond the maximum, at the reduced rate (P-28). */
    public static final String FA_BEYOND = "PHYSIO_FA_BEYOND_MAX";
    /** Fb sessions 1–60 of one pathology in a calendar year (P-30). */
    public static final String FB = "PHYSIO_FB";
    /** Fb sessions from the 61st of one pathology in a calendar year: 61–80, then reduced (P-30). */
    public static final String FB_BEYOND = "PHYSIO_FB_BEYOND_60";
    /** E sessions of one pathology in a calendar year, for information (P-33). */
    public static final String E = "PHYSIO_E";
    /** Perinatal sessions of one pregnancy (P-35). */
    public static final String PERINATAL = "PHYSIO_PERINATAL";

    /** Sessions of one pathology without a prescription, under direct access (P-42). */
    public static final String DIRECT_ACCESS = "PHYSIO_DIRECT_ACCESS";

    /** Every counter. */
    public static final List<String> ALL = List.of(COURANTE, COURANTE_BEYOND, DEPASSEMENT, COURANTE_PATHOLOGIES, FA,
            FA_BEYOND, FB, FB_BEYOND, E, PERINATAL, DIRECT_ACCESS);

    private PhysiotherapyCounters() {
    }
}
