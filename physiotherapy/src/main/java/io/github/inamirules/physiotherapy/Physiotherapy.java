package io.github.inamirules.physiotherapy;

import io.github.inamirules.model.ApprovalKind;
import io.github.inamirules.model.Episode;
import io.github.inamirules.model.EpisodeKind;
import io.github.inamirules.model.Facts;
import io.github.inamirules.model.ImmutablePractitioner;
import io.github.inamirules.model.Practitioner;
import io.github.inamirules.model.Profession;

/**
 * Physiotherapy (kinésithérapie / kinesitherapie, nomenclature article 7): the profession, its
 * approval kinds, and typed factories so that Java users never handle raw facts.
 *
 * <pre>{@code
 * Practitioner kine = Physiotherapy.practitioner("kine-1").addConventionPeriods(...).build();
 * Episode knee = Physiotherapy.episode("knee", Situation.FA);
 * Episode crash = Physiotherapy.polytrauma("crash");
 * Session s = Session.builder().id("s-1").date(day).practitionerId("kine-1").episodeId("knee")
 *         .facts(Physiotherapy.at(Place.HOME)).build();
 * }</pre>
 *
 * <p>Situations are in {@link Situation}, places in {@link Place}, facts in {@link PhysiotherapyFacts},
 * the rules in {@link PhysiotherapyRuleSet}.
 */
public final class Physiotherapy {
    /** The profession: physiotherapy. */
    public static final Profession PROFESSION = Profession.of("physiotherapy");

    /** Notification of a list Fa pathology to the médecin-conseil (P-27). */
    public static final ApprovalKind FA_NOTIFICATION = ApprovalKind.of(PROFESSION, "fa-notification");
    /** Notification of a list Fb pathology (P-30). */
    public static final ApprovalKind FB_NOTIFICATION = ApprovalKind.of(PROFESSION, "fb-notification");
    /** Accord for a list E pathology, at most 3 years (P-32, P-33). */
    public static final ApprovalKind E_AGREEMENT = ApprovalKind.of(PROFESSION, "e-agreement");
    /** Approval of a second or third courante pathology in the same calendar year (P-24). */
    public static final ApprovalKind ADDITIONAL_COURANTE_PATHOLOGY =
            ApprovalKind.of(PROFESSION, "additional-courante-pathology");
    /** Approval of a second session on the same day (P-26, P-33). */
    public static final ApprovalKind SECOND_SESSION_PER_DAY = ApprovalKind.of(PROFESSION, "second-session-per-day");

    private Physiotherapy() {
    }

    /**
     * Starts a physiotherapist: a practitioner builder with the profession set.
     *
     * @param id the practitioner's id
     * @return the builder
     */
    public static ImmutablePractitioner.Builder practitioner(String id) {
        return Practitioner.builder().id(id).profession(PROFESSION);
    }

    /**
     * Returns a pathology treated by physiotherapy.
     *
     * @param id the episode's id
     * @param situation its situation, one of {@link Situation}
     * @return the episode
     */
    public static Episode episode(String id, EpisodeKind situation) {
        return Episode.builder().id(id).kind(situation).build();
    }

    /**
     * Returns a list Fa pathology that is a polytrauma (pathology 16): 120 sessions instead of 60 (P-28).
     *
     * @param id the episode's id
     * @return the episode
     */
    public static Episode polytrauma(String id) {
        return Episode.builder().id(id).kind(Situation.FA).facts(Facts.of(PhysiotherapyFacts.POLYTRAUMA, true)).build();
    }

    /**
     * Returns the facts of a session at a place.
     *
     * @param place where the session took place
     * @return the session facts
     */
    public static Facts at(Place place) {
        return Facts.of(PhysiotherapyFacts.PLACE, place);
    }
}
