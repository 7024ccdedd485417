package io.github.inamirules.cli;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.assessment.Comparison;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.CareHistory;
import io.github.inamirules.model.EpisodeKind;
import io.github.inamirules.model.Fact;
import io.github.inamirules.model.FactTarget;
import io.github.inamirules.model.Facts;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Profession;
import io.github.inamirules.rules.RuleSet;
import io.github.inamirules.rules.Vocabulary;
import io.github.inamirules.scenario.SessionSeries;
import java.time.DayOfWeek;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code simulate}: builds a care history from options (a {@link Simulation}) and prints its year like
 * {@code assess} does; the quickest way to see what the library decides.
 *
 * <p>The profession, the episode kind ({@code --kind}, or {@code --situation} as physiotherapy calls
 * it) and any profession fact ({@code --place home}, {@code --polytrauma}) are resolved through the
 * vocabulary of the installed rule set, so every installed profession can be simulated and the
 * command line knows none. The sessions take place twice a week, on Mondays and Thursdays, unless
 * {@code --on} or {@code --every} says otherwise: the usual rhythm of a physiotherapy treatment, and
 * the one of the scenario examples.
 */
@Command(name = "simulate",
        description = "Build a care history from the options and print the decision of every session: the quick "
                + "way to see what inami-rules does. Sessions are on Mondays and Thursdays unless --on or --every "
                + "is given. Any other --NAME VALUE is a fact of the profession (e.g. --place home).")
