package io.github.inamirules.rates;

/**
 * How far a figure can be trusted: where it comes from.
 */
public enum ProvenanceStatus {
    /** Stated by an official source: INAMI / RIZIV, the Moniteur belge, NomenSoft. */
    OFFICIAL,
    /** Stated by a secondary source: a mutuality, a professional association, the press. */
    REPORTED,
    /** Not stated by any source: computed from sourced figures by a rule written next to it. */
    DERIVED
}
