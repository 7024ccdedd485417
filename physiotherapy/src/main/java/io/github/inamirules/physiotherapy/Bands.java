package io.github.inamirules.physiotherapy;

import java.util.List;

/**
 * The stable ids of the physiotherapy bands: they appear in decisions, in the {@code band} column of
 * the rate modules' code tables, and in scenario files.
 */
public final class Bands {
    /** Courante, sessions 1 to 9 of the pathology in the year (P-19). */
    public static final String COURANTE_1_9 = "PHYSIO_COURANTE_1_9";
    /** Courante, sessions 10 to 18 (P-19). */
    public static final String COURANTE_10_18 = "PHYSIO_COURANTE_10_18";
    /** Courante, dépassement session, from the 19th (P-21). */
    public static final String DEPASSEMENT = "PHYSIO_DEPASSEMENT";
    /** Fa, sessions 1 to 20 (P-28). */
    public static final String FA_FIRST = "PHYSIO_FA_1_20";
    /** Fa, sessions 21 to 60 (21 to 120 for a polytrauma) (P-28). */
    public static final String FA_SECOND = "PHYSIO_FA_21_60";
    /** Fa, beyond the maximum: reduced reimbursement (P-28). */
    public static final String FA_REDUCED = "PHYSIO_FA_REDUCED";
    /** Fb, sessions 1 to 60 of the year (P-30). */
    public static final String FB_FIRST = "PHYSIO_FB_1_60";
    /** Fb, sessions 61 to 80 of the year (P-30, C-04). */
    public static final String FB_SECOND = "PHYSIO_FB_61_80";
    /** Fb, from the 81st session of the year (P-30). */
    public static final String FB_REDUCED = "PHYSIO_FB_REDUCED";
    /** List E (P-32). */
    public static final String E = "PHYSIO_E";
    /** Perinatal (P-35). */
    public static final String PERINATAL = "PHYSIO_PERINATAL";
    /** Palliative at home (P-36). */
    public static final String PALLIATIVE = "PHYSIO_PALLIATIVE";
    /** Palliative at home, second session of the day (P-36). */
    public static final String PALLIATIVE_SECOND = "PHYSIO_PALLIATIVE_SECOND";
    /** Code-selection band of an approved second session of the day, palliative excepted (P-26). */
    public static final String SECOND_SESSION = "PHYSIO_SECOND_SESSION";

    /** Every band, in the order they are listed to people. */
    public static final List<String> ALL = List.of(COURANTE_1_9, COURANTE_10_18, DEPASSEMENT, FA_FIRST, FA_SECOND,
            FA_REDUCED, FB_FIRST, FB_SECOND, FB_REDUCED, E, PERINATAL, PALLIATIVE, PALLIATIVE_SECOND, SECOND_SESSION);

    private Bands() {
    }
}
