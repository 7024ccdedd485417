package io.github.inamirules.scenario;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.model.Approval;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Episode;
import io.github.inamirules.model.FactTarget;
import io.github.inamirules.model.ImmutableCareHistory;
import io.github.inamirules.model.Patient;
import io.github.inamirules.model.Practitioner;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.model.Profession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads the care-history part of a scenario (patient, practitioners, episodes, prescriptions,
 * approvals, sessions) onto the core model, checking every reference where it is written and
 * resolving every profession word (episode kinds, approval kinds, facts) through the installed
 * vocabularies. Package-private; the format is documented in {@link ScenarioReader}.
 */
final class HistoryReader {
    static final LocalDate ALWAYS = LocalDate.MIN;

    private final MapReader scenario;
    private final ProfessionWords words;
    private final ImmutableCareHistory.Builder history = CareHistory.builder();
    private final Map<String, SourceLocation> practitioners = new LinkedHashMap<>();
    private final Map<String, Profession> professionOfPractitioner = new LinkedHashMap<>();
    private final Map<String, SourceLocation> episodes = new LinkedHashMap<>();
    private final Map<String, Profession> professionOfEpisode = new LinkedHashMap<>();
    private final Map<String, List<String>> prescriptionsByEpisode = new LinkedHashMap<>();
    private final Map<String, String> episodeOfPrescription = new LinkedHashMap<>();
    private List<String> sessionIds = List.of();

    HistoryReader(MapReader scenario, ProfessionWords words) {
        this.scenario = scenario;
        this.words = words;
    }

    ProfessionWords words() {
        return words;
    }

