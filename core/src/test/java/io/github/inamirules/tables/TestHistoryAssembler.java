package io.github.inamirules.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.model.Approval;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Patient;
import io.github.inamirules.testprofession.DietCare;
import io.github.inamirules.testprofession.DieteticsFiction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Rows of the input tables to care histories and back, and the errors naming table, column and row. */
class TestHistoryAssembler {
    private static final HistoryAssembler ASSEMBLER = HistoryAssembler.of(List.of(DieteticsFiction.VOCABULARY));
    private static final LocalDate DATE_2025_03_10 = LocalDate.of(2025, 3, 10);
    private static final String PATIENT = "patient-85073003328";

    /** A history using every column: periods, a birth date, times, a fee asked, facts, an approval. */
    static CareHistory fullHistory() {
        return DietCare.history()
                .patient(Patient.builder().id(PATIENT).birthDate(LocalDate.of(1985, 7, 30))
                        .addPreferentialPeriods(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 4, 1)),
                                DateRange.startingFrom(LocalDate.of(2025, 9, 1)))
                        .build())
                .addApprovals(Approval.builder().id("acc-1").episodeId("clinic").kind(DieteticsFiction.INTENSIVE_ACCORD)
                        .period(DateRange.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 8, 1))).build())
                .addSessions(DietCare.homeSession("s-1", DATE_2025_03_10).time(LocalTime.of(9, 30)).build(),
                        DietCare.session("s-2", DATE_2025_03_10).time(LocalTime.of(14, 0)).minutes(45)
                                .feeAsked(Money.parse("41.50")).build(),
                        DietCare.session("s-3", DATE_2025_03_10.plusDays(7), "clinic").practitionerId("diet-2").build())
                .build();
    }

    private static List<TableRow> rowsOf(CareHistory h) {
        return HistoryRows.of(h);
    }

    private static List<TableRow> replaced(List<TableRow> rows, InputTable table, long number, String column,
            Object value) {
        return rows.stream().map(r -> {
            if (r.table() != table || r.number() != number) {
                return r;
            }
            Map<String, Object> v = new HashMap<>(r.values());
            v.put(column, value);
            return TableRow.of(table, number, v);
        }).collect(Collectors.toList());
    }

    private static InvalidInputException failure(List<TableRow> rows) {
        try {
            ASSEMBLER.assemble(PATIENT, rows);
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).doesNotContain(PATIENT).doesNotContain("1985");
            return e;
        }
        throw new AssertionError("no exception");
    }

    @Test
    void theTables_haveStableNamesAndColumns() {
        assertThat(List.of(InputTable.values())).extracting(InputTable::tableName).containsExactly("patients",
                "practitioners", "episodes", "prescriptions", "approvals", "sessions", "facts");
        assertThat(InputTable.SESSIONS.columns()).extracting(InputTable.Column::name).containsExactly("patientId",
                "sessionId", "date", "time", "practitionerId", "episodeId", "prescriptionId", "minutes", "feeAsked");
        assertThat(InputTable.FACTS.columns()).extracting(InputTable.Column::name)
                .containsExactly("patientId", "target", "ownerId", "name", "value");
        assertThat(InputTable.named("approvals")).isEqualTo(InputTable.APPROVALS);
        assertThat(InputTable.SESSIONS.column("feeAsked").get().type())
                .isEqualTo(io.github.inamirules.assessment.DecisionRow.Type.AMOUNT);
        assertThat(InputTable.SESSIONS.column("prescriptionId").get().isRequired()).isFalse();
    }

    @Test
    void aHistory_writtenAsRowsAndAssembled_isEqual() {
        CareHistory h = fullHistory();
        List<TableRow> rows = rowsOf(h);
        assertThat(rows).filteredOn(r -> r.table() == InputTable.FACTS).hasSize(2);
        assertThat(rows).filteredOn(r -> r.table() == InputTable.PATIENTS).singleElement()
                .satisfies(r -> assertThat(r.get("preferentialPeriods")).isEqualTo("2024-01-01/2025-04-01,2025-09-01/"));
        assertThat(ASSEMBLER.assemble(PATIENT, rows)).isEqualTo(h);
    }

    @Test
    void rowsInAnyOrder_giveTheSameHistory() {
        List<TableRow> rows = new ArrayList<>(rowsOf(fullHistory()));
        Collections.shuffle(rows, new Random(7));
        assertThat(ASSEMBLER.assemble(PATIENT, rows)).isEqualTo(fullHistory());
    }

    @Test
    void blankOptionalTexts_areAbsent() {
        List<TableRow> rows = replaced(rowsOf(fullHistory()), InputTable.SESSIONS, 3, "time", " ");
        assertThat(ASSEMBLER.assemble(PATIENT, rows).sessions().get(2).time()).isEmpty();
    }

    @Test
    void aMissingOrMistypedValue_namesTableColumnAndRow() {
        List<TableRow> rows = rowsOf(fullHistory());
        assertThat(failure(replaced(rows, InputTable.SESSIONS, 2, "date", null)))
                .hasMessage("sessions.date = null: is missing (sessions row 2)");
        assertThat(failure(replaced(rows, InputTable.SESSIONS, 2, "date", "2025-03-10")))
                .hasMessage("sessions.date = '2025-03-10': expected a date (sessions row 2)");
        assertThat(failure(replaced(rows, InputTable.SESSIONS, 1, "minutes", 45L)).getMessage())
                .isEqualTo("sessions.minutes = 45: expected an integer (sessions row 1)");
        assertThat(failure(replaced(rows, InputTable.SESSIONS, 1, "feeAsked", new BigDecimal("1.234"))).getMessage())
                .startsWith("sessions.feeAsked = 1.234: ").endsWith("(sessions row 1)");
        assertThat(failure(replaced(rows, InputTable.SESSIONS, 1, "time", "9h30")))
                .hasMessage("sessions.time = '9h30': expected a time of day HH:mm or HH:mm:ss (sessions row 1)");
        assertThat(failure(replaced(rows, InputTable.PRACTITIONERS, 1, "conventionPeriods", "2020-01-01")).getMessage())
                .startsWith("practitioners.conventionPeriods = '2020-01-01': expected periods");
    }

    @Test
    void aModelCheck_namesTheRowToo() {
        InvalidInputException e = failure(replaced(rowsOf(fullHistory()), InputTable.SESSIONS, 2, "minutes", 700));
        assertThat(e).hasMessage("session[s-2].minutes = 700: must be from 1 to 600 (sessions row 2)");
        assertThat(e.sessionId()).contains("s-2");
    }

    @Test
    void patientValues_areNeverShown() {
        List<TableRow> rows = rowsOf(fullHistory());
        assertThat(failure(replaced(rows, InputTable.PATIENTS, 1, "birthDate", "1985-07-30")))
                .hasMessage("patients.birthDate: expected a date (patients row 1)");
        assertThat(failure(replaced(rows, InputTable.PATIENTS, 1, "birthDate", LocalDate.of(1600, 1, 1))).getMessage())
                .startsWith("patient.birthDate is outside").endsWith("(patients row 1)");
        assertThat(failure(replaced(rows, InputTable.SESSIONS, 1, InputTable.PATIENT_ID, "patient-2")))
                .hasMessage("sessions.patientId: is not the patient's id (sessions row 1)");
        assertThat(failure(rows.stream().filter(r -> r.table() != InputTable.PATIENTS).collect(Collectors.toList())))
                .hasMessage("patients: no row for the patient, expected one");
    }

    @Test
    void aDanglingReferenceOrATwiceUsedId_namesTheRow() {
        List<TableRow> rows = rowsOf(fullHistory());
        assertThat(failure(replaced(rows, InputTable.SESSIONS, 3, "practitionerId", "diet-9")))
                .hasMessage("sessions.practitionerId = 'diet-9': refers to no row of table practitioners (sessions row 3)");
        assertThat(failure(replaced(rows, InputTable.SESSIONS, 3, "prescriptionId", "rx-menu")))
                .hasMessage("sessions.prescriptionId = 'rx-menu': is a prescription for episode menu, not for clinic"
                        + " (sessions row 3)");
        assertThat(failure(replaced(rows, InputTable.SESSIONS, 3, "sessionId", "s-1")))
                .hasMessage("sessions.sessionId = 's-1': is used twice, also in row 1 (sessions row 3)");
        assertThat(failure(replaced(rows, InputTable.FACTS, 2, "ownerId", "s-9")))
                .hasMessage("facts.ownerId = 's-9': refers to no row of table sessions (facts row 2)");
    }

    @Test
    void unknownProfessionWords_listWhatIsExpected() {
        List<TableRow> rows = rowsOf(fullHistory());
        assertThat(failure(replaced(rows, InputTable.EPISODES, 1, "profession", "physiotherapy")))
                .hasMessage("episodes.profession = 'physiotherapy': has no installed rule set; installed:"
                        + " [dietetics-fiction] (episodes row 1)");
        assertThat(failure(replaced(rows, InputTable.EPISODES, 1, "kind", "courante")))
                .hasMessage("episodes.kind = 'courante': is not an episode kind of dietetics-fiction; expected one of"
                        + " standard, intensive (episodes row 1)");
        assertThat(failure(replaced(rows, InputTable.APPROVALS, 1, "kind", "fb-notification")).getMessage())
                .contains("is not an approval kind of dietetics-fiction; expected one of intensive-accord");
        assertThat(failure(replaced(rows, InputTable.FACTS, 2, "name", "video")))
                .hasMessage("facts.name = 'video': is not a fact of a session of dietetics-fiction; expected one of"
                        + " [place] (facts row 2)");
        assertThat(failure(replaced(rows, InputTable.FACTS, 2, "value", "moon")).getMessage())
                .startsWith("facts.value = 'moon': expected one of ").endsWith("for fact place (facts row 2)");
        assertThat(failure(replaced(rows, InputTable.FACTS, 1, "target", "patient")))
                .hasMessage("facts.target = 'patient': expected practitioner, episode, prescription or session"
                        + " (facts row 1)");
    }

    @Test
    void historyTables_groupPatientsAndKeepEveryFailure() {
        CareHistory other = DietCare.history().addSessions(DietCare.session("s-1", DATE_2025_03_10).build()).build();
        HistoryTables tables = HistoryTables.of(ASSEMBLER);
        List<TableRow> rows = new ArrayList<>(rowsOf(fullHistory()));
        rows.addAll(rowsOf(other));
        Collections.shuffle(rows, new Random(3));
        rows.forEach(tables::add);
        Map<String, Object> orphan = new HashMap<>();
        orphan.put("sessionId", "s-9");
        tables.add(InputTable.SESSIONS, orphan);

        List<PatientHistory> results = tables.histories();
        assertThat(results).hasSize(3);
        assertThat(results.get(0).patientId()).contains("p-1");
        assertThat(results.get(0).history()).contains(other);
        assertThat(results.get(1).history()).contains(fullHistory());
        PatientHistory failed = results.get(2);
        assertThat(failed.patientId()).isEmpty();
        assertThat(failed.error().get()).hasMessage("sessions.patientId: is missing or not a text (sessions row 5)");
        assertThat(results.get(1).toString()).isEqualTo("PatientHistory[3 sessions]").doesNotContain(PATIENT);
    }
}
