package io.github.inamirules.testkit.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.inamirules.InamiRulesException;
import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Patient;
import io.github.inamirules.model.Session;
import io.github.inamirules.physiotherapy.Physiotherapy;
import io.github.inamirules.scenario.ScenarioChecker;
import io.github.inamirules.scenario.ScenarioReader;
import io.github.inamirules.scenario.ScenarioResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No personal data in any log line or exception message: patients with ids shaped like Belgian national
 * numbers (11 digits) and birth dates, a generated batch of histories ({@link io.github.inamirules.testkit.CareHistoryArbitraries}) assessed (and quoted) by engines
 * built in the test, a few invalid inputs that throw, scenario files that fail to read or to assess;
 * every SLF4J event at every level (TRACE included, through {@link RecordingSlf4jProvider}) and every
 * exception message, cause and stack trace text is searched for the patient ids, the birth dates (ISO,
 * {@code dd/MM/yyyy}, {@code dd.MM.yyyy}) and any 11-digit run or {@code yy.mm.dd-xxx.cc} shape.
 */
class PrivacyTest {
    /** National-number-shaped patient ids (yymmdd + 3-digit serial + 2-digit check) and their birth dates. */
    static final List<String> IDS = List.of("85073003328", "90022512345", "01010100107", "77123199965");
    static final List<LocalDate> BIRTHS = List.of(LocalDate.of(1985, 7, 30), LocalDate.of(1990, 2, 25),
            LocalDate.of(2001, 1, 1), LocalDate.of(1977, 12, 31));

    static final Pattern ELEVEN_DIGITS = Pattern.compile("(?<!\\d)\\d{11}(?!\\d)");
    static final Pattern FORMATTED_NATIONAL_NUMBER = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{2}-\\d{3}\\.\\d{2}");

    @Test
    void noPatientIdBirthDateOrNationalNumberInAnyLogLineOrExceptionMessage() throws Exception {
        assertThat(RecordingSlf4jProvider.isBound())
                .as("SLF4J must bind the recording provider of the test sources, not %s (SLF4J picks the first "
                        + "provider on the class path, and target/test-classes comes first)",
                        org.slf4j.LoggerFactory.getILoggerFactory().getClass().getName())
                .isTrue();
        RecordingSlf4jProvider.clear();
        List<String> texts = new ArrayList<>();

        // Engines built here, so that what they log when built is recorded too.
        ReimbursementEngine engine = ReimbursementEngine.builder().addInstalled().build();
        ReimbursementEngine installed = ReimbursementEngine.loadInstalled();

        List<CareHistory> batch = batch(engine);
        for (CareHistory h : batch) {
            Assessment a = engine.assess(h);
            assertThat(a.decisions()).hasSize(h.sessions().size());
            Session last = h.sessions().get(h.sessions().size() - 1);
            Session next = Session.builder().from(last).id("next").build();
            installed.quote(h, next);
        }
        assertThat(engine.assessAll(batch).assessmentsOrThrow()).hasSize(batch.size());

        for (Throwable t : invalidInputs(engine, batch.get(0))) {
            texts.add(text(t));
        }
        texts.addAll(scenarioErrors(engine));

        List<String> events = RecordingSlf4jProvider.events();
        assertThat(events).as("log events of the engine, recorded (it logs when built)")
                .anyMatch(e -> e.contains(ReimbursementEngine.class.getName()));
        texts.addAll(events);

        List<String> leaks = new ArrayList<>();
        for (String text : texts) {
            for (String found : personalData(text)) {
                leaks.add(found + " in: " + Contract.excerpt(text));
            }
        }
        assertThat(leaks).as("personal data in %d log events and exception texts", texts.size()).isEmpty();
    }

    @Test
    void theSearchFindsWhatItLooksFor() {
        assertThat(personalData("patient 85073003328, born 1985-07-30")).hasSize(3);
        assertThat(personalData("nn 85.07.30-033.28, born 30/07/1985, id 12345678901")).hasSize(3);
        assertThat(personalData("code 567011, fee 30.80, 2025-03-10, checksum 1234567890 or 123456789012")).isEmpty();
    }

    /** 120 generated histories of 2025 and 2026, each patient given a national-number id and a birth date. */
    static List<CareHistory> batch(ReimbursementEngine engine) {
        List<CareHistory> out = new ArrayList<>();
        for (int year : new int[] {2025, 2026}) {
            for (CareHistory h : Samples.histories(engine, Physiotherapy.PROFESSION, DateRange.ofYear(year), 60,
                    85073003328L + year)) {
                int p = out.size() % IDS.size();
                Patient patient = Patient.builder().from(h.patient()).id(IDS.get(p)).birthDate(BIRTHS.get(p)).build();
                out.add(CareHistory.builder().from(h).patient(patient).build());
            }
        }
        return out;
    }

