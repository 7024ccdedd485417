package io.github.inamirules.examples.storytelling;

import io.github.inamirules.rates.ParameterSpec;
import io.github.inamirules.rates.ParameterType;
import java.util.List;

/**
 * The names of the storytelling parameters read from rate modules (fictional). Every one must have a
 * value (or an explicit unknown row) on every day a module covers storytelling; the engine checks it
 * when it is built.
 */
public final class StoryParameters {
    /** Last rank of the first band in a calendar year, 10 (ST-03). */
    public static final String FIRST_BAND_MAX = "first_band_max";
    /** Sessions per episode per calendar year, 20 (ST-03). */
    public static final String SESSIONS_MAX = "sessions_max";
    /** Sessions per epic saga per calendar year, 30 (ST-03). */
    public static final String EPIC_SESSIONS_MAX = "epic.sessions_max";
    /** Fixed patient share of an ordinary patient (ST-05). */
    public static final String PATIENT_SHARE_ORDINARY = "patient_share.ordinary";
    /** Fixed patient share of a preferential patient (ST-05). */
    public static final String PATIENT_SHARE_PREFERENTIAL = "patient_share.preferential";

    private StoryParameters() {
    }

    /**
     * Returns the name of the fixed patient share parameter of a patient.
     *
     * @param preferential true for a preferential (BIM) patient
     * @return {@link #PATIENT_SHARE_PREFERENTIAL} or {@link #PATIENT_SHARE_ORDINARY}
     */
    public static String patientShare(boolean preferential) {
        return preferential ? PATIENT_SHARE_PREFERENTIAL : PATIENT_SHARE_ORDINARY;
    }

    /** Every parameter the rule set reads, as its vocabulary declares them. */
    static List<ParameterSpec> all() {
        return List.of(
                ParameterSpec.of(FIRST_BAND_MAX, ParameterType.INTEGER, "sessions",
                        "last rank of the first band in a calendar year", StoryRule.ST_03.id()),
                ParameterSpec.of(SESSIONS_MAX, ParameterType.INTEGER, "sessions",
                        "sessions per episode per calendar year", StoryRule.ST_03.id()),
                ParameterSpec.of(EPIC_SESSIONS_MAX, ParameterType.INTEGER, "sessions",
                        "sessions per epic saga per calendar year", StoryRule.ST_03.id()),
                ParameterSpec.of(PATIENT_SHARE_ORDINARY, ParameterType.MONEY, "EUR",
                        "fixed patient share, ordinary patient", StoryRule.ST_05.id()),
                ParameterSpec.of(PATIENT_SHARE_PREFERENTIAL, ParameterType.MONEY, "EUR",
                        "fixed patient share, preferential patient", StoryRule.ST_05.id()));
    }
}
