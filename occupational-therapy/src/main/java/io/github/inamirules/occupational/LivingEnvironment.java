package io.github.inamirules.occupational;

import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.Facts;
import io.github.inamirules.rules.DecisionDraft;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The services are covered only for a patient who returns to a habitual living environment (ERGO-10)
 * and only when carried out wholly or partly in it (ERGO-12). The habitual living environment is every
 * place of daily life except the centre, care establishments and services, housing for people with
 * disabilities, rest homes, nursing homes, psychiatric nursing homes and a care provider's practice
 * (ERGO-11).
 *
 * <ul>
 *   <li>A patient who lives in a care institution on the session's day ({@code residence}) is refused
 *       008, wherever the session took place.</li>
 *   <li>A session is accepted if its {@code place} or its {@code also_at} (the part held elsewhere) is a
 *       place of the living environment: home, a shop, the workplace, another place of daily life
 *       (E-E14). Otherwise it is refused 008 (the practice, E-E13; a care institution, E-E12).</li>
 *   <li>Exception: an observation bilan given at the rehabilitation centre on or before the programme's
 *       end date, the one service that may take place at the end of the programme (ERGO-13), is
 *       accepted (E-E3). The research infers this from the timing exception; no source says where such a
 *       bilan takes place.</li>
 * </ul>
 * Absent facts mean home: a service at home is the case the benefit is written for.
 *
 * @see <a href="https://www.inami.fgov.be/nl/thema-s/verzorging-kosten-en-terugbetaling/wat-het-ziekenfonds-terugbetaalt/verzorging-in-gespecialiseerde-centra/ergotherapie">ERGO-11, ERGO-12 source</a>
 */
final class LivingEnvironment {

    /** Refuses the draft if the patient lives in an institution or the session was not in the living environment. */
    void apply(DecisionDraft d, Service service, Optional<LocalDate> programmeEnd) {
        Facts f = d.session().facts();
        Residence residence = f.getOrDefault(OccupationalTherapyFacts.RESIDENCE, Residence.HOME);
        if (residence != Residence.HOME) {
            d.refuse(OtRule.ERGO_11, "OT_PATIENT_IN_CARE_INSTITUTION", RefusalCode.PREREQUISITE_NOT_MET,
                    "residence", OccupationalTherapyFacts.RESIDENCE.format(residence));
            return;
        }
        Place place = f.getOrDefault(OccupationalTherapyFacts.PLACE, Place.HOME);
        boolean partly = f.get(OccupationalTherapyFacts.ALSO_AT).map(Place::isLivingEnvironment).orElse(false);
        if (place.isLivingEnvironment() || partly || bilanAtProgrammeEnd(d, service, place, programmeEnd)) {
            return;
        }
        d.refuse(OtRule.ERGO_12, "OT_NOT_IN_LIVING_ENVIRONMENT", RefusalCode.PREREQUISITE_NOT_MET,
                "place", OccupationalTherapyFacts.PLACE.format(place));
    }

    /** An observation bilan at the centre, not after the programme's end (or with that end unknown). */
    private static boolean bilanAtProgrammeEnd(DecisionDraft d, Service service, Place place,
            Optional<LocalDate> programmeEnd) {
        return service == Service.OBSERVATION_BILAN && place == Place.REHABILITATION_CENTRE
                && programmeEnd.map(end -> !d.date().isAfter(end)).orElse(true);
    }
}
