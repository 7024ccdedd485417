package io.github.inamirules.rates;

import io.github.inamirules.RateDataException;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Profession;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The official fee (honoraire / honorarium) of one nomenclature code over a period, with the
 * nomenclature's label, and, where the insurance's part is not simply the fee minus the fixed patient
 * share, the insurance amounts for ordinary and preferential patients.
 *
 * <p>A fee no source gives is an explicit {@link ProvenanceStatus#UNKNOWN unknown} row without fee,
 * whose note says what was searched; it is never guessed. Immutable and thread-safe.
 */
public final class Tariff extends RateRow {
    private final String code;
    private final String label;
    private final Money fee;
    private final Money insuranceOrdinary;
    private final Money insurancePreferential;

    private Tariff(Profession profession, String code, String label, DateRange period, Money fee,
            Money insuranceOrdinary, Money insurancePreferential, Provenance provenance, Map<String, Integer> columns) {
        super(profession, period, provenance, columns);
        this.code = Objects.requireNonNull(code, "code");
        this.label = Objects.requireNonNull(label, "label");
        this.fee = fee;
        this.insuranceOrdinary = insuranceOrdinary;
        this.insurancePreferential = insurancePreferential;
        if ((fee == null) != isUnknown()) {
            throw new RateDataException(location("fee") + ": tariff " + code
                    + (isUnknown() ? ": an unknown row has no fee" : ": a fee is required (or status unknown)"));
        }
    }

    /**
     * Obtains a tariff row.
     *
     * @param profession the profession
     * @param code the nomenclature code, e.g. {@code "567011"}
     * @param label the nomenclature's label of the code, possibly empty
     * @param period the period, half-open
     * @param fee the official fee, or null for an unknown row
     * @param insuranceOrdinary the insurance amount for an ordinary patient, or null if it is the fee
     *     minus the fixed patient share
     * @param insurancePreferential the same for a preferential patient, or null
     * @param provenance where it comes from
     * @return the tariff
     * @throws RateDataException if the fee is absent and the status is not unknown, or the reverse
     */
    public static Tariff of(Profession profession, String code, String label, DateRange period, @Nullable Money fee,
            @Nullable Money insuranceOrdinary, @Nullable Money insurancePreferential, Provenance provenance) {
        return new Tariff(profession, code, label, period, fee, insuranceOrdinary, insurancePreferential, provenance,
                Map.of());
    }

    static Tariff read(Profession profession, String code, String label, DateRange period, Money fee,
            Money insuranceOrdinary, Money insurancePreferential, Provenance provenance, Map<String, Integer> columns) {
        return new Tariff(profession, code, label, period, fee, insuranceOrdinary, insurancePreferential, provenance,
                columns);
    }

    /**
     * Returns the nomenclature code.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * Returns the nomenclature's label of the code, for reviewers.
     *
     * @return the label, possibly empty
     */
    public String label() {
        return label;
    }

    @Override
    public String key() {
        return code;
    }

    /**
     * Returns the official fee, if a source gives it.
     *
     * @return the fee; empty for an unknown row
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
        return profession() + " " + code + " " + period() + " fee " + (fee == null ? "unknown" : fee);
    }
}
