package io.github.inamirules.rates;

import io.github.inamirules.InamiRulesException;

/**
 * A rule read a figure that its rate module gives as an explicit {@link ProvenanceStatus#UNKNOWN
 * unknown} row: no source gives it. Not an error of the data: rule sets catch it and report the figure
 * as missing in the decision that needed it.
 */
public class UnknownFigureException extends InamiRulesException {
    private static final long serialVersionUID = 1L;

    private final transient RateRow row;

    /**
     * Creates the exception.
     *
     * @param row the unknown row
     */
    public UnknownFigureException(RateRow row) {
        super(row.key() + " is unknown on " + row.period() + " (" + row.provenance().note().orElse("") + ") at "
                + row.provenance().location());
        this.row = row;
    }

    /**
     * Returns the unknown row, with its note saying what was searched.
     *
     * @return the row
     */
    public RateRow row() {
        return row;
    }
}
