package io.github.inamirules.scenario;

import io.github.inamirules.InamiRulesException;
import io.github.inamirules.assessment.Assessment;
import io.github.inamirules.assessment.Decision;
import io.github.inamirules.assessment.Entitlement;
import io.github.inamirules.assessment.Missing;
import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.Reason;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.Money;
import io.github.inamirules.scenario.Expectation.ExpectedValue;
import io.github.inamirules.scenario.ScenarioResult.ExpectationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks scenarios against an engine: assesses each care history and compares every expected value
 * with the decision, the totals or the counter. The one place that decides whether a scenario passes,
 * so the command line and the JUnit runner always agree.
 *
 * <p>Comparison rules: amounts compare as amounts ({@code 30.8} equals {@code 30.80}); {@code unknown}
 * expects an absent value; {@code reasons} and {@code missing} expect each listed item to be present
 * (others may be present too), {@code absent_reasons} each listed code to be absent; an entitlement
 * without {@code episode} (or {@code pathology}) is the counter across episodes; for a range of sessions each session is
 * checked; {@code error} expects the assessment to fail with a message containing its text (every other
 * expectation of such a scenario then fails as not assessed).
 *
 * <p>Immutable and thread-safe.
 */
public final class ScenarioChecker {
    private final ReimbursementEngine engine;

