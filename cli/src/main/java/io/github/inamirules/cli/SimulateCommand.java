package io.github.inamirules.cli;

import io.github.inamirules.assessment.ReimbursementEngine;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Place;
import io.github.inamirules.model.Profession;
import io.github.inamirules.model.Situation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code simulate}: builds a care history from options (a {@link Simulation}) and prints its year like
 * {@code assess} does; the quickest way to see what the library decides.
 *
 * <p>The sessions take place twice a week, on Mondays and Thursdays, unless {@code --on} or
 * {@code --every} says otherwise: the usual rhythm of a physiotherapy treatment, and the one of the
 * scenario examples. Only physiotherapy has a rule set for now; another profession is a usage error.
 */
@Command(name = "simulate",
        description = "Build a care history from the options and print the decision of every session: the quick "
                + "way to see what inami-rules does. Sessions are on Mondays and Thursdays unless --on or --every "
                + "is given.")
final class SimulateCommand implements Callable<Integer> {
    /** Most sessions one simulation may hold, as one series of a scenario file. */
    private static final int MAX_SESSIONS = 1_000;
    private static final Set<DayOfWeek> DEFAULT_WEEKDAYS = Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);

    @Option(names = "--profession", required = true, paramLabel = "PROFESSION",
            description = "The practitioner's profession; only physiotherapy for now.")
    private String profession;

    @Option(names = "--situation", required = true, paramLabel = "SITUATION",
            description = "courante, fa, fb, e, perinatal or palliative-home.")
    private Situation situation;

    @Option(names = "--sessions", required = true, paramLabel = "N", description = "Number of sessions, 1 to 1000.")
    private int sessions;

    @Option(names = "--from", required = true, paramLabel = "DATE",
            description = "First day a session may take place, YYYY-MM-DD.")
    private LocalDate from;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private Rhythm rhythm;

    @Option(names = "--preferential", description = "The patient has the preferential reimbursement (BIM / VT).")
    private boolean preferential;

    @Option(names = "--conventioned", arity = "0..1", fallbackValue = "true", defaultValue = "true",
            paramLabel = "true|false", description = "The practitioner adheres to the convention (default true).")
    private boolean conventioned;

    @Option(names = "--fee-asked", paramLabel = "AMOUNT", description = "The fee the practitioner asks, e.g. 40.00.")
    private Money feeAsked;

    @Option(names = "--place", paramLabel = "PLACE",
            description = "practice, practice-in-hospital, home, hospitalised or rest-home; default home for "
                    + "palliative-home, practice otherwise.")
    private Place place;

    @Option(names = "--minutes", paramLabel = "N", defaultValue = "30",
            description = "Duration of each session in minutes (default 30).")
    private int minutes;

    @Option(names = "--prescription-date", paramLabel = "DATE",
            description = "Date of the prescription, YYYY-MM-DD (default: --from).")
    private LocalDate prescriptionDate;

    @Mixin
    private OutputOptions output;

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
        Simulation simulation = simulation();
        ReimbursementEngine engine = ReimbursementEngine.loadInstalled();
        AssessedScenario assessed = new AssessedScenario(Optional.empty(), simulation.title(), Optional.empty(),
                engine.assess(simulation.history()));
        output.format().report().print(List.of(assessed), output.locale(), spec.commandLine().getOut());
        return InamiRulesCli.EXIT_OK;
    }

    /** Checks the options and turns them into a simulation. */
    Simulation simulation() {
        if (!Profession.PHYSIOTHERAPY.id().equals(profession.toLowerCase(Locale.ROOT))) {
            throw usage("--profession: only physiotherapy can be simulated for now, found '" + profession + "'");
        }
        within("--sessions", sessions, 1, MAX_SESSIONS);
        within("--minutes", minutes, 1, 600);
        Set<DayOfWeek> weekdays = DEFAULT_WEEKDAYS;
        int every = 1;
        if (rhythm != null && rhythm.days != null) {
            within("--every", rhythm.days, 1, 366);
            weekdays = Set.of();
            every = rhythm.days;
        } else if (rhythm != null) {
            weekdays = Set.copyOf(rhythm.weekdays);
        }
        Place where = place != null ? place : situation == Situation.PALLIATIVE_HOME ? Place.HOME : Place.PRACTICE;
        return new Simulation(situation, sessions, from, weekdays, every, preferential, conventioned,
                Optional.ofNullable(feeAsked), where, minutes, prescriptionDate != null ? prescriptionDate : from);
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
