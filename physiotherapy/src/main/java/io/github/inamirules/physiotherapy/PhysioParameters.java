package io.github.inamirules.physiotherapy;

import io.github.inamirules.rates.ParameterSpec;
import io.github.inamirules.rates.ParameterType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The names of the physiotherapy parameters read from rate modules. Every one must have a value on
 * every day a module covers physiotherapy.
 */
public final class PhysioParameters {
    /** Whether a prescription is required (P-01). */
    public static final String PRESCRIPTION_REQUIRED = "prescription.required";
    /** Months after the prescription (or its start date) within which the first session falls (P-03). */
    public static final String PRESCRIPTION_START_MONTHS = "prescription.first_session_within_months";
    /** Courante: last rank of the first band, 9 (P-19). */
    public static final String COURANTE_FIRST_BAND_MAX = "courante.first_band_max";
    /** Courante: sessions per pathology per year at the normal reimbursement, 18 (P-19). */
    public static final String COURANTE_MAX = "courante.sessions_max";
    /** Courante: dépassement sessions per calendar year, all pathologies, 54 (P-22). */
    public static final String DEPASSEMENT_MAX = "courante.depassement_max_per_year";
    /** Courante: pathologies per calendar year, 3 (P-24, C-08). */
    public static final String COURANTE_PATHOLOGIES_MAX = "courante.pathologies_max_per_year";
    /** Courante: pathologies per calendar year without an approval, 1 (P-24). */
    public static final String COURANTE_PATHOLOGIES_FREE = "courante.pathologies_without_approval";
    /** Fa: last rank of the first band, 20 (P-28). */
    public static final String FA_FIRST_BAND_MAX = "fa.first_band_max";
    /** Fa: sessions at the best reimbursement, 60 (P-28). */
    public static final String FA_MAX = "fa.sessions_max";
    /** Fa polytrauma: sessions at the best reimbursement, 120 (P-28). */
    public static final String FA_MAX_POLYTRAUMA = "fa.sessions_max_polytrauma";
    /** Fa: length of the period from the first session, in years (P-28). */
    public static final String FA_PERIOD_YEARS = "fa.period_years";
    /** Fb: sessions per year at the best reimbursement, 60 (P-30). */
    public static final String FB_MAX = "fb.sessions_max";
    /** Fb: last rank per year of the second level, 80 (P-30). */
    public static final String FB_SECOND_LEVEL_MAX = "fb.second_level_max";
    /** Fb: the period ends on 31 December of this many years after the first session's year, 2 (P-30). */
    public static final String FB_PERIOD_EXTRA_YEARS = "fb.period_extra_years";
    /** E: longest accord, in years, 3 (P-33). */
    public static final String E_AGREEMENT_MAX_YEARS = "e.agreement_max_years";
    /** Perinatal: sessions per pregnancy, 9 (P-35, C-01). */
    public static final String PERINATAL_MAX = "perinatal.sessions_max";
    /** Sessions per day without a second-session approval, 1 (P-26). */
    public static final String SESSIONS_PER_DAY = "sessions_per_day_max";
    /** Whether a physiotherapy convention is in force (P-14, P-16). */
    public static final String CONVENTION_IN_FORCE = "convention.in_force";
    /** Reduction of the insurance amount for ordinary patients of a non-conventioned practitioner (P-12). */
    public static final String NON_CONVENTIONED_REDUCTION = "non_conventioned.insurance_reduction";
    /** Whether a non-conventioned practitioner must charge preferential patients the official fee (P-12). */
    public static final String PREFERENTIAL_OFFICIAL_FEE = "non_conventioned.preferential_official_fee";

    /** Whether sessions without a prescription are accepted for the eligible situations (P-42); from 2026. */
    public static final String DIRECT_ACCESS_ENABLED = "direct_access.enabled";
    /** The situations direct access applies to, e.g. {@code courante} (P-42); from 2026. */
    public static final String DIRECT_ACCESS_SITUATIONS = "direct_access.situations";
    /** Sessions without a prescription per pathology before one is required (P-42); from 2026. */
    public static final String DIRECT_ACCESS_SESSIONS_MAX = "direct_access.sessions_max";
    /** Whether the nomenclature allows a session by video (P-42, P-44); from 2026. */
    public static final String VIDEO_ALLOWED = "video.allowed";
    /** The first day of the parameters added for 2026: rate modules covering earlier days need not give them. */
    static final java.time.LocalDate FROM_2026 = java.time.LocalDate.of(2026, 1, 1);

    /** The patient-share categories of P-07, as used in {@link #patientShare(String, boolean)}. */
    static final Set<String> SHARE_CATEGORIES = Set.of("e", "f", "other", "short", "palliative");

    private PhysioParameters() {
    }

    /**
     * Returns the name of a fixed patient share parameter (P-07).
     *
     * @param category {@code e}, {@code f}, {@code other}, {@code short} (15/20 min) or {@code palliative}
     * @param preferential true for a preferential (BIM) patient
     * @return the name, e.g. {@code "patient_share.f.preferential"}
     */
    public static String patientShare(String category, boolean preferential) {
        String[] names = SHARE_NAMES.get(category);
        if (names != null) {
            return names[preferential ? 1 : 0];    // the same String each time: no text built, its hash kept
        }
        return "patient_share." + category + (preferential ? ".preferential" : ".ordinary");
    }

