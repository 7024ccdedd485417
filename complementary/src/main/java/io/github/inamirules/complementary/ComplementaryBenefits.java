package io.github.inamirules.complementary;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import io.github.inamirules.RateConflictException;
import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.Session;
import io.github.inamirules.model.SessionOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * The mutualities' complementary benefits, applied on top of an {@link Assessment}: for each session,
 * what the patient's mutuality pays besides compulsory insurance, why, and the counter that limits it;
 * per calendar year, the totals.
 *
 * <pre>{@code
 * ComplementaryBenefits benefits = ComplementaryBenefits.loadInstalled();   // once, shared
 * BenefitStatement st = benefits.apply(history, engine.assess(history),
 *         List.of(Membership.of("helan", DateRange.ofYear(2025))));
 * st.session("s-1").amount();   // Optional[10.00]
 * }</pre>
 *
 * <p>Where no installed module covers the member's mutuality and the session's profession on its day,
 * the benefit is unknown, never 0.00. Two modules covering one mutuality and profession on one day are
 * an error when built, never a silent pick. Pure: same input, same output; immutable and thread-safe.
 */
public final class ComplementaryBenefits {
    private final List<BenefitModule> modules;
    private final List<BenefitCoverage> coverage = new ArrayList<>();
    private final List<Benefit> benefits = new ArrayList<>();

    private ComplementaryBenefits(List<BenefitModule> modules) {
        this.modules = List.copyOf(modules);
        for (BenefitModule m : this.modules) {
            for (BenefitCoverage c : m.coverage()) {
                for (BenefitCoverage other : coverage) {
                    if (other.mutuality().equals(c.mutuality()) && other.profession().equals(c.profession())
                            && other.period().overlaps(c.period())) {
                        throw new RateConflictException(c.location() + ": " + c + " overlaps " + other.location()
                                + ": two benefit modules cover one mutuality and profession on one day");
                    }
                }
                coverage.add(c);
            }
            benefits.addAll(m.benefits());
        }
    }

    /**
     * Uses every benefit module installed on the class path or module path, found with
     * {@link ServiceLoader} (the library's own data, {@link ShippedBenefits}, among them).
     *
     * @return the benefits
     * @throws io.github.inamirules.RateDataException if a module's data are invalid
     * @throws RateConflictException if two modules cover one mutuality and profession on one day
     */
    public static ComplementaryBenefits loadInstalled() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        List<BenefitModule> found = new ArrayList<>();
        ServiceLoader.load(BenefitModule.class, context != null ? context : ComplementaryBenefits.class.getClassLoader())
                .forEach(found::add);
        return new ComplementaryBenefits(found);
    }

    /**
     * Uses the given modules only.
     *
     * @param modules the modules, e.g. {@code new ShippedBenefits()} and a mutuality's own
     * @return the benefits
     * @throws io.github.inamirules.RateDataException if a module's data are invalid
     * @throws RateConflictException if two modules cover one mutuality and profession on one day
     */
    public static ComplementaryBenefits of(BenefitModule... modules) {
        for (int i = 0; i < modules.length; i++) {
            if (modules[i] == null) {
                throw new NullValueException("modules[" + i + "]");
            }
        }
        return new ComplementaryBenefits(List.of(modules));
    }

    /**
     * Returns the modules used.
     *
     * @return the modules
     */
    public List<BenefitModule> modules() {
        return modules;
    }

    /**
     * Returns every benefit row of every module.
     *
     * @return the rows
     */
    public List<Benefit> benefits() {
        return List.copyOf(benefits);
    }

    /**
     * Returns what the modules vouch for.
     *
     * @return the coverage rows
     */
    public List<BenefitCoverage> coverage() {
        return List.copyOf(coverage);
    }

    /**
     * Applies the benefits to an assessed history.
     *
     * @param history the care history
     * @param assessment the assessment of that history
     * @param memberships the patient's membership periods, one mutuality at a time
     * @return one session benefit per decision, in the assessment's order, and the year totals
     * @throws InvalidInputException if the assessment is not of the history or memberships overlap
     */
    public BenefitStatement apply(CareHistory history, Assessment assessment, List<Membership> memberships) {
        if (history == null) {
            throw new NullValueException("history");
        }
        if (assessment == null) {
            throw new NullValueException("assessment");
        }
        if (memberships == null) {
            throw new NullValueException("memberships");
        }
        checkMemberships(memberships);
        Map<String, Decision> decisions = new HashMap<>();
        assessment.decisions().forEach(d -> decisions.put(d.sessionId(), d));
        if (decisions.size() != history.sessions().size()
                || history.sessions().stream().anyMatch(s -> !decisions.containsKey(s.id()))) {
            throw InvalidInputException.of("assessment", decisions.size() + " decisions",
                    "the assessment of this history (one decision per session)");
        }
        BenefitPass pass = new BenefitPass(coverage, benefits, history);
        Map<String, SessionBenefit> decided = new HashMap<>();
        history.sessions().stream().sorted(SessionOrder.CHRONOLOGICAL).forEach(s -> decided.put(s.id(),
                pass.decide(s, decisions.get(s.id()), mutualityOn(s, memberships))));
        List<SessionBenefit> ordered = new ArrayList<>();
        assessment.decisions().forEach(d -> ordered.add(decided.get(d.sessionId())));
        return new BenefitStatement(ordered);
    }

    private static void checkMemberships(List<Membership> memberships) {
        for (int i = 0; i < memberships.size(); i++) {
            if (memberships.get(i) == null) {
                throw new NullValueException("memberships[" + i + "]");
            }
            for (int j = 0; j < i; j++) {
                if (memberships.get(i).period().overlaps(memberships.get(j).period())) {
                    throw InvalidInputException.of("memberships[" + i + "]", memberships.get(i),
                            "a member belongs to one mutuality at a time: overlaps memberships[" + j + "]");
                }
            }
        }
    }

    private static @Nullable String mutualityOn(Session s, List<Membership> memberships) {
        for (Membership m : memberships) {
            if (m.period().contains(s.date())) {
                return m.mutuality();
            }
        }
        return null;
    }
}
