package io.github.inamirules.physiotherapy;

import io.github.inamirules.model.ApprovalKind;
import io.github.inamirules.model.EpisodeKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pathological situations a physiotherapy treatment falls under: the kinds of a physiotherapy
 * episode. The situation decides what is counted, over which period, and which approval is needed.
 * Each maps one to one to a MyCareNet agreement type, so billing software can file the same data with
 * the insurers.
 *
 * <p>The situations are open values ({@link EpisodeKind}) owned by {@link Physiotherapy#PROFESSION};
 * their ids are also their names in scenario files. Sources: shared/research/physio.md P-19 to P-36.
 */
public final class Situation {
    /** Pathologie courante / courante aandoening: 18 sessions per pathology per calendar year (P-19). */
    public static final EpisodeKind COURANTE = EpisodeKind.of(Physiotherapy.PROFESSION, "courante");
    /** List Fa, acute functional limitation: 60 sessions (120 polytrauma) in 365 days (P-28). */
    public static final EpisodeKind FA = EpisodeKind.of(Physiotherapy.PROFESSION, "fa");
    /** List Fb, chronic: until 31 December of the second year after the first session (P-30). */
    public static final EpisodeKind FB = EpisodeKind.of(Physiotherapy.PROFESSION, "fb");
    /** List E, pathologies lourdes / zware aandoeningen: médecin-conseil accord (P-32). */
    public static final EpisodeKind E = EpisodeKind.of(Physiotherapy.PROFESSION, "e");
    /** Perinatal physiotherapy: 9 sessions per pregnancy (P-35). */
    public static final EpisodeKind PERINATAL = EpisodeKind.of(Physiotherapy.PROFESSION, "perinatal");
    /** Palliative patient at home: every session 564211, no patient share (P-36). */
    public static final EpisodeKind PALLIATIVE_HOME = EpisodeKind.of(Physiotherapy.PROFESSION, "palliative-home");

    /** Every situation, in the order they are listed to people. */
    public static final List<EpisodeKind> ALL = List.of(COURANTE, FA, FB, E, PERINATAL, PALLIATIVE_HOME);

    private static final Map<EpisodeKind, ApprovalKind> REQUIRED = Map.of(
            FA, Physiotherapy.FA_NOTIFICATION, FB, Physiotherapy.FB_NOTIFICATION, E, Physiotherapy.E_AGREEMENT);
    private static final Map<EpisodeKind, String> MYCARENET = Map.of(COURANTE, "physiotherapy-common",
            FA, "physiotherapy-fa", FB, "physiotherapy-fb", E, "physiotherapy-e", PERINATAL, "physiotherapy-maternity",
            PALLIATIVE_HOME, "physiotherapy-palliative");

    private Situation() {
    }

    /**
     * Returns the médecin-conseil approval every session of a situation needs: a notification for Fa
     * and Fb (P-27), an accord for E (P-32), none for the others. (A second or third courante pathology
     * of a year needs an approval too, P-24, but that depends on the year, not the situation.)
     *
     * @param situation a situation
     * @return the approval kind, if the situation needs one
     */
    public static Optional<ApprovalKind> requiredApproval(EpisodeKind situation) {
        return Optional.ofNullable(REQUIRED.get(situation));
    }

    /**
     * Returns the MyCareNet agreement type of a situation. For {@link #COURANTE} the MyCareNet type
     * depends on the pathology's rank in the year ({@code physiotherapy-common-1} or
     * {@code physiotherapy-common-2-and-more}); this returns the common prefix.
     *
     * @param situation a situation
     * @return the agreement type, e.g. {@code "physiotherapy-fa"}
     * @throws IllegalArgumentException if the kind is not a physiotherapy situation
     */
    public static String myCareNetAgreementType(EpisodeKind situation) {
        String type = MYCARENET.get(situation);
        if (type == null) {
            throw new IllegalArgumentException(situation + " is not a physiotherapy situation");
        }
        return type;
    }
}
