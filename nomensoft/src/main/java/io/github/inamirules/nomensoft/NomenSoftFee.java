package io.github.inamirules.nomensoft;

import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Money;
import java.util.Objects;

/**
 * One {@code NOMEN_HONORAIRES} record of a NomenSoft fee export: a nomenclature code's amount of one
 * category (0 = honoraire / honorarium, the fee) over a period, with the document that set it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the nomenclature code, e.g. {@code "567011"}
 * @param labelFr the French label of the code
 * @param labelNl the Dutch label of the code
 * @param period the period, half-open: {@code dbegin_fee} included, the day after {@code dend_fee}
 *     excluded, unbounded when {@code dend_fee} is {@code 2999-12-31}
 * @param category the {@code fee_code_cat}, {@code 0} for the fee
 * @param amount the amount, in whole cents
 * @param authorDoc the {@code author_doc}, the document that set the amount
 * @param authorityId the {@code authority_id}
 * @param location where the record is, {@code file:line}
 */
public record NomenSoftFee(String code, String labelFr, String labelNl, DateRange period, String category,
        Money amount, String authorDoc, String authorityId, String location) {

    /** The {@code fee_code_cat} of the fee (honoraire / honorarium). */
    public static final String FEE = "0";

    /**
     * Checks the components.
     *
     * @param code the nomenclature code
     * @param labelFr the French label
     * @param labelNl the Dutch label
     * @param period the period, half-open
     * @param category the fee category
     * @param amount the amount
     * @param authorDoc the document that set the amount
     * @param authorityId the authority id
     * @param location where the record is
     */
    public NomenSoftFee {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(labelFr, "labelFr");
        Objects.requireNonNull(labelNl, "labelNl");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(authorDoc, "authorDoc");
        Objects.requireNonNull(authorityId, "authorityId");
        Objects.requireNonNull(location, "location");
    }

    /**
     * Tells whether the record is a fee (category 0).
     *
     * @return true for a fee
     */
    public boolean isFee() {
        return FEE.equals(category);
    }
}
