package io.github.inamirules.scenario;

import io.github.inamirules.model.ImmutableSession;
import io.github.inamirules.model.Session;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code sessions} list: single sessions and generated series. Package-private.
 *
 * <p>A series is {@code repeat: N} with {@code from: DATE} and either {@code on: [monday, thursday]}
 * (those weekdays) or {@code every: K} (every K days, default 1). Sessions without an {@code id} are
 * named {@code <pathology>-<n>}, n counting that pathology's sessions in file order from 1.
 */
final class SessionReader {
    /** Most sessions one series may generate. */
    static final int MAX_REPEAT = 1_000;
    /** Most sessions one scenario may hold. */
    static final int MAX_SESSIONS = 10_000;

    private final HistoryReader history;
    private final Map<String, SourceLocation> ids = new LinkedHashMap<>();
    private final Map<String, Integer> countByPathology = new HashMap<>();

    SessionReader(HistoryReader history) {
        this.history = history;
    }

    List<String> ids() {
        return List.copyOf(ids.keySet());
    }

    List<Session> read(List<YamlNode> items, SourceLocation scenario) {
        List<Session> sessions = new ArrayList<>();
        for (YamlNode item : items) {
            MapReader m = MapReader.of(item, "session");
            if (m.has("repeat")) {
                series(m, sessions);
            } else {
                sessions.add(single(m, m.optionalText("id").orElse(null), m.date("date")));
            }
            if (sessions.size() > MAX_SESSIONS) {
                throw new ScenarioException(m.location(), "more than " + MAX_SESSIONS + " sessions in one scenario");
            }
            m.done();
        }
        return sessions;
    }

    private void series(MapReader m, List<Session> sessions) {
        int count = m.integer("repeat", 1, MAX_REPEAT);
        LocalDate day = m.date("from");
        if (m.has("on") && m.has("every")) {
            throw m.node("every").error("session series: give either 'on' (weekdays) or 'every' (days), not both");
        }
        Set<DayOfWeek> on = weekdays(m);
        int every = m.optionalInteger("every", 1, 366).orElse(1);
        for (int i = 0; i < count; i++) {
            while (!on.isEmpty() && !on.contains(day.getDayOfWeek())) {
                day = day.plusDays(1);
            }
            sessions.add(single(m, null, day));
            day = day.plusDays(on.isEmpty() ? every : 1);
        }
    }

    private static Set<DayOfWeek> weekdays(MapReader m) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (YamlNode n : m.list("on")) {
            days.add(MapReader.enumValue(n, "session.on", DayOfWeek.class));
        }
        return days;
    }

    private Session single(MapReader m, String explicitId, LocalDate date) {
        String pathology = history.pathologyOf(m);
        int n = countByPathology.merge(pathology, 1, Integer::sum);
        String id = explicitId != null ? explicitId : pathology + "-" + n;
        SourceLocation at = explicitId != null ? m.node("id").location : m.location();
        SourceLocation before = ids.putIfAbsent(id, at);
        if (before != null) {
            throw new ScenarioException(at, "session id '" + id + "' is already used at " + before);
        }
        ImmutableSession.Builder b = Session.builder().id(id).date(date).practitionerId(history.practitionerOf(m))
                .pathologyId(pathology).place(HistoryReader.place(m));
        String prescription = history.prescriptionOf(m, pathology);
        if (prescription != null) {
            b.prescriptionId(prescription);
        }
        m.optionalInteger("minutes", 1, 600).ifPresent(b::durationMinutes);
        m.optionalMoney("fee_asked").ifPresent(b::feeAsked);
        return HistoryReader.guarded(m.location(), b::build);
    }
}
