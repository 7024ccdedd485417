package io.github.inamirules.occupational;

import io.github.inamirules.model.Fact;
import io.github.inamirules.model.FactTarget;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The facts occupational therapy adds to the kernel's model, by the part of the model they are written
 * on. Java users rarely need them: the factories of {@link OccupationalTherapy} set them. Their names
 * are the keys of scenario files.
 *
 * <p>The programme's end date is a text fact holding an ISO date ({@code 2025-02-14}), because the
 * kernel's {@link Fact} offers no date fact; the rule set reads it and rejects a malformed one with an
 * {@link io.github.inamirules.InvalidInputException} naming the episode.
 */
public final class OccupationalTherapyFacts {
    /** Episode: the rehabilitation centre where the programme took place (ERGO-10, ERGO-14). */
    public static final Fact<String> CENTRE = Fact.text(OccupationalTherapy.PROFESSION, FactTarget.EPISODE,
            "centre", "the rehabilitation centre where the programme took place");
    /** Episode: the centre's convention type (ERGO-20). */
    public static final Fact<Convention> CONVENTION = Fact.choice(OccupationalTherapy.PROFESSION,
            FactTarget.EPISODE, "convention", "the convention type of the rehabilitation centre",
            Convention.class, conventions());
    /** Episode: whether the programme was followed as an inpatient or an outpatient (ERGO-10). */
    public static final Fact<Setting> SETTING = Fact.choice(OccupationalTherapy.PROFESSION, FactTarget.EPISODE,
            "setting", "inpatient (internal) or outpatient (external) programme", Setting.class);
    /** Episode: the programme's end date, ISO {@code YYYY-MM-DD} (ERGO-13). */
    public static final Fact<String> PROGRAMME_END = Fact.text(OccupationalTherapy.PROFESSION, FactTarget.EPISODE,
            "programme_end", "the day the rehabilitation programme ended, YYYY-MM-DD");
    /** Episode: the end date is the expected one written on the first prescription (ERGO-15, E-Q7). */
    public static final Fact<Boolean> PROGRAMME_END_EXPECTED = Fact.flag(OccupationalTherapy.PROFESSION,
            FactTarget.EPISODE, "programme_end_expected",
            "the programme end date is the expected one written on the first prescription");

    /** Prescription: who wrote it (ERGO-14). */
    public static final Fact<PrescriberRole> PRESCRIBER_ROLE = Fact.choice(OccupationalTherapy.PROFESSION,
            FactTarget.PRESCRIPTION, "prescriber_role", "who wrote the prescription", PrescriberRole.class);
    /** Prescription: the prescriber's centre, which must be the programme's (ERGO-14). */
    public static final Fact<String> PRESCRIBER_CENTRE = Fact.text(OccupationalTherapy.PROFESSION,
            FactTarget.PRESCRIPTION, "centre", "the centre of the prescribing physician");

    /** Session: the service given (ERGO-03). */
    public static final Fact<Service> SERVICE = Fact.choice(OccupationalTherapy.PROFESSION, FactTarget.SESSION,
            "service", "the occupational-therapy service given", Service.class);
    /** Session: where it took place; {@link Place#HOME} when absent (ERGO-11, ERGO-12). */
    public static final Fact<Place> PLACE = Fact.choice(OccupationalTherapy.PROFESSION, FactTarget.SESSION,
            "place", "where the session took place", Place.class);
    /** Session: where the rest of a session held partly elsewhere took place (ERGO-12). */
    public static final Fact<Place> ALSO_AT = Fact.choice(OccupationalTherapy.PROFESSION, FactTarget.SESSION,
            "also_at", "where the rest of the session took place", Place.class);
    /** Session: where the patient lives on the session's day; {@link Residence#HOME} when absent (ERGO-11). */
    public static final Fact<Residence> RESIDENCE = Fact.choice(OccupationalTherapy.PROFESSION, FactTarget.SESSION,
            "residence", "where the patient lives on the day of the session", Residence.class);

    private OccupationalTherapyFacts() {
    }

    private static Map<String, Convention> conventions() {
        Map<String, Convention> m = new LinkedHashMap<>();
        for (Convention c : Convention.values()) {
            m.put(c.id(), c);
        }
        return m;
    }
}