final class SimulateCommand implements Callable<Integer> {
    private static final Set<DayOfWeek> DEFAULT_WEEKDAYS = Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);

    @Option(names = "--profession", required = true, paramLabel = "PROFESSION",
            description = "The practitioner's profession, e.g. physiotherapy.")
    private String profession;

    @Option(names = {"--kind", "--situation"}, required = true, paramLabel = "KIND",
            description = "The episode's kind in the profession's vocabulary, e.g. courante, fa, fb, e, perinatal or "
                    + "palliative-home for physiotherapy.")
    private String kind;

    @Unmatched
    private List<String> factOptions = new ArrayList<>();

    @Option(names = "--sessions", required = true, paramLabel = "N",
            description = "Number of sessions, 1 to " + SessionSeries.MAX_SESSIONS + ".")
    private int sessions;

    @Option(names = "--from", required = true, paramLabel = "DATE",
            description = "First day a session may take place, YYYY-MM-DD.")
    private LocalDate from;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private Rhythm rhythm;

    @Option(names = "--preferential", description = "The patient has the preferential reimbursement (BIM / VT).")
    private boolean preferential;

    @Option(names = "--birth-date", paramLabel = "DATE",
            description = "The patient's birth date, YYYY-MM-DD, for rules that depend on age (clinical psychology); "
                    + "never printed.")
    private LocalDate birthDate;

    @Option(names = "--inami-number", paramLabel = "NUMBER",
            description = "The practitioner's INAMI number (occupational therapy requires one).")
    private String inamiNumber;

    @Option(names = "--conventioned", arity = "0..1", fallbackValue = "true", defaultValue = "true",
            paramLabel = "true|false", description = "The practitioner adheres to the convention (default true).")
    private boolean conventioned;

    @Option(names = "--fee-asked", paramLabel = "AMOUNT", description = "The fee the practitioner asks, e.g. 40.00.")
    private Money feeAsked;

    @Option(names = "--minutes", paramLabel = "N",
            description = "Duration of each session in minutes (default: the profession's standard session).")
    private Integer minutes;

    @Option(names = "--prescription-date", paramLabel = "DATE",
            description = "Date of the prescription, YYYY-MM-DD (default: --from).")
    private LocalDate prescriptionDate;

    @Mixin
    private OutputOptions output;

    @Mixin
    private RateOptions rates;

    @Option(names = "--compare-overlay", paramLabel = "DIR",
            description = "Also assess with this overlay folder on top of the rates, and print both decisions of "
                    + "every session side by side, the differences marked.")
    private Path compareOverlay;

    @Spec
    private CommandSpec spec;

    /** The rhythm of the sessions: weekdays or a number of days between them, not both. */
    static final class Rhythm {
        @Option(names = "--on", split = ",", paramLabel = "DAY",
                description = "Days of the week of the sessions, e.g. monday,thursday (the default).")
        private List<DayOfWeek> weekdays;

        @Option(names = "--every", paramLabel = "DAYS", description = "Days between two sessions, 1 to 366.")
        private Integer days;
    }

    @Override
    public Integer call() {
        ReimbursementEngine engine = rates.engine(spec.commandLine().getErr());
        Simulation simulation = simulation(engine);
        CareHistory history = simulation.history(engine);
        if (compareOverlay != null) {
            ReimbursementEngine other = rates.engine(List.of(compareOverlay), spec.commandLine().getErr());
            ComparisonReport.print(simulation.title(output.locale()), Comparison.of(engine.assess(history), other.assess(history)),
                    compareOverlay, spec.commandLine().getOut());
            return InamiRulesCli.EXIT_OK;
        }
        AssessedScenario assessed = new AssessedScenario(Optional.empty(), simulation.title(output.locale()), Optional.empty(),
                history, engine.assess(history));
        output.print(List.of(assessed), spec.commandLine().getOut());
        return InamiRulesCli.EXIT_OK;
    }

    /** Checks the options against the profession's vocabulary and turns them into a simulation. */
    Simulation simulation(ReimbursementEngine engine) {
        Vocabulary vocabulary = vocabulary(engine);
        EpisodeKind episodeKind = vocabulary.episodeKind(kind.toLowerCase(Locale.ROOT)).orElseThrow(() -> usage(
                "--kind: expected one of " + vocabulary.episodeKinds().stream().map(EpisodeKind::id)
                        .collect(Collectors.joining(", ")) + ", found '" + kind + "'"));
        within("--sessions", sessions, 1, SessionSeries.MAX_SESSIONS);
        if (minutes != null) {
            within("--minutes", minutes, 1, 600);
        }
        SessionSeries series;
        if (rhythm != null && rhythm.days != null) {
            within("--every", rhythm.days, 1, 366);
            series = SessionSeries.everyDays(sessions, from, rhythm.days);
        } else {
            series = SessionSeries.onWeekdays(sessions, from,
                    rhythm != null ? Set.copyOf(rhythm.weekdays) : DEFAULT_WEEKDAYS);
        }
        Facts.Builder sessionFacts = Facts.builder();
        Facts.Builder episodeFacts = Facts.builder();
        Facts.Builder practitionerFacts = Facts.builder();
        Facts.Builder prescriptionFacts = Facts.builder();
        readFacts(vocabulary, Map.of(FactTarget.SESSION, sessionFacts, FactTarget.EPISODE, episodeFacts,
                FactTarget.PRACTITIONER, practitionerFacts, FactTarget.PRESCRIPTION, prescriptionFacts));
        return new Simulation(episodeKind, series, preferential, conventioned, Optional.ofNullable(feeAsked),
                Optional.ofNullable(minutes), sessionFacts.build(), episodeFacts.build(),
                prescriptionDate != null ? prescriptionDate : from, Optional.ofNullable(birthDate),
                new Simulation.Parties(practitionerFacts.build(), Optional.ofNullable(inamiNumber),
                        prescriptionFacts.build()));
    }

    private Vocabulary vocabulary(ReimbursementEngine engine) {
        Profession p;
        try {
            p = Profession.of(profession.toLowerCase(Locale.ROOT));
        } catch (InvalidInputException e) {
            throw usage("--profession: expected a profession id, found '" + profession + "'");
        }
        RuleSet ruleSet = engine.ruleSets().get(p);
        if (ruleSet == null) {
            throw usage("--profession: no installed rule set for '" + profession + "'; installed: "
                    + engine.ruleSets().keySet());
        }
        return ruleSet.vocabulary();
    }

    /** {@code --NAME VALUE} (or {@code --NAME=VALUE}; a yes/no fact alone means yes) for each fact. */
    /** The parts of the history an option may be a fact of, in the order the usage lists them. */
    private static final List<FactTarget> TARGETS = List.of(FactTarget.SESSION, FactTarget.EPISODE,
            FactTarget.PRESCRIPTION, FactTarget.PRACTITIONER);

    /**
     * Reads the profession's facts of the session, the episode, the prescription and the practitioner;
     * a name the profession gives to facts of several of them (occupational therapy's {@code centre}, of
     * the programme and of the prescribing physician) sets each.
     */
    private void readFacts(Vocabulary vocabulary, Map<FactTarget, Facts.Builder> builders) {
        for (int i = 0; i < factOptions.size(); i++) {
            String option = factOptions.get(i);
            if (!option.startsWith("--")) {
                throw usage("unexpected argument '" + option + "'");
            }
            String name = option.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < factOptions.size() && !factOptions.get(i + 1).startsWith("--")) {
                value = factOptions.get(++i);
            }
            String factName = name.replace('-', '_');
            boolean known = false;
            for (FactTarget t : TARGETS) {
                Optional<Fact<?>> f = vocabulary.fact(t, factName);
                if (f.isPresent()) {
                    put(builders.get(t), f.get(), value != null ? value : "true", option);
                    known = true;
                }
            }
            if (!known) {
                throw usage("unknown option '" + option + "'; facts of " + vocabulary.profession() + ": "
                        + facts(vocabulary));
            }
        }
    }

    private static String facts(Vocabulary v) {
        List<String> names = new ArrayList<>();
        for (FactTarget t : TARGETS) {
            v.facts(t).forEach(f -> names.add("--" + f.name().replace('_', '-') + " " + f.expected()));
        }
        return String.join("; ", names);
    }

    private <T> void put(Facts.Builder b, Fact<T> fact, String text, String option) {
        try {
            b.put(fact, fact.parse(text));
        } catch (InvalidInputException ex) {
            throw usage(option + ": expected " + fact.expected() + ", found '" + text + "'");
        }
    }

    private void within(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw usage(option + ": expected a whole number from " + min + " to " + max + ", found " + value);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
