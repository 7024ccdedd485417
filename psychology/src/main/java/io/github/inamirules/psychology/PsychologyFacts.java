package io.github.inamirules.psychology;

import io.github.inamirules.model.Fact;
import io.github.inamirules.model.FactTarget;
import java.util.List;

/**
 * The facts clinical psychology adds to the kernel's model. Java users rarely need them: the factories
 * of {@link ClinicalPsychology} set them.
 *
 * <p>A practitioner's agreement with a mental-health network is a practitioner record: its
 * {@linkplain io.github.inamirules.model.Practitioner#conventionPeriods() convention periods} are the
 * periods of the agreement, and its facts name the network, its type and the functions agreed. A
 * psychologist with agreements with two networks is given as two practitioner records (the kernel's
 * facts hold one value each).
 */
public final class PsychologyFacts {
    /** The practitioner's title, informational (PSY-01). */
    public static final Fact<Qualification> QUALIFICATION = Fact.choice(ClinicalPsychology.PROFESSION,
            FactTarget.PRACTITIONER, "qualification", "clinical psychologist or clinical orthopedagogue",
            Qualification.class);
    /** The id of the mental-health network the agreement is with, informational. */
    public static final Fact<String> NETWORK = Fact.text(ClinicalPsychology.PROFESSION, FactTarget.PRACTITIONER,
            "network", "the mental-health network the practitioner's agreement is with");
    /** The type of the network (PSY-22): required for sessions under the 2021 and 2024 conventions. */
    public static final Fact<NetworkType> NETWORK_TYPE = Fact.choice(ClinicalPsychology.PROFESSION,
            FactTarget.PRACTITIONER, "network_type", "children-adolescents or adults network", NetworkType.class);
    /** Agreed for 2021 first-line care; see {@link #agreed(PsyFunction)}. */
    public static final Fact<Boolean> AGREED_FIRST_LINE = agreement("agreed_first_line", "first-line care (2021)");
    /** Agreed for 2021 specialised care. */
    public static final Fact<Boolean> AGREED_SPECIALISED = agreement("agreed_specialised", "specialised care (2021)");
    /** Agreed for 2024 community interventions. */
    public static final Fact<Boolean> AGREED_COMMUNITY_INTERVENTION = agreement("agreed_community_intervention",
            "community interventions (2024)");
    /** Agreed for 2024 first-line support. */
    public static final Fact<Boolean> AGREED_FIRST_LINE_SUPPORT = agreement("agreed_first_line_support",
            "first-line support (2024)");
    /** Agreed for 2024 first-line treatment. */
    public static final Fact<Boolean> AGREED_FIRST_LINE_TREATMENT = agreement("agreed_first_line_treatment",
            "first-line treatment (2024)");

    /** The function of a network session; the convention's default when absent (PSY-24, PSY-41). */
    public static final Fact<PsyFunction> FUNCTION = Fact.choice(ClinicalPsychology.PROFESSION, FactTarget.SESSION,
            "function", "the psychological function of the session", PsyFunction.class);
    /** Individual, group or entourage; individual when absent (PSY-26, PSY-30, PSY-45). */
    public static final Fact<SessionType> SESSION_TYPE = Fact.choice(ClinicalPsychology.PROFESSION,
            FactTarget.SESSION, "session_type", "individual, group or entourage session", SessionType.class);
    /** Whether the session took place by video (PSY-15, PSY-47). */
    public static final Fact<Boolean> VIDEO = Fact.flag(ClinicalPsychology.PROFESSION, FactTarget.SESSION, "video",
            "the session took place by video call");

    /** The role of the physician who wrote a pilot referral (PSY-11, PSY-16). */
    public static final Fact<PrescriberRole> PRESCRIBER_ROLE = Fact.choice(ClinicalPsychology.PROFESSION,
            FactTarget.PRESCRIPTION, "prescriber_role", "the role of the physician who wrote the referral",
            PrescriberRole.class);

    /** Every fact, in declared order. */
    static final List<Fact<?>> ALL = List.of(QUALIFICATION, NETWORK, NETWORK_TYPE, AGREED_FIRST_LINE,
            AGREED_SPECIALISED, AGREED_COMMUNITY_INTERVENTION, AGREED_FIRST_LINE_SUPPORT, AGREED_FIRST_LINE_TREATMENT,
            FUNCTION, SESSION_TYPE, VIDEO, PRESCRIBER_ROLE);

    private PsychologyFacts() {
    }

    /**
     * Returns the practitioner fact that says a function is agreed. A practitioner none of whose
     * agreement facts is written has every function agreed; once one is written, only those written
     * {@code true} are.
     *
     * @param function the function
     * @return its agreement fact
     */
    public static Fact<Boolean> agreed(PsyFunction function) {
        switch (function) {
            case FIRST_LINE:
                return AGREED_FIRST_LINE;
            case SPECIALISED:
                return AGREED_SPECIALISED;
            case COMMUNITY_INTERVENTION:
                return AGREED_COMMUNITY_INTERVENTION;
            case FIRST_LINE_SUPPORT:
                return AGREED_FIRST_LINE_SUPPORT;
            default:
                return AGREED_FIRST_LINE_TREATMENT;
        }
    }

    private static Fact<Boolean> agreement(String name, String what) {
        return Fact.flag(ClinicalPsychology.PROFESSION, FactTarget.PRACTITIONER, name,
                "the network agreement covers " + what);
    }
}
