package io.github.inamirules.occupational;

import io.github.inamirules.rates.ParameterSpec;
import io.github.inamirules.rates.ParameterType;
import java.util.ArrayList;
import java.util.List;

/**
 * The names of the occupational-therapy parameters read from rate modules. Every one must have a value
 * (or an explicit unknown row) on every day a module covers occupational therapy; none is written in
 * code.
 */
public final class OtParameters {
    /** Months after the programme's end within which the services are given, 6 (ERGO-13). */
    public static final String WINDOW_MONTHS = "window.months_after_programme_end";
    /** Days before the programme's end on which the observation bilan may already be given (ERGO-13). */
    public static final String BILAN_DAYS_BEFORE_END = "observation_bilan.days_before_programme_end";
    /** Observation bilans per prescription, 1 (ERGO-17). */
    public static final String LIMIT_OBSERVATION_BILAN = "limit.observation_bilan";
    /** Exercise sessions per prescription, 7 (ERGO-17). */
    public static final String LIMIT_EXERCISE_SESSION = "limit.exercise_session";
    /** Information sessions per prescription, 2 (ERGO-17). */
    public static final String LIMIT_INFORMATION_SESSION = "limit.information_session";
    /** Final bilans per prescription, 1 (ERGO-17). */
    public static final String LIMIT_FINAL_BILAN = "limit.final_bilan";
    /** Duration of an exercise session, 180 minutes (ERGO-03). */
    public static final String MINUTES_EXERCISE_SESSION = "minutes.exercise_session";
    /** Duration of an information session, 60 minutes (ERGO-03). */
    public static final String MINUTES_INFORMATION_SESSION = "minutes.information_session";
    /** Patient share of an ordinary patient as a fraction of the fee, 0.25 (ERGO-30). */
    public static final String SHARE_RATE_ORDINARY = "patient_share.rate.ordinary";
    /** Patient share of a preferential (BIM) patient as a fraction of the fee, 0.10 (ERGO-30). */
    public static final String SHARE_RATE_PREFERENTIAL = "patient_share.rate.preferential";
    /** Whether the patient share is truncated to the cent (true) or rounded half-up (false) (ERGO-30). */
    public static final String SHARE_TRUNCATED = "patient_share.truncated";

    private OtParameters() {
    }

    /**
     * Returns every parameter the rule set reads, as its vocabulary declares them.
     *
     * @return the specifications
     */
    static List<ParameterSpec> all() {
        List<ParameterSpec> specs = new ArrayList<>();
        for (Convention c : Convention.values()) {
            c.qualifyingParameter().ifPresent(name -> specs.add(ParameterSpec.of(name, ParameterType.BOOLEAN, "",
                    "a programme in a centre with convention " + c.id() + " qualifies", "ERGO-20")));
        }
        specs.add(integer(WINDOW_MONTHS, "months", "months after the programme's end within which services "
                + "are given", "ERGO-13"));
        specs.add(integer(BILAN_DAYS_BEFORE_END, "days", "days before the programme's end on which the "
                + "observation bilan may already be given", "ERGO-13"));
        specs.add(integer(LIMIT_OBSERVATION_BILAN, "services", "observation bilans per prescription", "ERGO-17"));
        specs.add(integer(LIMIT_EXERCISE_SESSION, "services", "exercise sessions per prescription", "ERGO-17"));
        specs.add(integer(LIMIT_INFORMATION_SESSION, "services", "information sessions per prescription",
                "ERGO-17"));
        specs.add(integer(LIMIT_FINAL_BILAN, "services", "final bilans per prescription", "ERGO-17"));
        specs.add(integer(MINUTES_EXERCISE_SESSION, "minutes", "duration of an exercise session", "ERGO-03"));
        specs.add(integer(MINUTES_INFORMATION_SESSION, "minutes", "duration of an information session", "ERGO-03"));
        specs.add(ParameterSpec.of(SHARE_RATE_ORDINARY, ParameterType.DECIMAL, "fraction",
                "patient share of an ordinary patient, as a fraction of the fee", "ERGO-30"));
        specs.add(ParameterSpec.of(SHARE_RATE_PREFERENTIAL, ParameterType.DECIMAL, "fraction",
                "patient share of a preferential patient, as a fraction of the fee", "ERGO-30"));
        specs.add(ParameterSpec.of(SHARE_TRUNCATED, ParameterType.BOOLEAN, "",
                "the patient share is truncated to the cent (false: rounded half-up)", "ERGO-30"));
        return List.copyOf(specs);
    }

    private static ParameterSpec integer(String name, String unit, String description, String ruleId) {
        return ParameterSpec.of(name, ParameterType.INTEGER, unit, description, ruleId);
    }
}
