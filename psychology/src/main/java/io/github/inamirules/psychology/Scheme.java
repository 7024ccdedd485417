package io.github.inamirules.psychology;

/**
 * The three successive reimbursement schemes of clinical psychology (psy.md §0): the pilot
 * "psychologie de première ligne" with a referral, the 2021 convention (first-line and specialised
 * care) and the 2024 convention (three functions). Which one decides a session is read from the rates
 * in force on its date ({@link SchemeSelection}).
 */
public enum Scheme {
    /** The pilot, 2019-04-01 to the end of 2021 (PSY-10 to PSY-19). */
    PILOT,
    /** The 2021 convention, 2021-09-01 to 2024-03-31 (PSY-20 to PSY-31). */
    CONV_2021,
    /** The 2024 convention, from 2024-04-01 (PSY-40 to PSY-48). */
    CONV_2024
}
