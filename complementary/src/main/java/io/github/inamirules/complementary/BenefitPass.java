package io.github.inamirules.complementary;

import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.Reason;
import io.github.inamirules.assessment.Severity;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Session;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One chronological pass over the sessions of a history: for each, the member's mutuality on the day,
 * the benefit row whose conditions hold (at most one: the data forbid two that could), its amount,
 * then its caps. The first cap of {@link CapKind}'s order that is reached stops the benefit (0.00);
 * an amount cap with less left than the amount pays what is left. A session counts towards the caps
 * when the benefit pays it more than 0.00 or an amount not known; once an amount counted by an amount
 * cap is unknown, later amounts under that cap are unknown too, never guessed. Not thread-safe: one
 * pass per call.
 */
final class BenefitPass {
    private final List<BenefitCoverage> coverage;
    private final List<Benefit> benefits;
    private final CareHistory history;
    private final Map<String, Tally> tallies = new HashMap<>();

    /** What one cap has counted in one period. */
    private static final class Tally {
        BigDecimal used = BigDecimal.ZERO;
        boolean known = true;
    }

    /** The verdict of one benefit row's conditions on a session. */
    private static final class Verdict {
        final @Nullable String code;
        final @Nullable String condition;

        Verdict(@Nullable String code, @Nullable String condition) {
            this.code = code;
            this.condition = condition;
        }

        boolean met() {
            return code == null;
        }

        boolean unknown() {
            return BenefitReasons.INSURANCE_UNDECIDED.equals(code) || BenefitReasons.BIRTH_DATE_UNKNOWN.equals(code);
        }
    }

    BenefitPass(List<BenefitCoverage> coverage, List<Benefit> benefits, CareHistory history) {
        this.coverage = coverage;
        this.benefits = benefits;
        this.history = history;
    }

