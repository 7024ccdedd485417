package io.github.inamirules.assessment;

import static io.github.inamirules.assessment.Attributes.required;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Profession;
import io.github.inamirules.rates.Provenance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The decision for one session: whether it is reimbursed, under which code, for how much, and why.
 *
 * <h2>Amounts</h2>
 * <ul>
 *   <li>{@link #fee()}: the official fee of the code (honoraire / honorarium) on the date, or the
 *       lower fee the practitioner charged: the insurance never pays more than was charged.</li>
 *   <li>{@link #insurance()}: what the compulsory insurance pays.</li>
 *   <li>{@link #patientShare()}: the patient's part of that fee (ticket modérateur /
 *       remgeld), so that {@code fee = insurance + patientShare}.</li>
 *   <li>{@link #supplement()}: what a non-conventioned practitioner charges above the official fee;
 *       the insurance pays none of it. The patient pays {@link #patientTotal()} =
 *       {@code patientShare + supplement}.</li>
 * </ul>
 * <h2>Two questions: coverage, then amounts</h2>
 * {@link #outcome()} answers "is the session covered?". A {@link Outcome#REIMBURSED} decision is
 * covered; when every amount is known ({@link #isPriced()}) {@code fee = insurance + patientShare},
 * and when a source gives no fee or insurance, the decision stays reimbursed with what is known (band,
 * code, patient share) and lists each unknown in {@link #missing()} with impact
 * {@link Missing.Impact#AMOUNT}. A {@link Outcome#REFUSED} decision has an insurance amount of zero, a
 * {@link #refusalCode()} and, where an entitlement was used up, the session that used it up
 * ({@link #usedUpBy()}); its fee is whatever the parties agreed, so it is not given. An
 * {@link Outcome#INSUFFICIENT_DATA} decision is one whose coverage itself cannot be decided (an unknown
 * cap, a missing birth date for an age rule): it lists at least one {@link Missing.Impact#COVERAGE}
 * item and gives whatever could still be determined.
 *
 * <p>Written by hand rather than generated, as {@link Reason} is: an assessment builds one per
 * session, so a decision is one object holding its two lists, with no builder copies and no
 * {@code Optional} kept. Equality is that of every attribute.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
public final class Decision {
    private final String sessionId;
    private final LocalDate date;
    private final Profession profession;
    private final String episodeId;
    private final Outcome outcome;
    private final @Nullable Band band;
    private final @Nullable String nomenclatureCode;
    private final @Nullable Money fee;
    private final @Nullable Money insurance;
    private final @Nullable Money patientShare;
    private final Money supplement;
    private final List<Reason> reasons;
    private final @Nullable RefusalCode refusalCode;
    private final @Nullable String usedUpBy;
    private final List<Missing> missing;
    private final @Nullable Provenance tariffProvenance;

    private Decision(Builder b) {
        this.sessionId = b.sessionId;
        this.date = b.date;
        this.profession = b.profession;
        this.episodeId = b.episodeId;
        this.outcome = b.outcome;
        this.band = b.band;
        this.nomenclatureCode = b.nomenclatureCode;
        this.fee = b.fee;
        this.insurance = b.insurance;
        this.patientShare = b.patientShare;
        this.supplement = b.supplement;
        this.reasons = FrozenList.copyOf(b.reasons, "reasons element");   // no copy of one already frozen
        this.refusalCode = b.refusalCode;
        this.usedUpBy = b.usedUpBy;
        this.missing = FrozenList.copyOf(b.missing, "missing element");
        this.tariffProvenance = b.tariffProvenance;
        check();
    }

    /**
     * Returns a new builder (for rule sets).
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the id of the session decided.
     *
     * @return the session id
     */
    public String sessionId() {
        return sessionId;
    }

    /**
     * Returns the date of service.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns the profession whose rule set decided.
     *
     * @return the profession
     */
    public Profession profession() {
        return profession;
    }

    /**
     * Returns the id of the episode of care the session belongs to.
     *
     * @return the episode id
     */
    public String episodeId() {
        return episodeId;
    }

    /**
     * Returns the outcome.
     *
     * @return the outcome
     */
    public Outcome outcome() {
        return outcome;
    }

    /**
     * Returns the band the session fell in, with its rank, if one was determined.
     *
     * @return the band
     */
    public Optional<Band> band() {
        return Optional.ofNullable(band);
    }

    /**
     * Returns the nomenclature code the session is attested under, if determined.
     *
     * @return the code, e.g. {@code "567011"}
     */
    public Optional<String> nomenclatureCode() {
        return Optional.ofNullable(nomenclatureCode);
    }

    /**
     * Returns the fee the session is attested at, if known: the official fee of the code on the date,
     * or the lower fee the practitioner asked.
     *
     * @return the fee
     */
    public Optional<Money> fee() {
        return Optional.ofNullable(fee);
    }

    /**
     * Returns the insurance amount, if known; zero for a refused session.
     *
     * @return the insurance amount
     */
    public Optional<Money> insurance() {
        return Optional.ofNullable(insurance);
    }

    /**
     * Returns the patient's share of the official fee, if known.
     *
     * @return the patient share (ticket modérateur / remgeld)
     */
    public Optional<Money> patientShare() {
        return Optional.ofNullable(patientShare);
    }

    /**
     * Returns the supplement the practitioner may charge above the official fee; zero by default.
     *
     * @return the supplement, never negative
     */
    public Money supplement() {
        return supplement;
    }

    /**
     * Returns what the patient pays in all, if the patient share is known.
     *
     * @return patient share plus supplement
     */
    public Optional<Money> patientTotal() {
        return patientShare == null ? Optional.empty() : Optional.of(patientShare.plus(supplement));
    }

    /**
     * Returns the reasons: every rule that fired, refusals, warnings and missing data included.
     *
     * @return the reasons, in the order the rules fired (unmodifiable)
     */
    public List<Reason> reasons() {
        return reasons;
    }

    /**
     * Returns the eTarif refusal code of a refused session.
     *
     * @return the refusal code
     */
    public Optional<RefusalCode> refusalCode() {
        return Optional.ofNullable(refusalCode);
    }

    /**
     * Returns the id of the earlier session that used up the entitlement, for a session refused
     * because a maximum was reached or a day already had its session.
     *
     * @return the session id
     */
    public Optional<String> usedUpBy() {
        return Optional.ofNullable(usedUpBy);
    }

    /**
     * Returns what was missing to decide or price the session.
     *
     * @return the missing inputs or rates (unmodifiable)
     */
    public List<Missing> missing() {
        return missing;
    }

    /**
     * Tells whether fee, insurance and patient share are all known.
     *
     * @return true for a refused session and for a reimbursed one with every amount
     */
    public boolean isPriced() {
        return outcome == Outcome.REFUSED || fee != null && insurance != null && patientShare != null;
    }

    /**
     * Returns where the tariff used comes from, if one was used.
     *
     * @return the tariff's provenance
     */
    public Optional<Provenance> tariffProvenance() {
        return Optional.ofNullable(tariffProvenance);
    }

    /**
     * Tells whether the session is reimbursed.
     *
     * @return true if the outcome is {@link Outcome#REIMBURSED}
     */
    public boolean isReimbursed() {
        return outcome == Outcome.REIMBURSED;
    }

    /**
     * Tells whether one of the reasons has a code.
     *
     * @param code a reason code
     * @return true if a reason has it
     */
    public boolean hasReason(String code) {
        for (Reason r : reasons) {
            if (r.code().equals(code)) {
                return true;
            }
        }
        return false;
    }

    private void check() {
        // the field names are built only on failure: this runs for every decision
        if (supplement.isNegative()) {
            throw InvalidInputException.of(where() + ".supplement", supplement, "must not be negative");
        }
        switch (outcome) {
            case REIMBURSED:
                if (!isPriced()) {
                    if (!hasMissing(Missing.Impact.AMOUNT)) {
                        throw InvalidInputException.of(where() + ".missing", "empty",
                                "an unpriced reimbursed session must say which amount is missing");
                    }
                } else if (!fee.equals(insurance.plus(patientShare))) {
                    throw InvalidInputException.of(where() + ".fee", fee,
                            "is not insurance " + insurance + " + patient share " + patientShare);
                }
                if (hasMissing(Missing.Impact.COVERAGE)) {
                    throw InvalidInputException.of(where() + ".outcome", outcome,
                            "a session whose coverage is unknown is INSUFFICIENT_DATA");
                }
                break;
            case REFUSED:
                if (refusalCode == null) {
                    throw InvalidInputException.of(where() + ".refusalCode", "empty", "a refusal needs a code");
                }
                break;
            case INSUFFICIENT_DATA:
                if (!hasMissing(Missing.Impact.COVERAGE)) {
                    throw InvalidInputException.of(where() + ".missing", "no coverage item",
                            "say what leaves the coverage undecided");
                }
                break;
            default:
                throw new IllegalStateException(outcome.name());
        }
    }

    private String where() {
        return "decision[" + sessionId + "]";
    }

    private boolean hasMissing(Missing.Impact impact) {
        for (int i = 0; i < missing.size(); i++) {           // by index: no iterator per decision
            if (missing.get(i).impact() == impact) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Decision)) {
            return false;
        }
        Decision d = (Decision) other;
        return sessionId.equals(d.sessionId) && date.equals(d.date) && profession.equals(d.profession)
                && episodeId.equals(d.episodeId) && outcome == d.outcome && Objects.equals(band, d.band)
                && Objects.equals(nomenclatureCode, d.nomenclatureCode) && Objects.equals(fee, d.fee)
                && Objects.equals(insurance, d.insurance) && Objects.equals(patientShare, d.patientShare)
                && supplement.equals(d.supplement) && reasons.equals(d.reasons)
                && refusalCode == d.refusalCode && Objects.equals(usedUpBy, d.usedUpBy)
                && missing.equals(d.missing) && Objects.equals(tariffProvenance, d.tariffProvenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sessionId, date, profession, episodeId, outcome, band, nomenclatureCode, fee, insurance,
                patientShare, supplement, reasons, refusalCode, usedUpBy, missing, tariffProvenance);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Decision{sessionId=").append(sessionId).append(", date=").append(date)
                .append(", profession=").append(profession).append(", episodeId=").append(episodeId)
                .append(", outcome=").append(outcome);
        optional(b, "band", band);
        optional(b, "nomenclatureCode", nomenclatureCode);
        optional(b, "fee", fee);
        optional(b, "insurance", insurance);
        optional(b, "patientShare", patientShare);
        b.append(", supplement=").append(supplement).append(", reasons=").append(reasons);
        optional(b, "refusalCode", refusalCode);
        optional(b, "usedUpBy", usedUpBy);
        b.append(", missing=").append(missing);
        optional(b, "tariffProvenance", tariffProvenance);
        return b.append('}').toString();
    }

    private static void optional(StringBuilder b, String name, @Nullable Object value) {
        if (value != null) {
            b.append(", ").append(name).append('=').append(value);
        }
    }

    /**
     * Builds a {@link Decision}: session id, date, profession, episode id and outcome are required;
     * the supplement defaults to zero, the lists to empty, every optional attribute to absent. A setter
     * taking an {@code Optional} sets or clears. {@link #build()} checks the decision (see
     * {@link Decision}: amounts, refusal code, missing items) and throws
     * {@link InvalidInputException} naming the field. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable String sessionId;
        private @Nullable LocalDate date;
        private @Nullable Profession profession;
        private @Nullable String episodeId;
        private @Nullable Outcome outcome;
        private @Nullable Band band;
        private @Nullable String nomenclatureCode;
        private @Nullable Money fee;
        private @Nullable Money insurance;
        private @Nullable Money patientShare;
        private Money supplement = Money.ZERO;
        private List<Reason> reasons = List.of();
        private @Nullable RefusalCode refusalCode;
        private @Nullable String usedUpBy;
        private List<Missing> missing = List.of();
        private @Nullable Provenance tariffProvenance;

        private Builder() {
        }

        /**
         * Copies every attribute of a decision.
         *
         * @param decision the decision
         * @return this builder
         */
        public Builder from(Decision decision) {
            required(decision, "decision");
            sessionId = decision.sessionId;
            date = decision.date;
            profession = decision.profession;
            episodeId = decision.episodeId;
            outcome = decision.outcome;
            band = decision.band;
            nomenclatureCode = decision.nomenclatureCode;
            fee = decision.fee;
            insurance = decision.insurance;
            patientShare = decision.patientShare;
            supplement = decision.supplement;
            reasons = decision.reasons;
            refusalCode = decision.refusalCode;
            usedUpBy = decision.usedUpBy;
            missing = decision.missing;
            tariffProvenance = decision.tariffProvenance;
            return this;
        }

        /**
         * Sets the session id.
         *
         * @param value the id
         * @return this builder
         */
        public Builder sessionId(String value) {
            sessionId = required(value, "sessionId");
            return this;
        }

        /**
         * Sets the date of service.
         *
         * @param value the date
         * @return this builder
         */
        public Builder date(LocalDate value) {
            date = required(value, "date");
            return this;
        }

        /**
         * Sets the profession.
         *
         * @param value the profession
         * @return this builder
         */
        public Builder profession(Profession value) {
            profession = required(value, "profession");
            return this;
        }

        /**
         * Sets the episode id.
         *
         * @param value the id
         * @return this builder
         */
        public Builder episodeId(String value) {
            episodeId = required(value, "episodeId");
            return this;
        }

        /**
         * Sets the outcome.
         *
         * @param value the outcome
         * @return this builder
         */
        public Builder outcome(Outcome value) {
            outcome = required(value, "outcome");
            return this;
        }

        /**
         * Sets the band.
         *
         * @param value the band
         * @return this builder
         */
        public Builder band(Band value) {
            band = required(value, "band");
            return this;
        }

        /**
         * Sets or clears the band.
         *
         * @param value the band, or empty
         * @return this builder
         */
        public Builder band(Optional<? extends Band> value) {
            band = required(value, "band").orElse(null);
            return this;
        }

        /**
         * Sets the nomenclature code.
         *
         * @param value the code
         * @return this builder
         */
        public Builder nomenclatureCode(String value) {
            nomenclatureCode = required(value, "nomenclatureCode");
            return this;
        }

        /**
         * Sets or clears the nomenclature code.
         *
         * @param value the code, or empty
         * @return this builder
         */
        public Builder nomenclatureCode(Optional<String> value) {
            nomenclatureCode = required(value, "nomenclatureCode").orElse(null);
            return this;
        }

        /**
         * Sets the fee.
         *
         * @param value the fee
         * @return this builder
         */
        public Builder fee(Money value) {
            fee = required(value, "fee");
            return this;
        }

        /**
         * Sets or clears the fee.
         *
         * @param value the fee, or empty
         * @return this builder
         */
        public Builder fee(Optional<? extends Money> value) {
            fee = required(value, "fee").orElse(null);
            return this;
        }

        /**
         * Sets the insurance amount.
         *
         * @param value the amount
         * @return this builder
         */
        public Builder insurance(Money value) {
            insurance = required(value, "insurance");
            return this;
        }

        /**
         * Sets or clears the insurance amount.
         *
         * @param value the amount, or empty
         * @return this builder
         */
        public Builder insurance(Optional<? extends Money> value) {
            insurance = required(value, "insurance").orElse(null);
            return this;
        }

        /**
         * Sets the patient share.
         *
         * @param value the share
         * @return this builder
         */
        public Builder patientShare(Money value) {
            patientShare = required(value, "patientShare");
            return this;
        }

        /**
         * Sets or clears the patient share.
         *
         * @param value the share, or empty
         * @return this builder
         */
        public Builder patientShare(Optional<? extends Money> value) {
            patientShare = required(value, "patientShare").orElse(null);
            return this;
        }

        /**
         * Sets the supplement.
         *
         * @param value the supplement
         * @return this builder
         */
        public Builder supplement(Money value) {
            supplement = required(value, "supplement");
            return this;
        }

        /**
         * Adds a reason.
         *
         * @param element the reason
         * @return this builder
         */
        public Builder addReasons(Reason element) {
            reasons = appended(reasons, required(element, "reasons element"), "reasons element");
            return this;
        }

        /**
         * Adds reasons.
         *
         * @param elements the reasons
         * @return this builder
         */
        public Builder addReasons(Reason... elements) {
            return addAllReasons(List.of(required(elements, "reasons")));
        }

        /**
         * Sets the reasons, replacing any added before.
         *
         * @param elements the reasons
         * @return this builder
         */
        public Builder reasons(Iterable<? extends Reason> elements) {
            reasons = List.of();
            return addAllReasons(elements);
        }

        /**
         * Adds reasons.
         *
         * @param elements the reasons
         * @return this builder
         */
        public Builder addAllReasons(Iterable<? extends Reason> elements) {
            reasons = appendedAll(reasons, required(elements, "reasons"), "reasons element");
            return this;
        }

        /**
         * Sets the refusal code.
         *
         * @param value the code
         * @return this builder
         */
        public Builder refusalCode(RefusalCode value) {
            refusalCode = required(value, "refusalCode");
            return this;
        }

        /**
         * Sets or clears the refusal code.
         *
         * @param value the code, or empty
         * @return this builder
         */
        public Builder refusalCode(Optional<? extends RefusalCode> value) {
            refusalCode = required(value, "refusalCode").orElse(null);
            return this;
        }

        /**
         * Sets the session that used the entitlement up.
         *
         * @param value the session id
         * @return this builder
         */
        public Builder usedUpBy(String value) {
            usedUpBy = required(value, "usedUpBy");
            return this;
        }

        /**
         * Sets or clears the session that used the entitlement up.
         *
         * @param value the session id, or empty
         * @return this builder
         */
        public Builder usedUpBy(Optional<String> value) {
            usedUpBy = required(value, "usedUpBy").orElse(null);
            return this;
        }

        /**
         * Adds a missing item.
         *
         * @param element the item
         * @return this builder
         */
        public Builder addMissing(Missing element) {
            missing = appended(missing, required(element, "missing element"), "missing element");
            return this;
        }

        /**
         * Adds missing items.
         *
         * @param elements the items
         * @return this builder
         */
        public Builder addMissing(Missing... elements) {
            return addAllMissing(List.of(required(elements, "missing")));
        }

        /**
         * Sets the missing items, replacing any added before.
         *
         * @param elements the items
         * @return this builder
         */
        public Builder missing(Iterable<? extends Missing> elements) {
            missing = List.of();
            return addAllMissing(elements);
        }

        /**
         * Adds missing items.
         *
         * @param elements the items
         * @return this builder
         */
        public Builder addAllMissing(Iterable<? extends Missing> elements) {
            missing = appendedAll(missing, required(elements, "missing"), "missing element");
            return this;
        }

        /**
         * Sets the tariff's provenance.
         *
         * @param value the provenance
         * @return this builder
         */
        public Builder tariffProvenance(Provenance value) {
            tariffProvenance = required(value, "tariffProvenance");
            return this;
        }

        /**
         * Sets or clears the tariff's provenance.
         *
         * @param value the provenance, or empty
         * @return this builder
         */
        public Builder tariffProvenance(Optional<? extends Provenance> value) {
            tariffProvenance = required(value, "tariffProvenance").orElse(null);
            return this;
        }

        /**
         * Builds and checks the decision.
         *
         * @return the decision
         * @throws InvalidInputException if a required attribute is not set or the decision is inconsistent
         */
        public Decision build() {
            if (sessionId == null || date == null || profession == null || episodeId == null || outcome == null) {
                Attributes.requireSet("Decision", "sessionId", sessionId, "date", date, "profession", profession,
                        "episodeId", episodeId, "outcome", outcome);
            }
            return new Decision(this);
        }


        /**
         * The list with more elements: a list given whole into an empty one is copied once into a frozen
         * list (so {@link Decision} does not copy it again), anything else is appended, each element
         * checked.
         */
        private static <T> List<T> appendedAll(List<T> list, Iterable<? extends T> elements, String what) {
            if (list.isEmpty() && elements instanceof List) {
                @SuppressWarnings("unchecked")
                List<T> given = (List<T>) elements;
                return FrozenList.copyOf(given, what);
            }
            List<T> out = list instanceof ArrayList ? list : new ArrayList<>(list);
            for (T e : elements) {
                out.add(required(e, what));
            }
            return out;
        }

        private static <T> List<T> appended(List<T> list, T element, String what) {
            List<T> out = list instanceof ArrayList ? list : new ArrayList<>(list);
            out.add(required(element, what));
            return out;
        }
    }

}
