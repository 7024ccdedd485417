package io.github.inamirules.psychology;

import io.github.inamirules.rates.ParameterSpec;
import io.github.inamirules.rates.ParameterType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The names of the clinical-psychology parameters read from rate modules, with the day from which each
 * is required ({@link ParameterSpec#requiredFrom}): the pilot's from always, the networks' from
 * 2021-09-01, the 2024 convention's from 2024-04-01, free care's age from 2024-02-01.
 *
 * <p>The kernel's specifications have a first day but no last one, so a module of a year after a
 * scheme ended still gives that scheme's parameters, as explicit {@code unknown} rows whose note says
 * they are not in force; the rules read them only while the scheme's {@code *.in_force} switch is true.
 */
public final class PsyParameters {
    /** The first day of the 2021 convention, from which network parameters are required (PSY-20). */
    static final LocalDate NETWORKS_FROM = LocalDate.of(2021, 9, 1);
    /** The first day of free care up to 23 (PSY-42, C-7). */
    static final LocalDate FREE_CARE_FROM = LocalDate.of(2024, 2, 1);
    /** The first day of the 2024 convention (PSY-40). */
    static final LocalDate CONV_2024_FROM = LocalDate.of(2024, 4, 1);

    /** Whether the pilot is in force (PSY-10, C-5). */
    public static final String PILOT_IN_FORCE = "pilot.in_force";
    /** Whether the 2021 convention is in force (PSY-20, C-5). */
    public static final String CONV_2021_IN_FORCE = "conv2021.in_force";
    /** Whether the 2024 convention is in force (PSY-40, PSY-48). */
    public static final String CONV_2024_IN_FORCE = "conv2024.in_force";
    /** Personal share of an individual session, ordinary patient (PSY-18, PSY-28, PSY-43). */
    public static final String SHARE_ORDINARY = "share.individual.ordinary";
    /** Personal share of an individual session, preferential (BIM) patient. */
    public static final String SHARE_PREFERENTIAL = "share.individual.preferential";

    /** Pilot: sessions per referral (PSY-12). */
    public static final String PILOT_SERIES_SESSIONS = "pilot.series_sessions";
    /** Pilot: sessions per calendar year, all psychologists (PSY-12). */
    public static final String PILOT_SESSIONS_PER_YEAR = "pilot.sessions_per_year";
    /** Pilot: a series ends after more than this many months without a session (PSY-14). */
    public static final String PILOT_SERIES_GAP_MONTHS = "pilot.series_gap_months";
    /** Pilot: duration of the first session (PSY-13). */
    public static final String PILOT_FIRST_MINUTES = "pilot.first_session_minutes";
    /** Pilot: duration of the next sessions (PSY-13). */
    public static final String PILOT_MINUTES = "pilot.session_minutes";
    /** Pilot: youngest age of the adult target group, and age of adult referrers (PSY-10, PSY-16). */
    public static final String PILOT_AGE_MIN = "pilot.age_min";
    /** Pilot: oldest age of the adult target group; above it a geriatrician may refer (PSY-10, PSY-16). */
    public static final String PILOT_AGE_MAX = "pilot.age_max";
    /** Pilot: whether every age is covered (PSY-16). */
    public static final String PILOT_ALL_AGES = "pilot.all_ages";
    /** Pilot: whether video sessions are allowed (PSY-15). */
    public static final String PILOT_VIDEO = "pilot.video_allowed";
    /** Pilot: whether an occupational physician may refer (PSY-16, COVID-19 period). */
    public static final String PILOT_OCCUPATIONAL = "pilot.occupational_physician_allowed";
    /** Pilot: fee of the first (60-minute) session (R01). */
    public static final String PILOT_FEE_FIRST = "pilot.fee.first_session";
    /** Pilot: fee of a next (45-minute) session (R02). */
    public static final String PILOT_FEE = "pilot.fee.session";
    /** Pilot, C-1: the alternative ordinary personal share other sources give. */
    public static final String PILOT_ALT_SHARE = "pilot.alternative.share.ordinary";
    /** Pilot, C-1: the alternative fee of the first session. */
    public static final String PILOT_ALT_FEE_FIRST = "pilot.alternative.fee.first_session";
    /** Pilot, C-1: the alternative fee of a next session. */
    public static final String PILOT_ALT_FEE = "pilot.alternative.fee.session";

    /** Networks: oldest age in the children and adolescents network (PSY-22). */
    public static final String CHILDREN_MAX_AGE = "network.children.max_age";
    /** Networks: youngest age in the adults network (PSY-22). */
    public static final String ADULTS_MIN_AGE = "network.adults.min_age";
    /** Networks: months during which a beneficiary stays in one network category (PSY-23). */
    public static final String CATEGORY_MONTHS = "network.category_months";
    /** Networks: length of the period the caps count over, in months (PSY-25, PSY-44). */
    public static final String CAP_MONTHS = "network.cap_period_months";
    /** Networks: sessions per day and beneficiary, entourage sessions excepted (PSY-30, PSY-45 §3). */
    public static final String SESSIONS_PER_DAY = "sessions_per_day_max";
    /** Networks: whether the first individual session of a care path is free (PSY-27, PSY-43). */
    public static final String FIRST_SESSION_FREE = "first_individual_session.free";
    /** Networks: personal share of a group session (PSY-28, PSY-43). */
    public static final String SHARE_GROUP = "share.group";
    /** Networks: fee of an individual session (PSY-29; Q-1 for 2024). */
    public static final String FEE_INDIVIDUAL = "fee.individual";
    /** Networks: fee of a group session, per participant (PSY-29; Q-1). */
    public static final String FEE_GROUP = "fee.group";
    /** Networks: whether care is free up to an age (PSY-42). */
    public static final String FREE_CARE = "free_care.in_force";
    /** Networks: oldest age of free care (PSY-42, C-6). */
    public static final String FREE_CARE_MAX_AGE = "free_care.max_age";

    /** 2021: individual sessions allowed before, and after, a group series (PSY-26). */
    public static final String CONV_2021_AROUND_GROUP = "conv2021.individual_around_group";

    /** 2024: oldest age of the young beneficiaries' caps (PSY-44). */
    public static final String CONV_2024_YOUNG_MAX_AGE = "conv2024.young.max_age";
    /** 2024: personal share of a community intervention (PSY-43, Q-10). */
    public static final String CONV_2024_SHARE_COMMUNITY = "conv2024.share.community";
    /** Suffix of the companion of an unknown cap: the rank up to which sessions are decided. */
    public static final String KNOWN_MINIMUM = ".known_minimum";

    private PsyParameters() {
    }

    /**
     * Returns the name of a 2021 cap per 12 months (PSY-25, T-LIM-2021).
     *
     * @param network the network type
     * @param function {@link PsyFunction#FIRST_LINE} or {@link PsyFunction#SPECIALISED}
     * @param group true for group sessions
     * @return e.g. {@code "conv2021.cap.adults.first_line.group"}
     */
    public static String cap2021(NetworkType network, PsyFunction function, boolean group) {
        return "conv2021.cap." + (network == NetworkType.ADULTS ? "adults" : "children") + "."
                + (function == PsyFunction.SPECIALISED ? "specialised" : "first_line") + "."
                + (group ? "group" : "individual");
    }

    /**
     * Returns the name of a 2024 individual cap per 12 months (PSY-44).
     *
     * @param young true for a beneficiary up to {@link #CONV_2024_YOUNG_MAX_AGE}
     * @param function {@link PsyFunction#FIRST_LINE_SUPPORT} or {@link PsyFunction#FIRST_LINE_TREATMENT}
     * @return e.g. {@code "conv2024.cap.adults.support.individual"}
     */
    public static String cap2024(boolean young, PsyFunction function) {
        return "conv2024.cap." + (young ? "young" : "adults") + "."
                + (function == PsyFunction.FIRST_LINE_TREATMENT ? "treatment" : "support") + ".individual";
    }

    /**
     * Returns every parameter the rule set reads, as its vocabulary declares them.
     *
     * @return the specifications
     */
    static List<ParameterSpec> all() {
        List<ParameterSpec> s = new ArrayList<>();
        s.add(flag(PILOT_IN_FORCE, "the pilot with referral is in force", "PSY-10"));
        s.add(flag(CONV_2021_IN_FORCE, "the 2021 network convention is in force", "PSY-20"));
        s.add(flag(CONV_2024_IN_FORCE, "the 2024 network convention is in force", "PSY-40"));
        s.add(money(SHARE_ORDINARY, "personal share of an individual session, ordinary patient", "PSY-18"));
        s.add(money(SHARE_PREFERENTIAL, "personal share of an individual session, preferential patient", "PSY-18"));
        s.add(integer(PILOT_SERIES_SESSIONS, "sessions", "pilot sessions per referral", "PSY-12"));
        s.add(integer(PILOT_SESSIONS_PER_YEAR, "sessions", "pilot sessions per calendar year", "PSY-12"));
        s.add(integer(PILOT_SERIES_GAP_MONTHS, "months", "a pilot series ends after more than this many months "
                + "without a session", "PSY-14"));
        s.add(integer(PILOT_FIRST_MINUTES, "minutes", "duration of the first pilot session", "PSY-13"));
        s.add(integer(PILOT_MINUTES, "minutes", "duration of a next pilot session", "PSY-13"));
        s.add(integer(PILOT_AGE_MIN, "years", "youngest age of the adult pilot target group", "PSY-10"));
        s.add(integer(PILOT_AGE_MAX, "years", "oldest age of the adult pilot target group", "PSY-10"));
        s.add(flag(PILOT_ALL_AGES, "the pilot covers every age", "PSY-16"));
        s.add(flag(PILOT_VIDEO, "pilot sessions by video are allowed", "PSY-15"));
        s.add(flag(PILOT_OCCUPATIONAL, "an occupational physician may write a pilot referral", "PSY-16"));
        s.add(money(PILOT_FEE_FIRST, "fee of the first pilot session", "PSY-18"));
        s.add(money(PILOT_FEE, "fee of a next pilot session", "PSY-18"));
        s.add(money(PILOT_ALT_SHARE, "alternative ordinary pilot share other sources give (C-1)", "PSY-18"));
        s.add(money(PILOT_ALT_FEE_FIRST, "alternative fee of the first pilot session (C-1)", "PSY-18"));
        s.add(money(PILOT_ALT_FEE, "alternative fee of a next pilot session (C-1)", "PSY-18"));
        networkParameters(s);
        return List.copyOf(s);
    }

    private static void networkParameters(List<ParameterSpec> s) {
        s.add(integer(CHILDREN_MAX_AGE, "years", "oldest age in the children and adolescents network", "PSY-22")
                .requiredFrom(NETWORKS_FROM));
        s.add(integer(ADULTS_MIN_AGE, "years", "youngest age in the adults network", "PSY-22")
                .requiredFrom(NETWORKS_FROM));
        s.add(integer(CATEGORY_MONTHS, "months", "months in one network category", "PSY-23").requiredFrom(NETWORKS_FROM));
        s.add(integer(CAP_MONTHS, "months", "period the session caps count over", "PSY-25").requiredFrom(NETWORKS_FROM));
        s.add(integer(SESSIONS_PER_DAY, "sessions", "sessions per day, entourage sessions excepted", "PSY-30")
                .requiredFrom(NETWORKS_FROM));
        s.add(flag(FIRST_SESSION_FREE, "the first individual session of a care path is free", "PSY-27")
                .requiredFrom(NETWORKS_FROM));
        s.add(money(SHARE_GROUP, "personal share of a group session", "PSY-28").requiredFrom(NETWORKS_FROM));
        s.add(money(FEE_INDIVIDUAL, "fee of an individual network session", "PSY-29").requiredFrom(NETWORKS_FROM));
        s.add(money(FEE_GROUP, "fee of a group network session, per participant", "PSY-29").requiredFrom(NETWORKS_FROM));
        s.add(flag(FREE_CARE, "network care is free up to an age", "PSY-42").requiredFrom(NETWORKS_FROM));
        s.add(integer(FREE_CARE_MAX_AGE, "years", "oldest age of free care", "PSY-42").requiredFrom(FREE_CARE_FROM));
        for (NetworkType n : NetworkType.values()) {
            for (PsyFunction f : new PsyFunction[] {PsyFunction.FIRST_LINE, PsyFunction.SPECIALISED}) {
                for (boolean group : new boolean[] {false, true}) {
                    s.add(integer(cap2021(n, f, group), "sessions", "2021 cap per 12 months", "PSY-25")
                            .requiredFrom(NETWORKS_FROM));
                }
            }
        }
        s.add(integer(CONV_2021_AROUND_GROUP, "sessions", "individual sessions allowed before and after a group "
                + "series", "PSY-26").requiredFrom(NETWORKS_FROM));
        s.add(integer(CONV_2024_YOUNG_MAX_AGE, "years", "oldest age of the young beneficiaries' 2024 caps", "PSY-44")
                .requiredFrom(CONV_2024_FROM));
        s.add(money(CONV_2024_SHARE_COMMUNITY, "personal share of a community intervention", "PSY-43")
                .requiredFrom(CONV_2024_FROM));
        for (boolean young : new boolean[] {true, false}) {
            for (PsyFunction f : new PsyFunction[] {PsyFunction.FIRST_LINE_SUPPORT, PsyFunction.FIRST_LINE_TREATMENT}) {
                s.add(integer(cap2024(young, f), "sessions", "2024 individual cap per 12 months", "PSY-44")
                        .requiredFrom(CONV_2024_FROM));
            }
        }
        s.add(integer(cap2024(false, PsyFunction.FIRST_LINE_TREATMENT) + KNOWN_MINIMUM, "sessions",
                "rank up to which adult treatment sessions are decided while their cap is unknown", "PSY-44")
                .requiredFrom(CONV_2024_FROM));
    }

    /**
     * Tells whether a cap has a companion {@code <cap>.known_minimum}: the rank up to which sessions are
     * decided while the cap itself is unknown.
     *
     * @param cap a cap's name
     * @return true for the caps the rates may give as unknown
     */
    static boolean hasKnownMinimum(String cap) {
        return cap.equals(cap2024(false, PsyFunction.FIRST_LINE_TREATMENT));
    }

    private static ParameterSpec integer(String name, String unit, String description, String ruleId) {
        return ParameterSpec.of(name, ParameterType.INTEGER, unit, description, ruleId);
    }

    private static ParameterSpec flag(String name, String description, String ruleId) {
        return ParameterSpec.of(name, ParameterType.BOOLEAN, "", description, ruleId);
    }

    private static ParameterSpec money(String name, String description, String ruleId) {
        return ParameterSpec.of(name, ParameterType.MONEY, "EUR", description, ruleId);
    }
}
