package io.github.inamirules.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.github.inamirules.InamiRulesException;
import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.model.Approval;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Episode;
import io.github.inamirules.model.Fact;
import io.github.inamirules.model.Facts;
import io.github.inamirules.model.Practitioner;
import io.github.inamirules.model.Prescription;
import io.github.inamirules.model.Session;
import io.github.inamirules.scenario.Expectation.ExpectedValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes scenario files in the format {@link ScenarioReader} reads: what it writes reads back to equal
 * care histories and expectations. Sessions are written one by one (series are expanded).
 * {@link #recordExpectations} turns an assessment into full expectations, to store a case as it is
 * decided today.
 *
 * <p>Stateless and thread-safe.
 */
public final class ScenarioWriter {
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    private ScenarioWriter() {
    }

    /**
     * Writes a scenario file as YAML text.
     *
     * @param file the scenarios
     * @return the YAML text
     */
    public static String write(ScenarioFile file) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", ScenarioFile.CURRENT_FORMAT);
        List<Object> scenarios = new ArrayList<>();
        file.scenarios().forEach(s -> scenarios.add(scenario(s)));
        root.put("scenarios", scenarios);
        try {
            return YAML.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new InamiRulesException("cannot write scenario file " + file.name() + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Writes a scenario file to a path, UTF-8.
     *
     * @param file the scenarios
     * @param path where to write
     * @throws InamiRulesException if the file cannot be written
     */
    public static void write(ScenarioFile file, Path path) {
        try {
            Files.writeString(path, write(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InamiRulesException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Turns an assessment into one expectation per session with every field that has a value: outcome,
     * band, rank, code, amounts, reason codes, refusal code, used-up-by.
     *
     * @param assessment the assessment of a scenario's history
     * @param file the file name to use in the expectations' locations
     * @return the expectations, in session order
     */
    public static List<Expectation> recordExpectations(Assessment assessment, String file) {
        List<Expectation> out = new ArrayList<>();
        SourceLocation here = new SourceLocation(file, 1, 1);
        for (Decision d : assessment.decisions()) {
            List<ExpectedValue> values = new ArrayList<>();
            for (String field : Expectation.SESSION_FIELDS) {
                List<String> actual = ScenarioChecker.sessionValue(d, field);
                if (!field.equals("missing") && !field.equals("absent_reasons")
                        && !(field.equals("reasons") && actual.isEmpty())) {
                    values.add(new ExpectedValue(field, actual, here));
                }
            }
            out.add(new Expectation(Expectation.Kind.SESSIONS, List.of(d.sessionId()), Optional.empty(),
                    Optional.empty(), Optional.empty(), values, here));
        }
        return out;
    }

    private static Map<String, Object> scenario(Scenario s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        s.description().ifPresent(d -> m.put("description", d));
        CareHistory h = s.history();
        Map<String, Object> patient = new LinkedHashMap<>();
        patient.put("id", h.patient().id());
        h.patient().birthDate().ifPresent(b -> patient.put("birth_date", b.toString()));
        patient.put("preferential", periods(h.patient().preferentialPeriods()));
        m.put("patient", patient);
        m.put("practitioners", h.practitioners().stream().map(ScenarioWriter::practitioner).toList());
        m.put("episodes", h.episodes().stream().map(ScenarioWriter::episode).toList());
        m.put("prescriptions", h.prescriptions().stream().map(ScenarioWriter::prescription).toList());
        m.put("approvals", h.approvals().stream().map(ScenarioWriter::approval).toList());
        m.put("sessions", h.sessions().stream().map(ScenarioWriter::session).toList());
        m.put("expect", s.expectations().stream().map(ScenarioWriter::expectation).toList());
        return m;
    }

    private static Object periods(List<DateRange> periods) {
        if (periods.isEmpty()) {
            return false;
        }
        if (periods.size() == 1 && periods.get(0).start().equals(HistoryReader.ALWAYS) && periods.get(0).isUnbounded()) {
            return true;
        }
        return periods.stream().map(ScenarioWriter::period).toList();
    }

    private static Map<String, Object> period(DateRange p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", p.start().toString());
        if (!p.isUnbounded()) {
            m.put("to", p.end().toString());
        }
        return m;
    }

    private static Map<String, Object> practitioner(Practitioner p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("profession", p.profession().id());
        p.inamiNumber().ifPresent(n -> m.put("inami_number", n));
        m.put("conventioned", periods(p.conventionPeriods()));
        facts(p.facts(), m);
        return m;
    }

    private static Map<String, Object> episode(Episode e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("profession", e.profession().id());
        m.put("kind", e.kind().id());
        facts(e.facts(), m);
        return m;
    }

    /** Each fact as a key of its own, written as the fact's parser reads it. */
    private static void facts(Facts facts, Map<String, Object> m) {
        facts.forEach((f, v) -> m.put(f.name(), v instanceof Boolean || v instanceof Integer ? v : text(f, v)));
    }

    @SuppressWarnings("unchecked")
    private static String text(Fact<?> fact, Object value) {
        return ((Fact<Object>) fact).format(value);
    }

    private static Map<String, Object> prescription(Prescription p) {
        if (p.id().equals(ExpectationReader.NONE)) {
            throw new InamiRulesException("cannot write prescription id '" + ExpectationReader.NONE
                    + "': the scenario format reserves it for 'no prescription'; rename the prescription");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("episode", p.episodeId());
        m.put("date", p.date().toString());
        p.startDate().ifPresent(d -> m.put("start_date", d.toString()));
        p.numberOfSessions().ifPresent(n -> m.put("sessions", n));
        p.prescriber().ifPresent(x -> m.put("prescriber", x));
        facts(p.facts(), m);
        return m;
    }

    private static Map<String, Object> approval(Approval a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("episode", a.episodeId());
        m.put("kind", a.kind().id());
        m.putAll(period(a.period()));
        return m;
    }

    private static Map<String, Object> session(Session s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("date", s.date().toString());
        m.put("practitioner", s.practitionerId());
        s.time().ifPresent(t -> m.put("time", t.toString()));
        m.put("episode", s.episodeId());
        m.put("prescription", s.prescriptionId().orElse(ExpectationReader.NONE));
        s.minutes().ifPresent(n -> m.put("minutes", n));
        facts(s.facts(), m);
        s.feeAsked().ifPresent(f -> m.put("fee_asked", f.toString()));
        return m;
    }

    private static Map<String, Object> expectation(Expectation e) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> fields = m;
        switch (e.kind()) {
            case SESSIONS:
                if (e.sessions().size() == 1) {
                    m.put("session", e.sessions().get(0));
                } else {
                    m.put("sessions", e.sessions());
                }
                break;
            case TOTALS:
                fields = new LinkedHashMap<>();
                m.put("totals", fields);
                break;
            case ERROR:
                break;
            default:
                m.put("entitlement", e.counter().orElseThrow());
                e.episode().ifPresent(p -> m.put("episode", p));
                e.periodStart().ifPresent(d -> m.put("from", d.toString()));
        }
        for (ExpectedValue v : e.values()) {
            boolean list = v.field().equals("reasons") || v.field().equals("absent_reasons")
                    || v.field().equals("missing");
            fields.put(v.field(), list ? v.expected() : v.text());
        }
        return m;
    }
}
