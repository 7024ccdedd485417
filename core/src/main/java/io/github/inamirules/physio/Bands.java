package io.github.inamirules.physio;

/**
 * The stable ids of the physiotherapy bands. Package-private constants; the ids appear in decisions
 * and in the rate modules' {@code codes.psv}.
 */
final class Bands {
    static final String COURANTE_1_9 = "PHYSIO_COURANTE_1_9";
    static final String COURANTE_10_18 = "PHYSIO_COURANTE_10_18";
    static final String DEPASSEMENT = "PHYSIO_DEPASSEMENT";
    static final String FA_FIRST = "PHYSIO_FA_1_20";
    static final String FA_SECOND = "PHYSIO_FA_21_60";
    static final String FA_REDUCED = "PHYSIO_FA_REDUCED";
    static final String FB_FIRST = "PHYSIO_FB_1_60";
    static final String FB_SECOND = "PHYSIO_FB_61_80";
    static final String FB_REDUCED = "PHYSIO_FB_REDUCED";
    static final String E = "PHYSIO_E";
    static final String PERINATAL = "PHYSIO_PERINATAL";
    static final String PALLIATIVE = "PHYSIO_PALLIATIVE";
    static final String PALLIATIVE_SECOND = "PHYSIO_PALLIATIVE_SECOND";
    /** Code-selection band of an approved second session of the day (not palliative). */
    static final String SECOND_SESSION = "PHYSIO_SECOND_SESSION";

    private Bands() {
    }
}
