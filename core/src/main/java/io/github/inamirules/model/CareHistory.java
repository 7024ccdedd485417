package io.github.inamirules.model;

import io.github.inamirules.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * One patient's care history: the input of the engine.
 *
 * <p>It holds the patient, the practitioners, episodes of care, prescriptions and approvals that
 * sessions refer to, and the sessions themselves in any order (the engine sorts them with
 * {@link SessionOrder}; the result does not depend on the input order). Building it checks that ids
 * are unique per kind, that every reference resolves, and that professions agree (a session's
 * practitioner is of its episode's profession, an approval's kind and every fact belong to that
 * profession); it throws {@link InvalidInputException} naming the field and the value otherwise, so
 * the engine never meets a dangling reference.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@InamiStyle
public abstract class CareHistory {
    CareHistory() {
    }

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static ImmutableCareHistory.Builder builder() {
        return ImmutableCareHistory.builder();
    }

    /**
     * Returns the patient.
     *
     * @return the patient
     */
    public abstract Patient patient();

    /**
     * Returns the practitioners the sessions refer to.
     *
     * @return the practitioners
     */
    public abstract List<Practitioner> practitioners();

    /**
     * Returns the episodes of care the sessions, prescriptions and approvals refer to.
     *
     * @return the episodes
     */
    public abstract List<Episode> episodes();

    /**
     * Returns the prescriptions.
     *
     * @return the prescriptions
     */
    public abstract List<Prescription> prescriptions();

    /**
     * Returns the médecin-conseil notifications and accords.
     *
     * @return the approvals
     */
    public abstract List<Approval> approvals();

    /**
     * Returns the sessions, in input order.
     *
     * @return the sessions
     */
    public abstract List<Session> sessions();

    /**
     * Returns the practitioner with an id.
     *
     * @param id the practitioner id
     * @return the practitioner
     * @throws InvalidInputException if there is none
     */
    public Practitioner practitioner(String id) {
        return find(practitionersById(), "practitionerId", id);
    }

    /**
     * Returns the episode with an id.
     *
     * @param id the episode id
     * @return the episode
     * @throws InvalidInputException if there is none
     */
    public Episode episode(String id) {
        return find(episodesById(), "episodeId", id);
    }

    /**
     * Returns the prescription with an id.
     *
     * @param id the prescription id
     * @return the prescription
     * @throws InvalidInputException if there is none
     */
    public Prescription prescription(String id) {
        return find(prescriptionsById(), "prescriptionId", id);
    }

    /**
     * Returns the prescription of a session, if it has one.
     *
     * @param session a session of this history
     * @return its prescription
     */
    public Optional<Prescription> prescriptionOf(Session session) {
        if (session == null) {
            throw new io.github.inamirules.NullValueException("session");
        }
        return session.prescriptionId().map(this::prescription);
    }

    /**
     * Returns a copy of this history with one more session, e.g. to quote a next session.
     *
     * @param session the session to add, with an id not used yet
     * @return the new history
     * @throws InvalidInputException if the session is invalid in this history
     */
    public CareHistory withAddedSession(Session session) {
        if (session == null) {
            throw new io.github.inamirules.NullValueException("session");
        }
        return ImmutableCareHistory.builder().from(this).addSessions(session).build();
    }

    /**
     * Checks that a session could be added to this history, as {@link #withAddedSession(Session)} would,
     * without building the new history: its id is not used, its practitioner, episode and prescription
     * are the history's and agree, its facts fit, and it is not before the patient's birth. The cost
     * does not depend on the size of the history.
     *
     * @param session the session
     * @throws InvalidInputException if the session is invalid in this history
     */
    public void checkAddable(Session session) {
        if (session == null) {
            throw new io.github.inamirules.NullValueException("session");
        }
        if (sessionsById().containsKey(session.id())) {
            throw InvalidInputException.of("session.id", session.id(), "is used twice");
        }
        checkSession(session);
        patient().birthDate().filter(born -> session.date().isBefore(born)).ifPresent(born -> {
            throw new InvalidInputException("patient.birthDate is after the date of session " + session.id());
        });
    }

