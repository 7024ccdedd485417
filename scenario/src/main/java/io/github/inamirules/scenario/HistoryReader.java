package io.github.inamirules.scenario;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.model.Approval;
import io.github.inamirules.model.ApprovalKind;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.ImmutableCareHistory;
import io.github.inamirules.model.Pathology;
import io.github.inamirules.model.Patient;
import io.github.inamirules.model.Place;
import io.github.inamirules.model.Practitioner;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.model.Profession;
import io.github.inamirules.model.Situation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads the care-history part of a scenario (patient, practitioners, pathologies, prescriptions,
 * approvals, sessions) onto the core model, checking every reference where it is written.
 * Package-private; the format is documented in {@link ScenarioReader}.
 */
final class HistoryReader {
    static final LocalDate ALWAYS = LocalDate.MIN;

    private final MapReader scenario;
    private final ImmutableCareHistory.Builder history = CareHistory.builder();
    private final Map<String, SourceLocation> practitioners = new LinkedHashMap<>();
    private final Map<String, SourceLocation> pathologies = new LinkedHashMap<>();
    private final Map<String, List<String>> prescriptionsByPathology = new LinkedHashMap<>();
    private final Map<String, String> pathologyOfPrescription = new LinkedHashMap<>();
    private List<String> sessionIds = List.of();

    HistoryReader(MapReader scenario) {
        this.scenario = scenario;
    }

    CareHistory read() {
        history.patient(patient());
        practitioners();
        pathologies();
        prescriptions();
        approvals();
        SessionReader sessions = new SessionReader(this);
        history.sessions(sessions.read(scenario.list("sessions"), scenario.location()));
        sessionIds = sessions.ids();
        return guarded(scenario.location(), history::build);
    }

    List<String> sessionIds() {
        return sessionIds;
    }

    private Patient patient() {
        if (!scenario.has("patient")) {
            return Patient.builder().id("patient").build();
        }
        MapReader p = MapReader.of(scenario.node("patient"), "patient");
        var b = Patient.builder().id(p.optionalText("id").orElse("patient"));
        p.optionalDate("birth_date").ifPresent(b::birthDate);
        b.preferentialPeriods(periods(p, "preferential"));
        p.done();
        return guarded(p.location(), b::build);
    }

    private void practitioners() {
        for (YamlNode node : scenario.list("practitioners")) {
            MapReader m = MapReader.of(node, "practitioner");
            String id = unique(m, practitioners, "practitioner");
            var b = Practitioner.builder().id(id)
                    .profession(m.optionalText("profession").map(t -> profession(m, t)).orElse(Profession.PHYSIOTHERAPY))
                    .conventionPeriods(periods(m, "conventioned"));
            m.optionalText("inami_number").ifPresent(b::inamiNumber);
            m.done();
            history.addPractitioners(guarded(m.location(), b::build));
        }
    }

    private static Profession profession(MapReader m, String text) {
        try {
            return Profession.of(text);
        } catch (InvalidInputException e) {
            throw m.node("profession").error("practitioner.profession: expected a profession id such as "
                    + "physiotherapy, found '" + text + "'");
        }
    }

    private void pathologies() {
        for (YamlNode node : scenario.list("pathologies")) {
            MapReader m = MapReader.of(node, "pathology");
            String id = unique(m, pathologies, "pathology");
            var b = Pathology.builder().id(id).situation(m.enumValue("situation", Situation.class))
                    .polytrauma(m.bool("polytrauma", false));
            m.done();
            history.addPathologies(guarded(m.location(), b::build));
            prescriptionsByPathology.put(id, new ArrayList<>());
        }
    }

    private void prescriptions() {
        Map<String, SourceLocation> seen = new LinkedHashMap<>();
        for (YamlNode node : scenario.list("prescriptions")) {
            MapReader m = MapReader.of(node, "prescription");
            String id = unique(m, seen, "prescription");
            String pathology = reference(m, "pathology", pathologies, "pathologies");
            var b = Prescription.builder().id(id).pathologyId(pathology).date(m.date("date"));
            m.optionalDate("start_date").ifPresent(b::startDate);
            m.optionalInteger("sessions", 1, 10_000).ifPresent(b::numberOfSessions);
            m.optionalText("prescriber").ifPresent(b::prescriber);
            m.done();
            history.addPrescriptions(guarded(m.location(), b::build));
            prescriptionsByPathology.get(pathology).add(id);
            pathologyOfPrescription.put(id, pathology);
        }
    }