    /**
     * Creates a checker.
     *
     * @param engine the engine to assess with
     */
    public ScenarioChecker(ReimbursementEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * Returns a reader that speaks the professions of this checker's engine: the vocabularies of its
     * rule sets.
     *
     * @return the reader
     */
    public ScenarioReader reader() {
        return ScenarioReader.of(engine.ruleSets().values().stream().map(io.github.inamirules.rules.RuleSet::vocabulary)
                .collect(java.util.stream.Collectors.toUnmodifiableList()));
    }

    /**
     * Checks every scenario of a file.
     *
     * @param file the file
     * @return one result per scenario, in file order
     */
    public List<ScenarioResult> check(ScenarioFile file) {
        return file.scenarios().stream().map(s -> check(file.name(), s)).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Checks one scenario.
     *
     * @param file the file name, for messages
     * @param scenario the scenario
     * @return the result; an engine error (e.g. no rate module for a date) is a failed result, not an
     *     exception
     */
    public ScenarioResult check(String file, Scenario scenario) {
        Assessment assessment;
        try {
            assessment = engine.assess(scenario.history());
        } catch (InamiRulesException e) {
            List<ExpectationResult> results = new ArrayList<>();
            for (Expectation x : scenario.expectations()) {
                results.add(new ExpectationResult(x, failedAssessment(file, scenario, x, e.getMessage())));
            }
            return new ScenarioResult(file, scenario, Optional.empty(), Optional.of(e.getMessage()), results);
        }
        List<ExpectationResult> results = new ArrayList<>();
        for (Expectation e : scenario.expectations()) {
            results.add(new ExpectationResult(e, mismatches(file, scenario, e, assessment)));
        }
        return new ScenarioResult(file, scenario, Optional.of(assessment), Optional.empty(), results);
    }

    /** When assessing failed: an error expectation holds if the message contains its text; others fail. */
    private static List<Mismatch> failedAssessment(String file, Scenario s, Expectation e, String error) {
        if (e.kind() == Expectation.Kind.ERROR) {
            ExpectedValue v = e.values().get(0);
            return error.contains(v.text()) ? List.of()
                    : List.of(new Mismatch(v.location(), file, s.name(), e.target(), Optional.empty(), v.field(),
                            v.text(), error));
        }
        return List.of(new Mismatch(e.location(), file, s.name(), e.target(), Optional.empty(), "assessment",
                "assessed", "error: " + error));
    }

    private static List<Mismatch> mismatches(String file, Scenario s, Expectation e, Assessment a) {
        List<Mismatch> out = new ArrayList<>();
        switch (e.kind()) {
            case SESSIONS:
                for (String id : e.sessions()) {
                    Decision d = a.decision(id);
                    for (ExpectedValue v : e.values()) {
                        compare(v, sessionValue(d, v.field())).ifPresent(actual ->
                                out.add(new Mismatch(v.location(), file, s.name(), "session " + id, Optional.of(id), v.field(),
                                        v.text(), actual)));
                    }
                }
                break;
            case TOTALS:
                for (ExpectedValue v : e.values()) {
                    compare(v, List.of(totalsValue(a, v.field()))).ifPresent(actual ->
                            out.add(new Mismatch(v.location(), file, s.name(), e.target(), Optional.empty(), v.field(),
                                    v.text(), actual)));
                }
                break;
            case ERROR:
                ExpectedValue v = e.values().get(0);
                out.add(new Mismatch(v.location(), file, s.name(), e.target(), Optional.empty(), v.field(), v.text(),
                        "assessed without error"));
                break;
            default:
                entitlement(file, s, e, a, out);
        }
        return out;
    }

    private static void entitlement(String file, Scenario s, Expectation e, Assessment a, List<Mismatch> out) {
        List<Entitlement> found = a.entitlements().stream()
                .filter(x -> x.counter().equals(e.counter().orElseThrow()))
                .filter(x -> x.episodeId().equals(e.episode()))
                .filter(x -> e.periodStart().isEmpty() || x.period().start().equals(e.periodStart().get()))
                .toList();
        if (found.size() != 1) {
            String actual = found.isEmpty() ? "no such counter; counters: " + a.entitlements().stream()
                    .map(x -> x.counter() + x.episodeId().map(p -> "/" + p).orElse("") + " from " + x.period().start())
                    .collect(Collectors.joining(", "))
                    : found.size() + " counters match; give pathology and from";
            out.add(new Mismatch(e.location(), file, s.name(), e.target(), Optional.empty(), "counter", "one counter",
                    actual));
            return;
        }
        Entitlement x = found.get(0);
        for (ExpectedValue v : e.values()) {
            String actual = switch (v.field()) {
                case "used" -> String.valueOf(x.used());
                case "limit" -> x.limit().map(String::valueOf).orElse("none");
                default -> x.remaining().map(String::valueOf).orElse("none");
            };
            compare(v, List.of(actual)).ifPresent(act ->
                    out.add(new Mismatch(v.location(), file, s.name(), e.target(), Optional.empty(), v.field(),
                            v.text(), act)));
        }
    }

    /** The actual value(s) of a session field, as text. */
    static List<String> sessionValue(Decision d, String field) {
        return switch (field) {
            case "outcome" -> List.of(MapReader.name(d.outcome()));
            case "band" -> List.of(d.band().map(b -> b.id()).orElse(ExpectationReader.UNKNOWN));
            case "rank" -> List.of(d.band().flatMap(b -> b.rank()).map(String::valueOf).orElse(ExpectationReader.UNKNOWN));
            case "code" -> List.of(d.nomenclatureCode().orElse(ExpectationReader.UNKNOWN));
            case "fee" -> List.of(text(d.fee()));
            case "insurance" -> List.of(text(d.insurance()));
            case "patient_share" -> List.of(text(d.patientShare()));
            case "supplement" -> List.of(d.supplement().toString());
            case "patient_total" -> List.of(text(d.patientTotal()));
            case "reasons", "absent_reasons" -> d.reasons().stream().map(Reason::code).toList();
            case "refusal" -> List.of(d.refusalCode().map(c -> c.code()).orElse(ExpectationReader.NONE));
            case "used_up_by" -> List.of(d.usedUpBy().orElse(ExpectationReader.NONE));
            case "missing" -> d.missing().stream().map(Missing::toString).toList();
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static String totalsValue(Assessment a, String field) {
        return switch (field) {
            case "fee" -> a.totalFee().toString();
            case "insurance" -> a.totalInsurance().toString();
            case "patient_share" -> a.totalPatientShare().toString();
            case "supplement" -> a.totalSupplement().toString();
            case "reimbursed" -> String.valueOf(a.count(Outcome.REIMBURSED));
            case "refused" -> String.valueOf(a.count(Outcome.REFUSED));
            case "unpriced" -> String.valueOf(a.countUnpriced());
            default -> String.valueOf(a.count(Outcome.INSUFFICIENT_DATA));
        };
    }

    /** Missing texts match ignoring case and '_' against '-' ({@code REST_HOME} is {@code rest-home}). */
    private static String loose(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static String text(Optional<Money> amount) {
        return amount.map(Money::toString).orElse(ExpectationReader.UNKNOWN);
    }

    /** Empty if the expectation holds, else the actual value as text. */
    private static Optional<String> compare(ExpectedValue v, List<String> actual) {
        boolean holds;
        if (v.field().equals("reasons")) {
            holds = actual.containsAll(v.expected());
        } else if (v.field().equals("absent_reasons")) {
            holds = v.expected().stream().noneMatch(actual::contains);
        } else if (v.field().equals("missing")) {
            holds = v.expected().stream().allMatch(want -> actual.stream().anyMatch(a -> loose(a).contains(loose(want))));
        } else {
            holds = actual.size() == 1 && actual.get(0).equals(v.text());
        }
        return holds ? Optional.empty() : Optional.of(actual.isEmpty() ? "[]" : String.join(", ", actual));
    }
}
