package io.github.inamirules.psychology;

import java.util.List;

/**
 * The ids of the clinical-psychology counters reported in an assessment's entitlements. All count the
 * beneficiary's accepted sessions across psychologists and care paths; the rolling ones over the 12
 * months that end with each session.
 */
public final class PsyCounters {
    /** Pilot sessions of a calendar year (PSY-12). */
    public static final String PILOT_YEAR = "PSY_PILOT_YEAR";
    /** 2021, first-line individual sessions, rolling 12 months (PSY-25). */
    public static final String FIRST_LINE_INDIVIDUAL = "PSY_2021_FIRST_LINE_INDIVIDUAL";
    /** 2021, first-line group sessions, rolling 12 months. */
    public static final String FIRST_LINE_GROUP = "PSY_2021_FIRST_LINE_GROUP";
    /** 2021, specialised individual sessions, rolling 12 months. */
    public static final String SPECIALISED_INDIVIDUAL = "PSY_2021_SPECIALISED_INDIVIDUAL";
    /** 2021, specialised group sessions, rolling 12 months. */
    public static final String SPECIALISED_GROUP = "PSY_2021_SPECIALISED_GROUP";
    /** 2024, support individual sessions, rolling 12 months (PSY-44). */
    public static final String SUPPORT_INDIVIDUAL = "PSY_2024_SUPPORT_INDIVIDUAL";
    /** 2024, treatment individual sessions, rolling 12 months (PSY-44). */
    public static final String TREATMENT_INDIVIDUAL = "PSY_2024_TREATMENT_INDIVIDUAL";
    /** 2024, group sessions of every function, rolling 12 months, for information: no cap (PSY-45 §2). */
    public static final String GROUPS = "PSY_2024_GROUPS";

    /** Every counter. */
    public static final List<String> ALL = List.of(PILOT_YEAR, FIRST_LINE_INDIVIDUAL, FIRST_LINE_GROUP,
            SPECIALISED_INDIVIDUAL, SPECIALISED_GROUP, SUPPORT_INDIVIDUAL, TREATMENT_INDIVIDUAL, GROUPS);

    private PsyCounters() {
    }

    /**
     * Returns the counter of a 2021 session.
     *
     * @param function first-line or specialised
     * @param group true for a group session
     * @return the counter id
     */
    static String of2021(PsyFunction function, boolean group) {
        if (function == PsyFunction.SPECIALISED) {
            return group ? SPECIALISED_GROUP : SPECIALISED_INDIVIDUAL;
        }
        return group ? FIRST_LINE_GROUP : FIRST_LINE_INDIVIDUAL;
    }
}
