package io.github.inamirules.complementary.maf;

/** Whether a profession's legal patient shares of a year count towards the MAF. */
public enum MafStatus {
    /** A source says they count, for every session of the year. */
    COUNTS,
    /** A source says they do not count, for every session of the year. */
    DOES_NOT_COUNT,
    /** For some session of the year no source says: the total cannot classify them. */
    UNKNOWN
}
