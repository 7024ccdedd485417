package io.github.inamirules.occupational;

/**
 * Whether the rehabilitation programme was followed as an inpatient or an outpatient ("en internat ou en
 * externat", ERGO-10), written on the episode as {@link OccupationalTherapyFacts#SETTING}. Both qualify;
 * the fact is kept because it may be what tells codes 784291 and 784302 apart (E-Q3, not confirmed).
 *
 * <p>Names in files: {@code internal}, {@code external}.
 */
public enum Setting {
    /** Inpatient programme (internat / internaat). */
    INTERNAL,
    /** Outpatient programme (externat / externaat). */
    EXTERNAL
}
