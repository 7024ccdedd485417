package io.github.inamirules.report;

import io.github.inamirules.NullValueException;

/**
 * One page of a {@link YearReport}: a calendar year and its self-contained HTML document.
 *
 * <p>Immutable and thread-safe.
 *
 * @param year the calendar year of the page's sessions
 * @param html the page: one HTML document in UTF-8, with its style sheet and drawings inline
 */
public record YearPage(int year, String html) {

    /**
     * Checks the page.
     *
     * @param year the calendar year
     * @param html the page
     */
    public YearPage {
        if (html == null) {
            throw new NullValueException("html");
        }
    }
}
