package io.github.inamirules.occupational;

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
 * Occupational therapy at home after a rehabilitation programme (ergothérapie / ergotherapie,
 * nomenclature of rehabilitation prestations, AR 10 January 1991): the profession, its one episode
 * kind, and typed factories so that Java users never handle raw facts.
 *
 * <pre>{@code
 * Practitioner ergo = OccupationalTherapy.practitioner("ergo-1", "5-12345-67-890").build();
 * Episode followUp = OccupationalTherapy.programme("stroke", "CRF Bruxelles", Convention.C771,
 *         LocalDate.of(2025, 2, 14));
 * Prescription rx = OccupationalTherapy.prescription("rx-1", "stroke", LocalDate.of(2025, 2, 10),
 *         PrescriberRole.REHABILITATION_PHYSICIAN, "CRF Bruxelles").build();
 * Session s = Session.builder().id("s-1").date(LocalDate.of(2025, 2, 21)).practitionerId("ergo-1")
 *         .episodeId("stroke").prescriptionId("rx-1")
 *         .facts(OccupationalTherapy.at(Service.OBSERVATION_BILAN, Place.HOME)).build();
 * }</pre>
 *
 * <p>Services are in {@link Service}, places in {@link Place}, facts in {@link OccupationalTherapyFacts},
 * the rules in {@link OccupationalTherapyRuleSet}.
 */
public final class OccupationalTherapy {
    /** The profession: occupational therapy. */
    public static final Profession PROFESSION = Profession.of("occupational-therapy");

    /**
     * The one episode kind: the follow-up at home of a complete locomotor and / or neurological
     * rehabilitation programme (ERGO-10). Its facts describe the programme.
     */
    public static final EpisodeKind FOLLOW_UP = EpisodeKind.of(PROFESSION, "rehabilitation-follow-up");

    private OccupationalTherapy() {
    }

    /**
     * Starts an occupational therapist with an INAMI / RIZIV number (ERGO-16).
     *
     * @param id the practitioner's id
     * @param inamiNumber the INAMI number; a therapist without one is never covered
     * @return the builder
     */
    public static ImmutablePractitioner.Builder practitioner(String id, String inamiNumber) {
        return Practitioner.builder().id(id).profession(PROFESSION).inamiNumber(inamiNumber);
    }

    /**
     * Returns the follow-up of a programme that ended (or will end) on a known day.
     *
     * @param id the episode's id
     * @param centre the rehabilitation centre (its name or number), compared with the prescriber's
     * @param convention the centre's convention type
     * @param end the programme's actual end date
     * @return the episode
     */
    public static Episode programme(String id, String centre, Convention convention, LocalDate end) {
        return Episode.builder().id(id).kind(FOLLOW_UP).facts(programmeFacts(centre, convention, end)).build();
    }

    /**
     * Returns the follow-up of a programme whose end is only expected, as written on the first
     * prescription (ERGO-15); decisions then warn that the window follows that expected day.
     *
     * @param id the episode's id
     * @param centre the rehabilitation centre
     * @param convention the centre's convention type
     * @param expectedEnd the expected end date written on the first prescription
     * @return the episode
     */
    public static Episode programmeExpectedToEnd(String id, String centre, Convention convention,
            LocalDate expectedEnd) {
        return Episode.builder().id(id).kind(FOLLOW_UP).facts(programmeFacts(centre, convention, expectedEnd)
                .with(OccupationalTherapyFacts.PROGRAMME_END_EXPECTED, true)).build();
    }

    private static Facts programmeFacts(String centre, Convention convention, LocalDate end) {
        return Facts.builder().put(OccupationalTherapyFacts.CENTRE, centre)
                .put(OccupationalTherapyFacts.CONVENTION, convention)
                .put(OccupationalTherapyFacts.PROGRAMME_END, end.toString()).build();
    }

    /**
     * Starts a prescription with its prescriber's role and centre (ERGO-14).
     *
     * @param id the prescription's id
     * @param episodeId the episode it is for
     * @param date the day it was written
     * @param role who wrote it
     * @param centre the prescriber's centre
     * @return the builder
     */
    public static ImmutablePrescription.Builder prescription(String id, String episodeId, LocalDate date,
            PrescriberRole role, String centre) {
        return Prescription.builder().id(id).episodeId(episodeId).date(date)
                .facts(Facts.builder().put(OccupationalTherapyFacts.PRESCRIBER_ROLE, role)
                        .put(OccupationalTherapyFacts.PRESCRIBER_CENTRE, centre).build());
    }

    /**
     * Returns the facts of a session: its service and where it took place; the patient lives at home.
     *
     * @param service the service
     * @param place where the session took place
     * @return the session facts
     */
    public static Facts at(Service service, Place place) {
        return Facts.builder().put(OccupationalTherapyFacts.SERVICE, service)
                .put(OccupationalTherapyFacts.PLACE, place).build();
    }

    /**
     * Returns the facts of a session held partly in one place and partly in another (ERGO-12).
     *
     * @param service the service
     * @param place where the session mainly took place
     * @param alsoAt where the rest of it took place
     * @return the session facts
     */
    public static Facts partlyAt(Service service, Place place, Place alsoAt) {
        return at(service, place).with(OccupationalTherapyFacts.ALSO_AT, alsoAt);
    }

    /**
     * Returns the facts of a session of a patient who lives, on that day, somewhere else than at home.
     *
     * @param service the service
     * @param place where the session took place
     * @param residence where the patient lives on the session's day
     * @return the session facts
     */
    public static Facts at(Service service, Place place, Residence residence) {
        return at(service, place).with(OccupationalTherapyFacts.RESIDENCE, residence);
    }
}
