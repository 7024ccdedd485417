package io.github.inamirules.tables;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.model.CareHistory;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What {@link HistoryTables} made of one patient's rows: the care history, or the exception that says
 * which row is wrong. A row without a patient id is a failed result of its own, without patient id, so
 * no row is ever dropped silently.
 *
 * <p>{@link #toString()} never shows the patient id. Immutable and thread-safe.
 */
public final class PatientHistory {
    private final @Nullable String patientId;
    private final @Nullable CareHistory history;
    private final @Nullable InvalidInputException error;

    private PatientHistory(@Nullable String patientId, @Nullable CareHistory history,
            @Nullable InvalidInputException error) {
        this.patientId = patientId;
        this.history = history;
        this.error = error;
    }

    static PatientHistory assembled(String patientId, CareHistory history) {
        return new PatientHistory(patientId, history, null);
    }

    static PatientHistory failed(@Nullable String patientId, InvalidInputException error) {
        return new PatientHistory(patientId, null, error);
    }

    /**
     * Returns the patient's id, as given in the rows.
     *
     * @return the id; empty for a row without one
     */
    public Optional<String> patientId() {
        return Optional.ofNullable(patientId);
    }

    /**
     * Returns the history, if the rows make one.
     *
     * @return the history
     */
    public Optional<CareHistory> history() {
        return Optional.ofNullable(history);
    }

    /**
     * Returns the exception naming the table, column and row that make no history.
     *
     * @return the exception
     */
    public Optional<InvalidInputException> error() {
        return Optional.ofNullable(error);
    }

    /**
     * Returns the outcome, never the patient id.
     *
     * @return e.g. {@code PatientHistory[12 sessions]} or {@code PatientHistory[failed: sessions.date …]}
     */
    @Override
    public String toString() {
        return "PatientHistory[" + (history != null ? history.sessions().size() + " sessions"
                : "failed: " + java.util.Objects.requireNonNull(error).getMessage()) + "]";
    }
}