    @Value.Lazy
    Map<String, Session> sessionsById() {
        return index(sessions(), Session::id, "session");
    }

    @Value.Lazy
    Map<String, Practitioner> practitionersById() {
        return index(practitioners(), Practitioner::id, "practitioner");
    }

    @Value.Lazy
    Map<String, Episode> episodesById() {
        return index(episodes(), Episode::id, "episode");
    }

    @Value.Lazy
    Map<String, Prescription> prescriptionsById() {
        return index(prescriptions(), Prescription::id, "prescription");
    }

    @Value.Check
    void check() {
        practitionersById();
        episodesById();
        prescriptionsById();
        index(approvals(), Approval::id, "approval");
        index(sessions(), Session::id, "session");
        for (Prescription p : prescriptions()) {
            String where = "prescription[" + p.id() + "]";
            checkRef(episodesById(), where + ".episodeId", p.episodeId());
            p.facts().checkFor(FactTarget.PRESCRIPTION, episodesById().get(p.episodeId()).profession(), () -> where);
        }
        for (Approval a : approvals()) {
            String where = "approval[" + a.id() + "]";
            checkRef(episodesById(), where + ".episodeId", a.episodeId());
            Profession episodeProfession = episodesById().get(a.episodeId()).profession();
            if (!a.kind().profession().equals(episodeProfession)) {
                throw InvalidInputException.of(where + ".kind", a.kind(),
                        "is not an approval of " + episodeProfession + ", the profession of episode " + a.episodeId());
            }
        }
        sessions().forEach(this::checkSession);
        patient().birthDate().ifPresent(born -> sessions().stream().filter(x -> x.date().isBefore(born)).findFirst()
                .ifPresent(x -> {
                    // the birth date is personal data: the field and the problem only
                    throw new InvalidInputException("patient.birthDate is after the date of session " + x.id());
                }));
    }

    private void checkSession(Session s) {
        // field names are built only on failure: this runs for every session of every history
        Practitioner practitioner = practitionersById().get(s.practitionerId());
        if (practitioner == null) {
            checkRef(practitionersById(), where(s) + ".practitionerId", s.practitionerId());
        }
        Episode episode = episodesById().get(s.episodeId());
        if (episode == null) {
            checkRef(episodesById(), where(s) + ".episodeId", s.episodeId());
        }
        Profession profession = practitioner.profession();
        Profession episodeProfession = episode.profession();
        if (!profession.equals(episodeProfession)) {
            throw InvalidInputException.of(where(s) + ".practitionerId", s.practitionerId(),
                    "is a practitioner of " + profession + ", but episode " + s.episodeId() + " is of "
                            + episodeProfession);
        }
        s.facts().checkFor(FactTarget.SESSION, profession, () -> where(s));
        java.util.Optional<String> prescriptionId = s.prescriptionId();    // one Optional, not two
        if (prescriptionId.isPresent()) {
            String pid = prescriptionId.get();
            Prescription p = prescriptionsById().get(pid);
            if (p == null) {
                checkRef(prescriptionsById(), where(s) + ".prescriptionId", pid);
            }
            if (!p.episodeId().equals(s.episodeId())) {
                throw InvalidInputException.of(where(s) + ".prescriptionId", pid,
                        "is for episode " + p.episodeId() + ", not for the session's episode " + s.episodeId());
            }
        }
    }

    private static String where(Session s) {
        return "session[" + s.id() + "]";
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id, String kind) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            if (map.putIfAbsent(id.apply(item), item) != null) {
                throw InvalidInputException.of(kind + ".id", id.apply(item), "is used twice");
            }
        }
        return Map.copyOf(map);
    }

    private static void checkRef(Map<String, ?> index, String field, String id) {
        if (!index.containsKey(id)) {
            throw InvalidInputException.of(field, id, "refers to nothing in the care history");
        }
    }

    private static <T> T find(Map<String, T> index, String field, String id) {
        if (id == null) {
            throw new io.github.inamirules.NullValueException(field);
        }
        T found = index.get(id);
        if (found == null) {
            throw InvalidInputException.of(field, id, "refers to nothing in the care history");
        }
        return found;
    }
}
