package io.github.inamirules.complementary;

import io.github.inamirules.model.Money;
import io.github.inamirules.rates.Provenance;
import io.github.inamirules.rates.ProvenanceStatus;
import io.github.inamirules.rates.RateFileReader;
import io.github.inamirules.rates.Source;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The parsed and checked files of one {@link BenefitModule}, read with core's {@link RateFileReader}
 * so benefits are written, located and reported exactly as rates are.
 */
final class BenefitFiles {
    static final List<String> BENEFIT_COLUMNS = List.of("benefit", "mutuality", "profession", "label", "from", "to",
            "insurance", "age_min", "age_max", "preferential", "conventioned", "amount", "maximum",
            "sessions_per_day", "sessions_per_year", "sessions_per_lifetime", "amount_per_year", "amount_per_lifetime",
            "at_most_paid", "status", "source", "note");

    final List<BenefitCoverage> coverage;
    final List<Benefit> benefits;

    BenefitFiles(String module, Function<String, @Nullable InputStream> opener) {
        Map<String, Source> sources = RateFileReader.readSources(module, "sources.psv", opener.apply("sources.psv"));
        this.coverage = List.copyOf(RateFileReader.read(module, "coverage.psv", opener.apply("coverage.psv"),
                List.of("mutuality", "profession", "from", "to"))
                .map(l -> new BenefitCoverage(mutuality(l), l.profession(), l.period(), l.location())));
        List<Benefit> rows = new ArrayList<>();
        RateFileReader.read(module, "benefits.psv", opener.apply("benefits.psv"), BENEFIT_COLUMNS)
                .forEach(l -> rows.add(check(l, benefit(l, sources), rows)));
        this.benefits = List.copyOf(rows);
    }

    private Benefit check(RateFileReader.Line l, Benefit b, List<Benefit> earlier) {
        boolean covered = coverage.stream().anyMatch(c -> c.mutuality().equals(b.mutuality())
                && c.profession().equals(b.profession()) && c.period().encloses(b.period()));
        if (!covered) {
            throw l.error("from", "a period inside a coverage.psv row of " + b.mutuality() + " and "
                    + b.profession().id());
        }
        for (Benefit other : earlier) {
            if (other.id().equals(b.id()) && !(other.mutuality().equals(b.mutuality())
                    && other.profession().equals(b.profession()))) {
                throw l.error("benefit", "the mutuality and profession of the other rows of benefit " + b.id()
                        + " (" + other.provenance().location() + ")");
            }
            if (other.overlaps(b)) {
                throw l.error("from", "no other row that could apply to the same session ("
                        + other.provenance().location() + "): two benefits that both apply are an error");
            }
        }
        return b;
    }

    private static Benefit benefit(RateFileReader.Line l, Map<String, Source> sources) {
        Provenance provenance = l.provenance(sources);
        if (provenance.status() == ProvenanceStatus.UNKNOWN) {
            throw l.error("status", "official, reported, derived or carried: a benefit no source states is not "
                    + "written (leave it out, and out of the coverage, so it is reported unknown)");
        }
        Integer ageMin = optionalInt(l, "age_min");
        Integer ageMax = optionalInt(l, "age_max");
        if (ageMin != null && ageMax != null && ageMax < ageMin) {
            throw l.error("age_max", "an age not below age_min " + ageMin);
        }
        List<BenefitCap> caps = new ArrayList<>();
        for (CapKind kind : CapKind.values()) {
            String text = l.optionalText(kind.id());
            if (!text.isEmpty()) {
                caps.add(BenefitCap.of(kind, kind.isAmount() ? money(l, kind.id()).amount() : wholeNumber(l, kind.id())));
            }
        }
        return new Benefit(id(l, "benefit"), mutuality(l), l.profession(), l.text("label"), l.period(),
                insurance(l), ageMin, ageMax, yesNoAny(l, "preferential"), yesNoAny(l, "conventioned"), amount(l),
                caps, yesNo(l, "at_most_paid"), provenance);
    }

    private static String mutuality(RateFileReader.Line l) {
        return id(l, "mutuality");
    }

    private static String id(RateFileReader.Line l, String column) {
        String id = l.text(column);
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw l.error(column, "an id of lower-case letters, digits and '-'");
        }
        return id;
    }

    private static InsuranceCondition insurance(RateFileReader.Line l) {
        for (InsuranceCondition c : InsuranceCondition.values()) {
            if (c.id().equals(l.text("insurance"))) {
                return c;
            }
        }
        throw l.error("insurance", "not_reimbursed, reimbursed or any");
    }

    private static BenefitAmount amount(RateFileReader.Line l) {
        String text = l.text("amount");
        Money maximum = l.optionalMoney("maximum");
        if (text.endsWith("%")) {
            try {
                return BenefitAmount.percentage(new BigDecimal(text.substring(0, text.length() - 1).strip()), maximum);
            } catch (IllegalArgumentException e) {
                throw l.error("amount", "a percentage above 0 and at most 100, like 50%");
            }
        }
        if (maximum != null) {
            throw l.error("maximum", "nothing for a fixed amount (a maximum goes with a percentage)");
        }
        return BenefitAmount.fixed(money(l, "amount"));
    }

    private static Money money(RateFileReader.Line l, String column) {
        Money m = l.optionalMoney(column);
        if (m == null) {
            throw l.error(column, "an amount with two decimals, like 10.00");
        }
        return m;
    }

    private static BigDecimal wholeNumber(RateFileReader.Line l, String column) {
        Integer n = optionalInt(l, column);
        return BigDecimal.valueOf(n == null ? 0 : n);
    }

    private static @Nullable Integer optionalInt(RateFileReader.Line l, String column) {
        String text = l.optionalText(column);
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("\\d{1,4}")) {
            throw l.error(column, "a whole number, or nothing");
        }
        return Integer.valueOf(text);
    }

    private static @Nullable Boolean yesNoAny(RateFileReader.Line l, String column) {
        switch (l.text(column)) {
            case "yes":
                return true;
            case "no":
                return false;
            case "any":
                return null;
            default:
                throw l.error(column, "yes, no or any");
        }
    }

    private static boolean yesNo(RateFileReader.Line l, String column) {
        Boolean b = yesNoAny(l, column);
        if (b == null) {
            throw l.error(column, "yes or no");
        }
        return b;
    }
}
