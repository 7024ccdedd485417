package io.github.inamirules.rates;

/**
 * How far a figure can be trusted: where it comes from. Written in lower case in the data files.
 */
public enum ProvenanceStatus {
    /** Stated by an official source: INAMI / RIZIV, the Moniteur belge, NomenSoft. */
    OFFICIAL,
    /** Stated by a secondary source: a mutuality, a professional association, the press. */
    REPORTED,
    /** Not stated by any source: computed from sourced figures by a derivation written in the note. */
    DERIVED,
    /**
     * In force by the last known text, no later change found: the note names that text and what was
     * searched for a change.
     */
    CARRIED,
    /**
     * No source gives the figure: the value is empty and the note says what was searched. A decision
     * that needs it reports it as missing; the row tells "unknown" from "forgotten".
     */
    UNKNOWN;

    /**
     * Tells whether a row of this status must explain itself in its note.
     *
     * @return true for derived, carried and unknown rows
     */
    public boolean needsNote() {
        return this == DERIVED || this == CARRIED || this == UNKNOWN;
    }
}
