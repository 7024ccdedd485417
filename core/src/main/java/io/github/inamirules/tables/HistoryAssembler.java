package io.github.inamirules.tables;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.Profession;
import io.github.inamirules.rules.RuleSet;
import io.github.inamirules.rules.Vocabulary;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns the rows of one patient in the {@linkplain InputTable input tables} into a {@link CareHistory}:
 * rows in any order (each table's rows are taken in the order of their numbers), profession words
 * (episode kinds, approval kinds, fact names and values) resolved through the vocabularies of the
 * installed rule sets, as scenario files are.
 *
 * <p>Any problem throws an {@link InvalidInputException} naming table, column and row
 * ({@code sessions.date = '2025-13-01': expected a date (sessions row 12)}): a missing or mistyped
 * value, an id used twice, a reference to no row, an unknown profession, kind or fact, and every
 * check of the model. Values of the patients table and patient ids are never shown.
 *
 * <p>Immutable and thread-safe: build one and share it.
 */
public final class HistoryAssembler {
    private final Map<Profession, Vocabulary> vocabularies;

    private HistoryAssembler(Map<Profession, Vocabulary> vocabularies) {
        this.vocabularies = vocabularies;
    }

    /**
     * Returns an assembler that speaks the words of an engine's rule sets.
     *
     * @param engine the engine
     * @return the assembler
     */
    public static HistoryAssembler of(ReimbursementEngine engine) {
        if (engine == null) {
            throw new NullValueException("engine");
        }
        return of(engine.ruleSets().values().stream().map(RuleSet::vocabulary).toList());
    }

    /**
     * Returns an assembler that speaks the words of some vocabularies.
     *
     * @param vocabularies the vocabularies, one per profession
     * @return the assembler
     */
    public static HistoryAssembler of(Collection<Vocabulary> vocabularies) {
        if (vocabularies == null) {
            throw new NullValueException("vocabularies");
        }
        Map<Profession, Vocabulary> map = new LinkedHashMap<>();
        vocabularies.forEach(v -> map.put(v.profession(), v));
        return new HistoryAssembler(java.util.Collections.unmodifiableMap(map));
    }

    /**
     * Assembles the history of one patient.
     *
     * @param patientId the patient's id, which every row must have in {@value InputTable#PATIENT_ID}
     * @param rows the patient's rows of every table, in any order; exactly one of the patients table
     * @return the history
     * @throws InvalidInputException naming table, column and row of the first problem found
     */
    public CareHistory assemble(String patientId, Collection<TableRow> rows) {
        if (patientId == null) {
            throw new NullValueException(InputTable.PATIENT_ID);
        }
        if (rows == null) {
            throw new NullValueException("rows");
        }
        return new Assembly(vocabularies, patientId, rows).history();
    }
}
