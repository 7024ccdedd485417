package io.github.inamirules.tables;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.model.Approval;
import io.github.inamirules.model.ApprovalKind;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Episode;
import io.github.inamirules.model.EpisodeKind;
import io.github.inamirules.model.FactTarget;
import io.github.inamirules.model.ImmutableCareHistory;
import io.github.inamirules.model.Patient;
import io.github.inamirules.model.Practitioner;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.model.Profession;
import io.github.inamirules.model.Session;
import io.github.inamirules.model.Term;
import io.github.inamirules.rules.Vocabulary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One run of {@link HistoryAssembler#assemble}: the rows of one patient, table by table, in the order
 * of the references (practitioners and episodes before what refers to them). Package-private; not
 * thread-safe, used by one call.
 */
final class Assembly {
    private final Map<Profession, Vocabulary> vocabularies;
    private final String patientId;
    private final Map<InputTable, List<RowReader>> rows = new EnumMap<>(InputTable.class);
    private final Map<String, Profession> practitioners = new HashMap<>();
    private final Map<String, Profession> episodes = new HashMap<>();
    private final Map<String, String> prescriptionEpisodes = new HashMap<>();
    private final FactRows facts;

    Assembly(Map<Profession, Vocabulary> vocabularies, String patientId, Collection<TableRow> given) {
        this.vocabularies = vocabularies;
        this.patientId = patientId;
        for (InputTable t : InputTable.values()) {
            rows.put(t, new ArrayList<>());
        }
        for (TableRow r : given) {
            if (r == null) {
                throw new io.github.inamirules.NullValueException("rows[]");
            }
            RowReader reader = new RowReader(r);
            if (!patientId.equals(reader.text(InputTable.PATIENT_ID))) {
                throw reader.error(InputTable.PATIENT_ID, null, "is not the patient's id");
            }
            rows.get(r.table()).add(reader);
        }
        rows.values().forEach(l -> l.sort(Comparator.comparingLong(x -> x.row().number())));
        this.facts = new FactRows(rows.get(InputTable.FACTS), vocabularies);
    }

    CareHistory history() {
        ImmutableCareHistory.Builder b = CareHistory.builder().patient(patient());
        each(InputTable.PRACTITIONERS, "practitionerId", this::practitioner, b::addPractitioners);
        each(InputTable.EPISODES, "episodeId", this::episode, b::addEpisodes);
        each(InputTable.PRESCRIPTIONS, "prescriptionId", this::prescription, b::addPrescriptions);
        each(InputTable.APPROVALS, "approvalId", this::approval, b::addApprovals);
        each(InputTable.SESSIONS, "sessionId", this::session, b::addSessions);
        facts.checkAllUsed();
        return b.build();
    }

    /** Reads every row of a table, in order, each with an id unique in the table. */
    private <T> void each(InputTable table, String idColumn, BiFunction<RowReader, String, T> read,
            Consumer<T> add) {
        Map<String, RowReader> ids = new HashMap<>();
        for (RowReader r : rows.get(table)) {
            add.accept(read.apply(r, unique(ids, r, idColumn)));
        }
    }

    private static String unique(Map<String, RowReader> ids, RowReader r, String column) {
        String id = r.requiredText(column);
        RowReader before = ids.putIfAbsent(id, r);
        if (before != null) {
            throw r.error(column, id, "is used twice, also in row " + before.row().number());
        }
        return id;
    }

    private Patient patient() {
        List<RowReader> found = rows.get(InputTable.PATIENTS);
        if (found.size() != 1) {
            throw new InvalidInputException("patients: " + (found.isEmpty() ? "no row" : found.size() + " rows ("
                    + found.stream().map(x -> "row " + x.row().number()).collect(Collectors.joining(", ")) + ")")
                    + " for the patient, expected one");
        }
        RowReader r = found.get(0);
        var b = Patient.builder().id(patientId).birthDate(Optional.ofNullable(r.date("birthDate")))
                .preferentialPeriods(r.periods("preferentialPeriods"));
        return built(r, b::build);
    }

    private Practitioner practitioner(RowReader r, String id) {
        Profession p = profession(r);
        practitioners.put(id, p);
        var b = Practitioner.builder().id(id).profession(p).inamiNumber(Optional.ofNullable(r.text("inamiNumber")))
                .conventionPeriods(r.periods("conventionPeriods")).facts(facts.of(FactTarget.PRACTITIONER, id, p));
        return built(r, b::build);
    }

    private Episode episode(RowReader r, String id) {
        Profession p = profession(r);
        String kindId = r.requiredText("kind");
        Vocabulary v = vocabularies.get(p);
        EpisodeKind kind = v.episodeKind(kindId).orElseThrow(() -> r.error("kind", kindId,
                "is not an episode kind of " + p + "; expected one of " + ids(v.episodeKinds())));
        episodes.put(id, p);
        var b = Episode.builder().id(id).kind(kind).facts(facts.of(FactTarget.EPISODE, id, p));
        return built(r, b::build);
    }

    private Prescription prescription(RowReader r, String id) {
        String episodeId = reference(r, "episodeId", episodes, InputTable.EPISODES);
        prescriptionEpisodes.put(id, episodeId);
        var b = Prescription.builder().id(id).episodeId(episodeId).date(r.requiredDate("date"))
                .prescriber(Optional.ofNullable(r.text("prescriber")))
                .startDate(Optional.ofNullable(r.date("startDate")))
                .numberOfSessions(Optional.ofNullable(r.integer("numberOfSessions")))
                .facts(facts.of(FactTarget.PRESCRIPTION, id, episodes.get(episodeId)));
        return built(r, b::build);
    }

    private Approval approval(RowReader r, String id) {
        String episodeId = reference(r, "episodeId", episodes, InputTable.EPISODES);
        Vocabulary v = vocabularies.get(episodes.get(episodeId));
        String kindId = r.requiredText("kind");
        ApprovalKind kind = v.approvalKind(kindId).orElseThrow(() -> r.error("kind", kindId,
                "is not an approval kind of " + v.profession() + "; expected one of " + ids(v.approvalKinds())));
        LocalDate start = r.requiredDate("start");
        LocalDate end = r.date("end");
        if (end != null && end.isBefore(start)) {
            throw r.error("end", end, "is before start " + start);
        }
        var b = Approval.builder().id(id).episodeId(episodeId).kind(kind)
                .period(DateRange.of(start, end == null ? LocalDate.MAX : end));
        return built(r, b::build);
    }

    private Session session(RowReader r, String id) {
        String practitionerId = reference(r, "practitionerId", practitioners, InputTable.PRACTITIONERS);
        String episodeId = reference(r, "episodeId", episodes, InputTable.EPISODES);
        String prescriptionId = r.text("prescriptionId");
        if (prescriptionId != null && !prescriptionEpisodes.containsKey(prescriptionId)) {
            throw r.error("prescriptionId", prescriptionId, "refers to no row of table prescriptions");
        }
        if (prescriptionId != null && !prescriptionEpisodes.get(prescriptionId).equals(episodeId)) {
            throw r.error("prescriptionId", prescriptionId, "is a prescription for episode "
                    + prescriptionEpisodes.get(prescriptionId) + ", not for " + episodeId);
        }
        if (!practitioners.get(practitionerId).equals(episodes.get(episodeId))) {
            throw r.error("practitionerId", practitionerId, "is a practitioner of " + practitioners.get(practitionerId)
                    + ", but episode " + episodeId + " is of " + episodes.get(episodeId));
        }
        var b = Session.builder().id(id).date(r.requiredDate("date")).time(Optional.ofNullable(r.time("time")))
                .practitionerId(practitionerId).episodeId(episodeId).prescriptionId(Optional.ofNullable(prescriptionId))
                .minutes(Optional.ofNullable(r.integer("minutes"))).feeAsked(Optional.ofNullable(r.amount("feeAsked")))
                .facts(facts.of(FactTarget.SESSION, id, practitioners.get(practitionerId)));
        return built(r, b::build);
    }

    private static String reference(RowReader r, String column, Map<String, ?> known, InputTable table) {
        String id = r.requiredText(column);
        if (!known.containsKey(id)) {
            throw r.error(column, id, "refers to no row of table " + table.tableName());
        }
        return id;
    }

    private Profession profession(RowReader r) {
        String text = r.requiredText("profession");
        Profession p;
        try {
            p = Profession.of(text);
        } catch (InvalidInputException e) {
            throw r.error("profession", text, "is not a profession id");
        }
        if (!vocabularies.containsKey(p)) {
            throw r.error("profession", text, "has no installed rule set; installed: " + vocabularies.keySet());
        }
        return p;
    }

    private static String ids(Collection<? extends Term> kinds) {
        return kinds.stream().map(Term::id).collect(Collectors.joining(", "));
    }

    /**
     * Builds a model value, saying which row an error of the model's checks comes from; every value was
     * read from the row before, so every exception caught here is the model's.
     */
    private static <T> T built(RowReader r, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidInputException e) {
            throw r.locate(e);
        }
    }
}
