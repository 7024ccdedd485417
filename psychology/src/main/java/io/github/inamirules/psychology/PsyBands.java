package io.github.inamirules.psychology;

import java.util.List;

/**
 * The stable ids of the clinical-psychology bands: what a reimbursed session is, for people and for
 * the {@code band} column of the rate modules' code tables. The rank of a banded session is its rank
 * in the counter that decided it.
 */
public final class PsyBands {
    /** Pilot: the first, 60-minute session (PSY-13). */
    public static final String PILOT_FIRST = "PSY_PILOT_FIRST_SESSION";
    /** Pilot: a next, 45-minute session (PSY-13). */
    public static final String PILOT_NEXT = "PSY_PILOT_SESSION";
    /** 2021: first-line care, individual or entourage session. */
    public static final String FIRST_LINE_INDIVIDUAL = "PSY_2021_FIRST_LINE_INDIVIDUAL";
    /** 2021: first-line care, group session. */
    public static final String FIRST_LINE_GROUP = "PSY_2021_FIRST_LINE_GROUP";
    /** 2021: specialised care, individual or entourage session. */
    public static final String SPECIALISED_INDIVIDUAL = "PSY_2021_SPECIALISED_INDIVIDUAL";
    /** 2021: specialised care, group session. */
    public static final String SPECIALISED_GROUP = "PSY_2021_SPECIALISED_GROUP";
    /** 2024: community intervention (function 1). */
    public static final String COMMUNITY = "PSY_2024_COMMUNITY_INTERVENTION";
    /** 2024: first-line support, individual or entourage (function 2). */
    public static final String SUPPORT_INDIVIDUAL = "PSY_2024_SUPPORT_INDIVIDUAL";
    /** 2024: first-line support, group. */
    public static final String SUPPORT_GROUP = "PSY_2024_SUPPORT_GROUP";
    /** 2024: first-line treatment, individual or entourage (function 3). */
    public static final String TREATMENT_INDIVIDUAL = "PSY_2024_TREATMENT_INDIVIDUAL";
    /** 2024: first-line treatment, group. */
    public static final String TREATMENT_GROUP = "PSY_2024_TREATMENT_GROUP";

    /** Every band, in the order they are listed to people. */
    public static final List<String> ALL = List.of(PILOT_FIRST, PILOT_NEXT, FIRST_LINE_INDIVIDUAL, FIRST_LINE_GROUP,
            SPECIALISED_INDIVIDUAL, SPECIALISED_GROUP, COMMUNITY, SUPPORT_INDIVIDUAL, SUPPORT_GROUP, TREATMENT_INDIVIDUAL,
            TREATMENT_GROUP);

    private PsyBands() {
    }

    /**
     * Returns the band of a network session.
     *
     * @param function its function
     * @param group true for a group session
     * @return the band id
     */
    static String of(PsyFunction function, boolean group) {
        switch (function) {
            case FIRST_LINE:
                return group ? FIRST_LINE_GROUP : FIRST_LINE_INDIVIDUAL;
            case SPECIALISED:
                return group ? SPECIALISED_GROUP : SPECIALISED_INDIVIDUAL;
            case COMMUNITY_INTERVENTION:
                return COMMUNITY;
            case FIRST_LINE_SUPPORT:
                return group ? SUPPORT_GROUP : SUPPORT_INDIVIDUAL;
            default:
                return group ? TREATMENT_GROUP : TREATMENT_INDIVIDUAL;
        }
    }
}