    CareHistory read() {
        history.patient(patient());
        practitioners();
        episodes();
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

    /**
     * The patient: every error under it names the field and the problem, never the value (an id may be a
     * national number, a birth date is personal data).
     */
    private Patient patient() {
        if (!scenario.has("patient")) {
            return Patient.builder().id("patient").build();
        }
        try {
            MapReader p = MapReader.of(scenario.node("patient"), "patient");
            var b = Patient.builder().id(p.optionalText("id").orElse("patient"));
            p.optionalDate("birth_date").ifPresent(b::birthDate);
            b.preferentialPeriods(periods(p, "preferential"));
            p.done();
            return guarded(p.location(), b::build);
        } catch (ScenarioException e) {
            throw new ScenarioException(e.location(), redacted(e.getMessage().substring(e.location().toString().length()
                    + 2)));
        }
    }

    /** A message with every quoted or found value removed. */
    static String redacted(String message) {
        String m = message.replaceAll("'[^']*'", "(value not shown)");
        int found = m.indexOf(", found ");
        m = found < 0 ? m : m.substring(0, found) + ", found a value not shown (personal data)";
        return m.replaceAll("= [^:]*:", "(value not shown):").replaceAll("\\b\\d{4}-\\d{2}-\\d{2}\\b", "(date not shown)");
    }

    private void practitioners() {
        for (YamlNode node : scenario.list("practitioners")) {
            MapReader m = MapReader.of(node, "practitioner");
            String id = unique(m, practitioners, "practitioner");
            Profession profession = m.has("profession")
                    ? words.profession(m.node("profession"), "practitioner.profession", m.text("profession"))
                    : words.profession(node, "practitioner.profession", ProfessionWords.FORMAT_1_DEFAULT_PROFESSION);
            var b = Practitioner.builder().id(id).profession(profession).conventionPeriods(periods(m, "conventioned"));
            m.optionalText("inami_number").ifPresent(b::inamiNumber);
            b.facts(words.facts(m, profession, FactTarget.PRACTITIONER));
            m.done();
            history.addPractitioners(guarded(m.location(), b::build));
            professionOfPractitioner.put(id, profession);
        }
    }

    /** {@code episodes} (or format 1's {@code pathologies}), each with {@code kind} (or {@code situation}). */
    private void episodes() {
        String section = scenario.synonym("episodes", "pathologies");
        String what = section.equals("episodes") ? "episode" : "pathology";
        for (YamlNode node : scenario.list(section)) {
            MapReader m = MapReader.of(node, what);
            String id = unique(m, episodes, what);
            Profession given = m.has("profession")
                    ? words.profession(m.node("profession"), what + ".profession", m.text("profession")) : null;
            String kindKey = m.synonym("kind", "situation");
            var kind = words.episodeKind(m.node(kindKey), what + "." + kindKey, m.text(kindKey), given);
            var b = Episode.builder().id(id).kind(kind)
                    .facts(words.facts(m, kind.profession(), FactTarget.EPISODE));
            m.done();
            Episode episode = guarded(m.location(), b::build);
            guarded(m.location(), () -> {
                words.vocabulary(kind.profession(), node, what).checkEpisode(episode);
                return episode;
            });
            history.addEpisodes(episode);
            prescriptionsByEpisode.put(id, new ArrayList<>());
            professionOfEpisode.put(id, kind.profession());
        }
    }

    private void prescriptions() {
        Map<String, SourceLocation> seen = new LinkedHashMap<>();
        for (YamlNode node : scenario.list("prescriptions")) {
            MapReader m = MapReader.of(node, "prescription");
            String id = unique(m, seen, "prescription");
            String episode = episodeRef(m);
            var b = Prescription.builder().id(id).episodeId(episode).date(m.date("date"));
            m.optionalDate("start_date").ifPresent(b::startDate);
            m.optionalInteger("sessions", 1, 10_000).ifPresent(b::numberOfSessions);
            m.optionalText("prescriber").ifPresent(b::prescriber);
            b.facts(words.facts(m, professionOfEpisode.get(episode), FactTarget.PRESCRIPTION));
            m.done();
            history.addPrescriptions(guarded(m.location(), b::build));
            prescriptionsByEpisode.get(episode).add(id);
            episodeOfPrescription.put(id, episode);
        }
    }

    private void approvals() {
        int n = 0;
        Map<String, SourceLocation> seen = new LinkedHashMap<>();
        for (YamlNode node : scenario.list("approvals")) {
            n++;
            MapReader m = MapReader.of(node, "approval");
            String id = m.has("id") ? unique(m, seen, "approval") : "approval-" + n;
            String episode = episodeRef(m);
            var b = Approval.builder().id(id).episodeId(episode).kind(words.approvalKind(m.node("kind"),
                    "approval.kind", m.text("kind"), professionOfEpisode.get(episode))).period(period(m));
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

    /** The episode a session refers to: {@code episode} (or {@code pathology}), or the only one. */
    String episodeOf(MapReader m) {
        String key = m.synonym("episode", "pathology");
        if (!m.has(key) && episodes.size() == 1) {
            return episodes.keySet().iterator().next();
        }
        return reference(m, key, episodes, "episodes");
    }

    private String episodeRef(MapReader m) {
        return reference(m, m.synonym("episode", "pathology"), episodes, "episodes");
    }

    Profession professionOfPractitioner(String id) {
        return professionOfPractitioner.get(id);
    }

    /** The session's prescription: as written, {@code none}, or the episode's only one. */
    String prescriptionOf(MapReader m, String episode) {
        List<String> candidates = prescriptionsByEpisode.get(episode);
        if (!m.has("prescription")) {
            if (candidates.size() > 1) {
                throw new ScenarioException(m.location(), "session: episode '" + episode
                        + "' has several prescriptions " + candidates + "; say which with 'prescription:'");
            }
            return candidates.isEmpty() ? null : candidates.get(0);
        }
        String id = m.text("prescription");
        if (id.equals("none")) {
            return null;
        }
        String prescribedFor = episodeOfPrescription.get(id);
        if (prescribedFor == null) {
            throw m.node("prescription").error("session.prescription: '" + id + "' is not declared under "
                    + "prescriptions; declared: " + episodeOfPrescription.keySet());
        }
        if (!prescribedFor.equals(episode)) {
            throw m.node("prescription").error("session.prescription: '" + id + "' is for episode '" + prescribedFor
                    + "', not for '" + episode + "'");
        }
        return id;
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
