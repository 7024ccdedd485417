package io.github.inamirules.rates;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a row of rate data comes from: its sources, how reliable it is, and for a derived figure the
 * derivation, plus the place of the row in its module ({@code rates-2025:tariffs.psv:12}).
 *
 * <p>Immutable and thread-safe.
 */
public final class Provenance {
    private final ProvenanceStatus status;
    private final List<Source> sources;
    private final String note;
    private final String location;

    private Provenance(ProvenanceStatus status, List<Source> sources, String note, String location) {
        this.status = Objects.requireNonNull(status, "status");
        this.sources = List.copyOf(sources);
        this.note = Objects.requireNonNull(note, "note");
        this.location = Objects.requireNonNull(location, "location");
    }

    /**
     * Obtains a provenance.
     *
     * @param status how reliable the figure is
     * @param sources the sources, at least one
     * @param note the derivation of a derived figure, or a remark; may be empty otherwise
     * @param location where the row is, {@code module:file:line}
     * @return the provenance
     */
    public static Provenance of(ProvenanceStatus status, List<Source> sources, String note, String location) {
        return new Provenance(status, sources, note, location);
    }

    /**
     * Returns how reliable the figure is.
     *
     * @return the status
     */
    public ProvenanceStatus status() {
        return status;
    }

    /**
     * Returns the sources of the figure.
     *
     * @return the sources, at least one
     */
    public List<Source> sources() {
        return sources;
    }

    /**
     * Returns the derivation of a derived figure (e.g. "2024 fee 30.00 × 1.0268, M/25 indexation"),
     * or a remark.
     *
     * @return the derivation or remark, if any
     */
    public Optional<String> note() {
        return note.isEmpty() ? Optional.empty() : Optional.of(note);
    }

    /**
     * Returns where the row is: {@code module:file:line}.
     *
     * @return the location
     */
    public String location() {
        return location;
    }

    @Override
    public String toString() {
        return status + " " + sources + (note.isEmpty() ? "" : " (" + note + ")") + " at " + location;
    }
}