    /** Inputs the engine or the model refuse, each with the patient's data in it. */
    static List<Throwable> invalidInputs(ReimbursementEngine engine, CareHistory valid) throws Exception {
        List<Throwable> out = new ArrayList<>();
        Session first = valid.sessions().get(0);
        // A session outside every rate module.
        out.add(thrown(() -> engine.assess(CareHistory.builder().from(valid)
                .addSessions(Session.builder().from(first).id("old").date(LocalDate.of(2024, 12, 31)).build())
                .build())));
        // A session before the patient's birth.
        out.add(thrown(() -> CareHistory.builder().from(valid)
                .patient(Patient.builder().from(valid.patient()).birthDate(first.date().plusDays(1)).build())
                .build()));
        // A birth date outside the supported dates.
        out.add(thrown(() -> Patient.builder().id(IDS.get(0)).birthDate(LocalDate.of(1, 1, 1)).build()));
        // Overlapping preferential periods.
        out.add(thrown(() -> Patient.builder().id(IDS.get(0)).birthDate(BIRTHS.get(0))
                .addPreferentialPeriods(DateRange.startingFrom(LocalDate.of(2025, 1, 1)))
                .addPreferentialPeriods(DateRange.startingFrom(LocalDate.of(2025, 6, 1))).build()));
        // An unknown practitioner, a duplicate session id.
        out.add(thrown(() -> CareHistory.builder().from(valid)
                .addSessions(Session.builder().from(first).id("ghost").practitionerId("nobody").build()).build()));
        out.add(thrown(() -> CareHistory.builder().from(valid).addSessions(first).build()));
        // Quoting a session whose id is taken; asking for a session that is not there.
        out.add(thrown(() -> engine.quote(valid, first)));
        out.add(thrown(() -> engine.assess(valid).decision("no-such-session")));
        out.add(thrown(() -> engine.assess(null)));
        return out;
    }

    /** Scenario files with a national-number patient that fail to read, or to assess. */
    static List<String> scenarioErrors(ReimbursementEngine engine) {
        List<String> out = new ArrayList<>();
        String patient = "    patient: {id: \"" + IDS.get(0) + "\", birth_date: " + BIRTHS.get(0) + "}\n";
        String head = "format: 1\nscenarios:\n  - name: privacy\n" + patient
                + "    practitioners: [{id: kine, conventioned: true}]\n"
                + "    pathologies: [{id: back, situation: courante}]\n"
                + "    prescriptions: [{id: rx-back, pathology: back, date: 2024-12-01}]\n";
        List<String> files = List.of(
                head + "    sessions: [{date: 2025-03-03, place: garden}]\n",
                head + "    sessions: [{date: 2025-03-03, prescription: rx-9}]\n",
                head + "    sessions: [{date: 2025-03-03}]\n    expect: [{session: back-1, insurace: 1}]\n",
                head + "    sessions: [{date: 1985-07-29}]\n",
                head + "    sessions: [{date: 2024-12-31}]\n    expect: [{session: back-1, outcome: reimbursed}]\n",
                head + "    sessions: [{date: 2025-03-03}]\n    expect: [{session: back-1, insurance: 1.00}]\n");
        ScenarioReader reader = new ScenarioChecker(engine).reader();
        ScenarioChecker checker = new ScenarioChecker(engine);
        for (int i = 0; i < files.size(); i++) {
            String name = "privacy-" + i + ".yaml";
            try {
                for (ScenarioResult r : checker.check(reader.read(name, files.get(i)))) {
                    r.error().ifPresent(out::add);
                    r.mismatches().forEach(m -> out.add(m.toString()));
                }
            } catch (InamiRulesException e) {
                out.add(text(e));
            }
        }
        return out;
    }

    static Throwable thrown(Callable<?> call) {
        try {
            call.call();
        } catch (InamiRulesException e) {
            return e;
        } catch (Exception e) {
            fail("expected an InamiRulesException, got " + e, e);
        }
        return fail("expected an exception");
    }

    /** Message, causes and stack trace text. */
    static String text(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return t.getMessage() + "\n" + w;
    }

    static List<String> personalData(String text) {
        List<String> found = new ArrayList<>();
        for (String id : IDS) {
            if (text.contains(id)) {
                found.add("patient id " + id);
            }
        }
        for (LocalDate b : BIRTHS) {
            for (String form : List.of(b.toString(), b.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                    b.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")))) {
                if (text.contains(form)) {
                    found.add("birth date " + form);
                }
            }
        }
        ELEVEN_DIGITS.matcher(text).results().forEach(m -> found.add("11 digits " + m.group()));
        FORMATTED_NATIONAL_NUMBER.matcher(text).results().forEach(m -> found.add("national number " + m.group()));
        return found;
    }
}