    /** The names of {@link #patientShare(String, boolean)} by category: ordinary, then preferential. */
    private static final java.util.Map<String, String[]> SHARE_NAMES = SHARE_CATEGORIES.stream().collect(
            java.util.stream.Collectors.toUnmodifiableMap(c -> c,
                    c -> new String[] {"patient_share." + c + ".ordinary", "patient_share." + c + ".preferential"}));

    /**
     * Returns every parameter the rule set reads, as its vocabulary declares them.
     *
     * @return the specifications
     */
    static List<ParameterSpec> all() {
        List<ParameterSpec> specs = new ArrayList<>();
        specs.add(flag(PRESCRIPTION_REQUIRED, "a physician's prescription is required", "P-01"));
        specs.add(integer(PRESCRIPTION_START_MONTHS, "months", "first session within this many months of the "
                + "prescription (or of its start date)", "P-03"));
        specs.add(integer(COURANTE_FIRST_BAND_MAX, "sessions", "last rank of the first courante band", "P-19"));
        specs.add(integer(COURANTE_MAX, "sessions", "courante sessions per pathology per calendar year", "P-19"));
        specs.add(integer(DEPASSEMENT_MAX, "sessions", "dépassement sessions per calendar year, all pathologies",
                "P-22"));
        specs.add(integer(COURANTE_PATHOLOGIES_MAX, "pathologies", "courante pathologies per calendar year", "P-24"));
        specs.add(integer(COURANTE_PATHOLOGIES_FREE, "pathologies", "courante pathologies per calendar year "
                + "without an approval", "P-24"));
        specs.add(integer(FA_FIRST_BAND_MAX, "sessions", "last rank of the first Fa band", "P-28"));
        specs.add(integer(FA_MAX, "sessions", "Fa sessions at the best reimbursement", "P-28"));
        specs.add(integer(FA_MAX_POLYTRAUMA, "sessions", "Fa polytrauma sessions at the best reimbursement", "P-28"));
        specs.add(integer(FA_PERIOD_YEARS, "years", "length of the Fa period from the first session", "P-28"));
        specs.add(integer(FB_MAX, "sessions", "Fb sessions per year at the best reimbursement", "P-30"));
        specs.add(integer(FB_SECOND_LEVEL_MAX, "sessions", "last rank per year of the second Fb level", "P-30"));
        specs.add(integer(FB_PERIOD_EXTRA_YEARS, "years", "the Fb period ends on 31 December of this many years "
                + "after the first session's year", "P-30"));
        specs.add(integer(E_AGREEMENT_MAX_YEARS, "years", "longest E accord", "P-33"));
        specs.add(integer(PERINATAL_MAX, "sessions", "perinatal sessions per pregnancy", "P-35"));
        specs.add(integer(SESSIONS_PER_DAY, "sessions", "sessions per day without a second-session approval", "P-26"));
        specs.add(flag(CONVENTION_IN_FORCE, "a physiotherapy convention is in force", "P-14"));
        specs.add(ParameterSpec.of(NON_CONVENTIONED_REDUCTION, ParameterType.DECIMAL, "fraction",
                "reduction of the insurance amount for ordinary patients of a non-conventioned practitioner", "P-12"));
        specs.add(flag(PREFERENTIAL_OFFICIAL_FEE, "a non-conventioned practitioner charges preferential patients "
                + "the official fee", "P-12"));
        specs.add(flag(DIRECT_ACCESS_ENABLED, "sessions without a prescription are accepted for the eligible "
                + "situations", "P-42").requiredFrom(FROM_2026));
        specs.add(ParameterSpec.of(DIRECT_ACCESS_SITUATIONS, ParameterType.IDS, "situations",
                "the situations direct access applies to", "P-42").requiredFrom(FROM_2026));
        specs.add(integer(DIRECT_ACCESS_SESSIONS_MAX, "sessions", "sessions without a prescription per pathology "
                + "before one is required", "P-42").requiredFrom(FROM_2026));
        specs.add(flag(VIDEO_ALLOWED, "the nomenclature allows a session by video", "P-44").requiredFrom(FROM_2026));
        for (String category : new String[] {"e", "f", "other", "short", "palliative"}) {
            for (boolean preferential : new boolean[] {false, true}) {
                specs.add(ParameterSpec.of(patientShare(category, preferential), ParameterType.MONEY, "EUR",
                        "fixed patient share, category " + category + (preferential ? ", preferential" : ", ordinary")
                                + " patient", "P-07"));
            }
        }
        return List.copyOf(specs);
    }

    private static ParameterSpec integer(String name, String unit, String description, String ruleId) {
        return ParameterSpec.of(name, ParameterType.INTEGER, unit, description, ruleId);
    }

    private static ParameterSpec flag(String name, String description, String ruleId) {
        return ParameterSpec.of(name, ParameterType.BOOLEAN, "", description, ruleId);
    }
}