    private void approvals() {
        int n = 0;
        Map<String, SourceLocation> seen = new LinkedHashMap<>();
        for (YamlNode node : scenario.list("approvals")) {
            n++;
            MapReader m = MapReader.of(node, "approval");
            String id = m.has("id") ? unique(m, seen, "approval") : "approval-" + n;
            var b = Approval.builder().id(id).pathologyId(reference(m, "pathology", pathologies, "pathologies"))
                    .kind(m.enumValue("kind", ApprovalKind.class)).period(period(m));
            m.done();
            history.addApprovals(guarded(m.location(), b::build));
        }
    }

    /** A period {@code from: DATE} with an optional exclusive {@code to: DATE}. */
    static DateRange period(MapReader m) {
        LocalDate from = m.date("from");
        return m.optionalDate("to").map(to -> {
            if (!to.isAfter(from)) {
                throw m.node("to").error("to: expected a day after 'from' " + from + " (periods are [from, to)), found "
                        + to);
            }
            return DateRange.of(from, to);
        }).orElse(DateRange.startingFrom(from));
    }

    /** {@code true}, {@code false}, or a list of periods. */
    private static List<DateRange> periods(MapReader m, String key) {
        if (!m.has(key)) {
            return List.of();
        }
        YamlNode node = m.node(key);
        if (node instanceof YamlNode.Scalar) {
            return MapReader.bool(node, key) ? List.of(DateRange.startingFrom(ALWAYS)) : List.of();
        }
        List<DateRange> periods = new ArrayList<>();
        for (YamlNode item : MapReader.list(node, key)) {
            MapReader p = MapReader.of(item, key + " period");
            periods.add(period(p));
            p.done();
        }
        return periods;
    }

    String practitionerOf(MapReader m) {
        if (!m.has("practitioner") && practitioners.size() == 1) {
            return practitioners.keySet().iterator().next();
        }
        return reference(m, "practitioner", practitioners, "practitioners");
    }

    String pathologyOf(MapReader m) {
        if (!m.has("pathology") && pathologies.size() == 1) {
            return pathologies.keySet().iterator().next();
        }
        return reference(m, "pathology", pathologies, "pathologies");
    }

    /** The session's prescription: as written, {@code none}, or the pathology's only one. */
    String prescriptionOf(MapReader m, String pathology) {
        List<String> candidates = prescriptionsByPathology.get(pathology);
        if (!m.has("prescription")) {
            if (candidates.size() > 1) {
                throw new ScenarioException(m.location(), "session: pathology '" + pathology
                        + "' has several prescriptions " + candidates + "; say which with 'prescription:'");
            }
            return candidates.isEmpty() ? null : candidates.get(0);
        }
        String id = m.text("prescription");
        if (id.equals("none")) {
            return null;
        }
        String prescribedFor = pathologyOfPrescription.get(id);
        if (prescribedFor == null) {
            throw m.node("prescription").error("session.prescription: '" + id + "' is not declared under "
                    + "prescriptions; declared: " + pathologyOfPrescription.keySet());
        }
        if (!prescribedFor.equals(pathology)) {
            throw m.node("prescription").error("session.prescription: '" + id + "' is for pathology '" + prescribedFor
                    + "', not for '" + pathology + "'");
        }
        return id;
    }

    static Place place(MapReader m) {
        return m.optionalEnum("place", Place.class).orElse(Place.PRACTICE);
    }

    private static String unique(MapReader m, Map<String, SourceLocation> seen, String what) {
        String id = m.text("id");
        SourceLocation before = seen.putIfAbsent(id, m.node("id").location);
        if (before != null) {
            throw m.node("id").error(what + ".id: '" + id + "' is already used at " + before);
        }
        return id;
    }

    private static String reference(MapReader m, String key, Map<String, SourceLocation> declared, String section) {
        String id = m.text(key);
        if (!declared.containsKey(id)) {
            throw m.node(key).error(key + ": '" + id + "' is not declared under " + section + "; declared: "
                    + declared.keySet());
        }
        return id;
    }

    /** Runs a core builder and reports its validation error at the item's location. */
    static <T> T guarded(SourceLocation location, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidInputException e) {
            throw new ScenarioException(location, e.getMessage());
        }
    }
}