    SessionBenefit decide(Session s, Decision d, @Nullable String mutuality) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("date", s.date().toString());
        values.put("profession", d.profession().id());
        if (mutuality == null) {
            return result(s, d, null, null, Money.ZERO, BenefitReasons.NOT_A_MEMBER, values, null);
        }
        values.put("mutuality", mutuality);
        if (coverage.stream().noneMatch(c -> c.covers(mutuality, d.profession(), s.date()))) {
            return result(s, d, mutuality, null, null, BenefitReasons.NOT_COVERED, values, null);
        }
        Benefit refusing = null;
        Verdict refusal = null;
        for (Benefit b : benefits) {
            if (!b.mutuality().equals(mutuality) || !b.profession().equals(d.profession())
                    || !b.period().contains(s.date())) {
                continue;
            }
            Verdict v = verdict(b, s, d);
            if (v.met()) {
                return pay(b, s, d, values);
            }
            if (refusal == null || (v.unknown() && !refusal.unknown())) {
                refusing = b;
                refusal = v;
            }
        }
        if (refusing == null) {
            return result(s, d, mutuality, null, Money.ZERO, BenefitReasons.NO_BENEFIT, values, null);
        }
        values.put("benefit", refusing.label());
        if (refusal.condition != null) {
            values.put("condition", refusal.condition);
        }
        return result(s, d, mutuality, refusing, refusal.unknown() ? null : Money.ZERO, refusal.code, values, null);
    }

    private Verdict verdict(Benefit b, Session s, Decision d) {
        Optional<Boolean> insured = b.insurance().isMetBy(d.outcome());
        if (insured.isEmpty()) {
            return new Verdict(BenefitReasons.INSURANCE_UNDECIDED, null);
        }
        if (!insured.get()) {
            return new Verdict(b.insurance() == InsuranceCondition.NOT_REIMBURSED ? BenefitReasons.INSURANCE_REIMBURSES
                    : BenefitReasons.INSURANCE_DOES_NOT_REIMBURSE, null);
        }
        if (b.preferential().isPresent()
                && b.preferential().get() != history.patient().isPreferentialOn(s.date())) {
            return new Verdict(BenefitReasons.CONDITION_NOT_MET, "preferential");
        }
        if (b.conventioned().isPresent()
                && b.conventioned().get() != history.practitioner(s.practitionerId()).isConventionedOn(s.date())) {
            return new Verdict(BenefitReasons.CONDITION_NOT_MET, "conventioned");
        }
        if (b.ageMin().isPresent() || b.ageMax().isPresent()) {
            if (history.patient().birthDate().isEmpty()) {
                return new Verdict(BenefitReasons.BIRTH_DATE_UNKNOWN, null);
            }
            int age = java.time.Period.between(history.patient().birthDate().get(), s.date()).getYears();
            if (age < b.ageMin().orElse(0) || age > b.ageMax().orElse(Integer.MAX_VALUE)) {
                return new Verdict(BenefitReasons.CONDITION_NOT_MET, "age");
            }
        }
        return new Verdict(null, null);
    }

    private SessionBenefit pay(Benefit b, Session s, Decision d, Map<String, String> values) {
        values.put("benefit", b.label());
        Optional<Money> paid = d.outcome() == Outcome.REIMBURSED ? d.patientTotal() : s.feeAsked();
        Optional<Money> amount = b.amount().forSession(paid);
        if (b.atMostPaid()) {
            amount = paid.isEmpty() ? Optional.empty() : amount.map(a -> a.min(paid.get()));
        }
        String code = amount.isPresent() ? BenefitReasons.PAID : BenefitReasons.PRICE_UNKNOWN;
        CapKind limiting = null;
        for (BenefitCap cap : b.caps()) {
            Tally t = tally(b, cap.kind(), s);
            BigDecimal left = cap.limit().subtract(t.used);
            if (left.signum() <= 0) {
                capValues(values, cap);
                return result(s, d, b.mutuality(), b, Money.ZERO, BenefitReasons.CAP_REACHED, values,
                        snapshot(b, cap, s));
            }
            if (cap.kind().isAmount() && amount.isPresent() && (!t.known || amount.get().amount().compareTo(left) > 0)) {
                amount = t.known ? Optional.of(Money.of(left)) : Optional.empty();
                code = t.known ? BenefitReasons.CAP_LIMITED : BenefitReasons.EARLIER_AMOUNT_UNKNOWN;
                limiting = cap.kind();
                capValues(values, cap);
            }
        }
        count(b, s, amount);
        amount.ifPresent(a -> values.put("amount", a.toString()));
        BenefitCounter limitedBy = null;
        for (BenefitCap cap : b.caps()) {
            if (cap.kind() == limiting) {
                limitedBy = snapshot(b, cap, s);
            }
        }
        return result(s, d, b.mutuality(), b, amount.orElse(null), code, values, limitedBy);
    }

    private static Map<String, String> capValues(Map<String, String> values, BenefitCap cap) {
        values.put("counter", cap.kind().id());
        values.put("limit", cap.limit().toPlainString());
        return values;
    }

    private void count(Benefit b, Session s, Optional<Money> amount) {
        if (amount.isPresent() && amount.get().isZero()) {
            return;
        }
        for (BenefitCap cap : b.caps()) {
            Tally t = tally(b, cap.kind(), s);
            if (!cap.kind().isAmount()) {
                t.used = t.used.add(BigDecimal.ONE);
            } else if (amount.isPresent()) {
                t.used = t.used.add(amount.get().amount());
            } else {
                t.known = false;
            }
        }
    }

    private Tally tally(Benefit b, CapKind kind, Session s) {
        String period = kind.periodOf(s.date()).map(Object::toString).orElse("lifetime");
        return tallies.computeIfAbsent(b.mutuality() + "|" + b.id() + "|" + kind.id() + "|" + period, k -> new Tally());
    }

    private BenefitCounter snapshot(Benefit b, BenefitCap cap, Session s) {
        Tally t = tally(b, cap.kind(), s);
        return new BenefitCounter(b.mutuality(), b.id(), cap.kind(), cap.kind().periodOf(s.date()).orElse(null), t.used,
                cap.limit(), t.known);
    }

    private SessionBenefit result(Session s, Decision d, @Nullable String mutuality, @Nullable Benefit b,
            @Nullable Money amount, String code, Map<String, String> values, @Nullable BenefitCounter limitedBy) {
        List<BenefitCounter> counters = new ArrayList<>();
        if (b != null) {
            for (BenefitCap cap : b.caps()) {
                counters.add(snapshot(b, cap, s));
            }
        }
        Reason reason = Reason.builder().code(code).severity(severity(code, amount))
                .ruleId(b == null ? "complementary" : b.id())
                .source(b == null ? "" : b.provenance().sources().get(0).url())
                .values(io.github.inamirules.assessment.ReasonValues.of(values)).texts(BenefitReasons.TEXTS).build();
        return new SessionBenefit(s.id(), s.date(), d.profession(), mutuality, b, amount, reason, limitedBy, counters);
    }

    private static Severity severity(String code, @Nullable Money amount) {
        if (amount == null) {
            return Severity.MISSING_DATA;
        }
        return BenefitReasons.PAID.equals(code) || BenefitReasons.CAP_LIMITED.equals(code) ? Severity.INFO
                : Severity.REFUSAL;
    }
}
