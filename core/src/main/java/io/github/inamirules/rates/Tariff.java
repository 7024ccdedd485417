package io.github.inamirules.rates;

import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Profession;
import java.util.Objects;
import java.util.Optional;

/**
 * The official fee (honoraire / honorarium) of one nomenclature code over a period, and, where the
 * insurance's part is not simply the fee minus the fixed patient share, the insurance amounts for
 * ordinary and preferential patients.
 *
 * <p>An amount no source gives is absent, never guessed. Immutable and thread-safe.
 */
public final class Tariff extends RateRow {
    private final String code;
    private final Money fee;
    private final Money insuranceOrdinary;
    private final Money insurancePreferential;

    private Tariff(Profession profession, String code, DateRange period, Money fee, Money insuranceOrdinary,
            Money insurancePreferential, Provenance provenance) {
        super(profession, period, provenance);
        this.code = Objects.requireNonNull(code, "code");
        this.fee = fee;
        this.insuranceOrdinary = insuranceOrdinary;
        this.insurancePreferential = insurancePreferential;
    }

    /**
     * Obtains a tariff row.
     *
     * @param profession the profession
     * @param code the nomenclature code, e.g. {@code "567011"}
     * @param period the period, half-open
     * @param fee the official fee, or null if unknown
     * @param insuranceOrdinary the insurance amount for an ordinary patient, or null if it is the fee
     *     minus the fixed patient share
     * @param insurancePreferential the same for a preferential patient, or null
     * @param provenance where it comes from
     * @return the tariff
     */
    public static Tariff of(Profession profession, String code, DateRange period, Money fee,
            Money insuranceOrdinary, Money insurancePreferential, Provenance provenance) {
        return new Tariff(profession, code, period, fee, insuranceOrdinary, insurancePreferential, provenance);
    }

    /**
     * Returns the nomenclature code.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    @Override
    public String key() {
        return code;
    }

    /**
     * Returns the official fee, if known.
     *
     * @return the fee
     */
    public Optional<Money> fee() {
        return Optional.ofNullable(fee);
    }

    /**
     * Returns the insurance amount for a patient, if the data gives it explicitly (for codes whose
     * reimbursement is not fee minus fixed patient share, such as dépassement sessions).
     *
     * @param preferential true for a preferential (BIM) patient
     * @return the explicit insurance amount, if any
     */
    public Optional<Money> insurance(boolean preferential) {
        return Optional.ofNullable(preferential ? insurancePreferential : insuranceOrdinary);
    }

    @Override
    public String toString() {
        return profession() + " " + code + " " + period() + " fee " + fee;
    }
}
