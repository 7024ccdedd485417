package io.github.inamirules.rates;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a row of rate data comes from: its sources, how reliable it is, and the note a derived,
 * carried or unknown row must have (the derivation, the text carried, what was searched), plus the
 * place of the row in its module ({@code rates-2025:physiotherapy/tariffs.psv:12}).
 *
 * <p>Two provenances are equal when status, sources, note and location are, so the same data loaded
 * twice give equal decisions. Immutable and thread-safe.
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
     * @param note the derivation of a derived figure, the text a carried figure rests on, what was
     *     searched for an unknown one, or a remark; may be empty otherwise
     * @param location where the row is, {@code module:file:line}
     * @return the provenance
     * @throws IllegalArgumentException if a derived, carried or unknown row has no note
     */
    public static Provenance of(ProvenanceStatus status, List<Source> sources, String note, String location) {
        Objects.requireNonNull(status, "status");
        if (status.needsNote() && (note == null || note.isBlank())) {
            throw new IllegalArgumentException("a " + status.name().toLowerCase(java.util.Locale.ROOT)
                    + " row needs a note at " + location);
        }
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
     * the text a carried figure rests on, what was searched for an unknown one, or a remark.
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
    public boolean equals(Object obj) {
        if (!(obj instanceof Provenance)) {
            return false;
        }
        Provenance other = (Provenance) obj;
        return status == other.status && sources.equals(other.sources) && note.equals(other.note)
                && location.equals(other.location);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, sources, note, location);
    }

    @Override
    public String toString() {
        return status + " " + sources + (note.isEmpty() ? "" : " (" + note + ")") + " at " + location;
    }
}
