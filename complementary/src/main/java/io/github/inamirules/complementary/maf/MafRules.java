package io.github.inamirules.complementary.maf;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Profession;
import io.github.inamirules.rates.Provenance;
import io.github.inamirules.rates.ProvenanceStatus;
import io.github.inamirules.rates.RateFileReader;
import io.github.inamirules.rates.Source;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The maximum billing (maximum à facturer / maximumfactuur, MAF) as data: which professions' legal
 * patient shares count ({@code counting.psv}: {@code profession | from | to | counts | status | source |
 * note}), and the yearly ceilings per bracket ({@code ceilings.psv}: {@code bracket | from | to |
 * income_from | income_to | ceiling | status | source | note}, one calendar year a row), in the format of
 * the rate modules ({@code docs/complementary-format.md}).
 *
 * <p>Only legal patient shares of reimbursed sessions count, supplements never (update-2026.md §5,
 * HELAN-MAF: "Seuls les tickets modérateurs sont pris en considération"). A profession no row
 * classifies on a day is unknown, never assumed to count; a year without a sourced ceiling says so.
 * The MAF counts the whole household: pass every member's assessment. Immutable and thread-safe.
 */
public final class MafRules {
    private final String id;
    private final List<MafCounting> counting;
    private final Map<String, MafCeiling> ceilings = new TreeMap<>();

    private MafRules(String id, Function<String, @Nullable InputStream> opener) {
        this.id = id;
        Map<String, Source> sources = RateFileReader.readSources(id, "sources.psv", opener.apply("sources.psv"));
        List<MafCounting> rows = new ArrayList<>();
        RateFileReader.read(id, "counting.psv", opener.apply("counting.psv"),
                List.of("profession", "from", "to", "counts", "status", "source", "note")).forEach(l -> {
                    MafCounting c = new MafCounting(l.profession(), l.period(), counts(l, l.provenance(sources)),
                            l.provenance(sources));
                    if (rows.stream().anyMatch(o -> o.profession().equals(c.profession()) && o.period().overlaps(c.period()))) {
                        throw l.error("from", "a period no other row of " + c.profession().id() + " overlaps");
                    }
                    rows.add(c);
                });
        this.counting = List.copyOf(rows);
        RateFileReader.read(id, "ceilings.psv", opener.apply("ceilings.psv"), List.of("bracket", "from", "to",
                "income_from", "income_to", "ceiling", "status", "source", "note")).forEach(l -> {
                    DateRange p = l.period();
                    int year = p.start().getYear();
                    if (!p.equals(DateRange.ofYear(year))) {
                        throw l.error("to", "one calendar year: from YYYY-01-01 to the next YYYY-01-01");
                    }
                    Provenance prov = l.provenance(sources);
                    Money ceiling = l.optionalMoney("ceiling");
                    if ((ceiling == null) != (prov.status() == ProvenanceStatus.UNKNOWN)) {
                        throw l.error("ceiling", "an amount, and nothing only on an unknown row");
                    }
                    MafBracket bracket = bracket(l);
                    if (ceilings.putIfAbsent(year + "|" + bracket.id(), new MafCeiling(year, bracket, ceiling,
                            l.optionalMoney("income_from"), l.optionalMoney("income_to"), prov,
                            prov.note().orElse(""))) != null) {
                        throw l.error("bracket", "one row per bracket and year");
                    }
                });
    }

    /**
     * Returns the MAF data shipped with the library: update-2026.md §5, with their sources.
     *
     * @return the rules
     */
    public static MafRules shipped() {
        return Shipped.RULES;
    }

    /**
     * Reads MAF data of one's own (newer ceilings, a profession's classification), in the same format.
     *
     * @param id the data's id, for provenance locations and errors
     * @param opener opens {@code sources.psv}, {@code counting.psv} and {@code ceilings.psv}; null if absent
     * @return the rules
     * @throws io.github.inamirules.RateDataException if a file is missing or invalid
     */
    public static MafRules of(String id, Function<String, @Nullable InputStream> opener) {
        if (id == null) {
            throw new NullValueException("id");
        }
        if (opener == null) {
            throw new NullValueException("opener");
        }
        return new MafRules(id, opener);
    }

    /** The shipped data, read once. */
    private static final class Shipped {
        static final MafRules RULES = new MafRules("complementary-maf", MafRules.class::getResourceAsStream);
    }

