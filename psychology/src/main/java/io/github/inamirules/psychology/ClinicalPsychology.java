package io.github.inamirules.psychology;

import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Episode;
import io.github.inamirules.model.EpisodeKind;
import io.github.inamirules.model.Facts;
import io.github.inamirules.model.ImmutablePractitioner;
import io.github.inamirules.model.ImmutablePrescription;
import io.github.inamirules.model.Practitioner;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.model.Profession;
import java.time.LocalDate;

/**
 * Clinical psychology and clinical orthopedagogy (psychologie clinique / klinische psychologie)
 * through the mental-health networks: the profession, its one episode kind, and typed factories so
 * that Java users never handle raw facts.
 *
 * <pre>{@code
 * Practitioner psy = ClinicalPsychology.agreement("psy-1", "net-bxl", NetworkType.ADULTS,
 *         DateRange.startingFrom(LocalDate.of(2024, 4, 1))).build();
 * Episode path = ClinicalPsychology.carePath("path");
 * Session s = Session.builder().id("s-1").date(day).practitionerId("psy-1").episodeId("path")
 *         .facts(ClinicalPsychology.session(PsyFunction.FIRST_LINE_SUPPORT, SessionType.GROUP)).build();
 * }</pre>
 *
 * <p>Functions are in {@link PsyFunction}, facts in {@link PsychologyFacts}, the rules in
 * {@link ClinicalPsychologyRuleSet}.
 */
public final class ClinicalPsychology {
    /** The profession: clinical psychology, id {@code clinical-psychology}. */
    public static final Profession PROFESSION = Profession.of("clinical-psychology");

    /** The one episode kind: a care path (trajet de soins / zorgtraject) in one network. */
    public static final EpisodeKind CARE_PATH = EpisodeKind.of(PROFESSION, "care-path");

    private ClinicalPsychology() {
    }

    /**
     * Starts a clinical psychologist without network facts: a practitioner builder with the profession
     * set (enough for pilot sessions, which need an agreement period but no network type).
     *
     * @param id the practitioner's id
     * @return the builder
     */
    public static ImmutablePractitioner.Builder practitioner(String id) {
        return Practitioner.builder().id(id).profession(PROFESSION);
    }

    /**
     * Starts a practitioner record for one agreement with a mental-health network, every function
     * agreed.
     *
     * @param id the practitioner's id
     * @param network the network's id
     * @param type the network's type
     * @param period the period of the agreement
     * @return the builder
     */
    public static ImmutablePractitioner.Builder agreement(String id, String network, NetworkType type,
            DateRange period) {
        return practitioner(id).addConventionPeriods(period)
                .facts(Facts.builder().put(PsychologyFacts.NETWORK, network).put(PsychologyFacts.NETWORK_TYPE, type)
                        .build());
    }

    /**
     * Returns a care path in one network.
     *
     * @param id the episode's id
     * @return the episode
     */
    public static Episode carePath(String id) {
        return Episode.builder().id(id).kind(CARE_PATH).build();
    }

    /**
     * Returns the facts of a network session.
     *
     * @param function its function
     * @param type individual, group or entourage
     * @return the session facts
     */
    public static Facts session(PsyFunction function, SessionType type) {
        return Facts.builder().put(PsychologyFacts.FUNCTION, function).put(PsychologyFacts.SESSION_TYPE, type).build();
    }

    /**
     * Returns a pilot referral (prescription de renvoi / verwijsvoorschrift).
     *
     * @param id the referral's id
     * @param episodeId the care path it is for
     * @param date the date it was written
     * @param role who wrote it
     * @return the prescription builder
     */
    public static ImmutablePrescription.Builder referral(String id, String episodeId, LocalDate date,
            PrescriberRole role) {
        return Prescription.builder().id(id).episodeId(episodeId).date(date)
                .facts(Facts.of(PsychologyFacts.PRESCRIBER_ROLE, role));
    }
}
