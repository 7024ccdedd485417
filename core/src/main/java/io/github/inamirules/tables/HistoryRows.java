package io.github.inamirules.tables;

import io.github.inamirules.NullValueException;
import io.github.inamirules.model.Approval;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.Episode;
import io.github.inamirules.model.Fact;
import io.github.inamirules.model.FactTarget;
import io.github.inamirules.model.Facts;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Patient;
import io.github.inamirules.model.Practitioner;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.model.Session;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link CareHistory} as rows of the {@linkplain InputTable input tables}, the inverse of
 * {@link HistoryAssembler}: assembling the rows gives back an equal history. Rows are numbered from 1 in
 * each table, in the order of the history's lists; facts are written with {@link Fact#format(Object)}.
 * Thread-safe: the one method keeps no state between calls.
 */
public final class HistoryRows {
    private final String patientId;
    private final List<TableRow> rows = new ArrayList<>();
    private final Map<InputTable, Long> numbers = new EnumMap<>(InputTable.class);

    private HistoryRows(String patientId) {
        this.patientId = patientId;
    }

    /**
     * Writes a history as rows.
     *
     * @param history the history
     * @return its rows, table by table in the order of {@link InputTable}, facts last
     */
    public static List<TableRow> of(CareHistory history) {
        if (history == null) {
            throw new NullValueException("history");
        }
        HistoryRows out = new HistoryRows(history.patient().id());
        out.patient(history.patient());
        history.practitioners().forEach(out::practitioner);
        history.episodes().forEach(out::episode);
        history.prescriptions().forEach(out::prescription);
        history.approvals().forEach(out::approval);
        history.sessions().forEach(out::session);
        history.practitioners().forEach(p -> out.facts(FactTarget.PRACTITIONER, p.id(), p.facts()));
        history.episodes().forEach(e -> out.facts(FactTarget.EPISODE, e.id(), e.facts()));
        history.prescriptions().forEach(p -> out.facts(FactTarget.PRESCRIPTION, p.id(), p.facts()));
        history.sessions().forEach(s -> out.facts(FactTarget.SESSION, s.id(), s.facts()));
        return List.copyOf(out.rows);
    }

    private void add(InputTable table, Object... namesAndValues) {
        Map<String, @Nullable Object> values = new HashMap<>();
        values.put(InputTable.PATIENT_ID, patientId);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        long number = numbers.merge(table, 1L, Long::sum);
        rows.add(TableRow.of(table, number, values));
    }

    private void patient(Patient p) {
        add(InputTable.PATIENTS, "birthDate", p.birthDate().orElse(null),
                "preferentialPeriods", periods(p.preferentialPeriods()));
    }

    private void practitioner(Practitioner p) {
        add(InputTable.PRACTITIONERS, "practitionerId", p.id(), "profession", p.profession().id(),
                "inamiNumber", p.inamiNumber().orElse(null), "conventionPeriods", periods(p.conventionPeriods()));
    }

    private void episode(Episode e) {
        add(InputTable.EPISODES, "episodeId", e.id(), "profession", e.profession().id(), "kind", e.kind().id());
    }

    private void prescription(Prescription p) {
        add(InputTable.PRESCRIPTIONS, "prescriptionId", p.id(), "episodeId", p.episodeId(), "date", p.date(),
                "prescriber", p.prescriber().orElse(null), "startDate", p.startDate().orElse(null),
                "numberOfSessions", p.numberOfSessions().orElse(null));
    }

    private void approval(Approval a) {
        add(InputTable.APPROVALS, "approvalId", a.id(), "episodeId", a.episodeId(), "kind", a.kind().id(),
                "start", a.period().start(), "end", a.period().isUnbounded() ? null : a.period().end());
    }

    private void session(Session s) {
        add(InputTable.SESSIONS, "sessionId", s.id(), "date", s.date(),
                "time", s.time().map(LocalTime::toString).orElse(null), "practitionerId", s.practitionerId(),
                "episodeId", s.episodeId(), "prescriptionId", s.prescriptionId().orElse(null),
                "minutes", s.minutes().orElse(null), "feeAsked", s.feeAsked().map(Money::amount).orElse(null));
    }

    private void facts(FactTarget target, String ownerId, Facts facts) {
        facts.forEach((fact, value) -> add(InputTable.FACTS, "target", FactRows.targetName(target),
                "ownerId", ownerId, "name", fact.name(), "value", format(fact, value)));
    }

    @SuppressWarnings("unchecked")
    private static String format(Fact<?> fact, Object value) {
        return ((Fact<Object>) fact).format(value);
    }

    private static @Nullable String periods(List<io.github.inamirules.model.DateRange> periods) {
        return periods.isEmpty() ? null : RowReader.formatPeriods(periods);
    }
}