    private static @Nullable Boolean counts(RateFileReader.Line l, Provenance p) {
        String text = l.optionalText("counts");
        if (p.status() == ProvenanceStatus.UNKNOWN) {
            if (!text.isEmpty()) {
                throw l.error("counts", "nothing on an unknown row");
            }
            return null;
        }
        if (!text.equals("yes") && !text.equals("no")) {
            throw l.error("counts", "yes or no");
        }
        return text.equals("yes");
    }

    private static MafBracket bracket(RateFileReader.Line l) {
        for (MafBracket b : MafBracket.values()) {
            if (b.id().equals(l.text("bracket"))) {
                return b;
            }
        }
        throw l.error("bracket", "income-1 … income-6 or social");
    }

    /**
     * Says whether a profession's legal patient shares count on a day.
     *
     * @param profession the profession
     * @param date the day of service
     * @return the row, known or explicitly unknown; empty when no row of the data classifies the
     *     profession on that day (treated as unknown)
     */
    public Optional<MafCounting> counting(Profession profession, LocalDate date) {
        return counting.stream().filter(c -> c.profession().equals(profession) && c.period().contains(date)).findFirst();
    }

    /**
     * Returns the ceiling of a bracket in a calendar year.
     *
     * @param year the calendar year
     * @param bracket the household's bracket
     * @return the ceiling; unknown (with what was searched) when no source gives it, and unknown saying
     *     there is no sourced threshold when the data hold no row for that year and bracket
     */
    public MafCeiling ceiling(int year, MafBracket bracket) {
        if (bracket == null) {
            throw new NullValueException("bracket");
        }
        MafCeiling c = ceilings.get(year + "|" + bracket.id());
        return c != null ? c : new MafCeiling(year, bracket, null, null, null, null, "no sourced MAF threshold for "
                + year + " (" + bracket.id() + ") in " + id + "; years with a row: " + yearsWithRows());
    }

    private String yearsWithRows() {
        return ceilings.values().stream().map(c -> c.year() + (c.isKnown() ? "" : " (unknown)") + " " + c.bracket().id())
                .distinct().reduce((a, b) -> a + ", " + b).orElse("none");
    }

    /**
     * Returns a household's patient shares of a calendar year as the MAF sees them.
     *
     * @param year the calendar year
     * @param household the assessments of the household's members
     * @return the year: per profession what counts, what no source classifies, the supplements left out
     */
    public MafYear year(int year, List<Assessment> household) {
        if (household == null) {
            throw new NullValueException("household");
        }
        Map<String, MafShare> shares = new TreeMap<>();
        for (Assessment a : household) {
            if (a == null) {
                throw new NullValueException("household[]");
            }
            for (Decision d : a.decisions()) {
                if (d.date().getYear() != year || d.outcome() == Outcome.REFUSED) {
                    continue;
                }
                Boolean counts = counting(d.profession(), d.date()).flatMap(MafCounting::counts).orElse(null);
                boolean known = d.outcome() == Outcome.REIMBURSED && d.patientShare().isPresent();
                shares.merge(d.profession().id(), MafShare.empty(d.profession())
                        .plus(d.patientShare().orElse(Money.ZERO), d.supplement(), counts, known),
                        (old, ignored) -> old.plus(d.patientShare().orElse(Money.ZERO), d.supplement(), counts, known));
            }
        }
        return new MafYear(year, new ArrayList<>(shares.values()));
    }

    /**
     * Answers "how far is this household from its ceiling?" in a calendar year.
     *
     * @param year the calendar year
     * @param bracket the household's bracket (the user knows its income and status)
     * @param otherExpenses the year's other MAF-counting expenses (patient shares of care not assessed here)
     * @param household the assessments of the household's members
     * @return the ceiling, what counts, and what is left (unknown when the ceiling is)
     * @throws InvalidInputException if the other expenses are negative
     */
    public CeilingDistance distance(int year, MafBracket bracket, Money otherExpenses, List<Assessment> household) {
        if (otherExpenses == null) {
            throw new NullValueException("otherExpenses");
        }
        if (otherExpenses.isNegative()) {
            throw InvalidInputException.of("otherExpenses", otherExpenses, "an amount of at least 0.00");
        }
        return new CeilingDistance(ceiling(year, bracket), year(year, household), otherExpenses);
    }

    /**
     * Returns every counting row.
     *
     * @return the rows, in file order
     */
    public List<MafCounting> countingRows() {
        return counting;
    }

    /**
     * Returns every ceiling row.
     *
     * @return the rows, by year and bracket
     */
    public List<MafCeiling> ceilingRows() {
        return List.copyOf(ceilings.values());
    }
}
