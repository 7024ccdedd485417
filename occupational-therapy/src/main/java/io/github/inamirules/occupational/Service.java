package io.github.inamirules.occupational;

/**
 * The occupational-therapy services (prestations ergothérapeutiques / ergotherapeutische
 * verstrekkingen) of the rehabilitation nomenclature, written on each session as the fact
 * {@link OccupationalTherapyFacts#SERVICE}. Each service has its own band, its own counter per
 * prescription and its own limit parameter (ERGO-17); its code comes from the rate module's code
 * table, keyed on the service (ERGO-03).
 *
 * <p>Names in files: {@code observation-bilan}, {@code exercise-session}, {@code information-session},
 * {@code final-bilan}.
 *
 * @see <a href="https://movita.be/praktisch/kostprijs-behandeling/">ERGO-03 source (MOVITA)</a>
 */
public enum Service {
    /**
     * Observation bilan with a descriptive report (bilan d'observation / observatiebilan), code 784291 or
     * 784302 (which of the two applies when is not known, E-Q3). The only service that may take place at
     * the end of the programme (ERGO-13).
     */
    OBSERVATION_BILAN(OtCounters.OBSERVATION_BILAN, OtParameters.LIMIT_OBSERVATION_BILAN, null),
    /** Exercise session with functional training, 180 minutes (séance d'exercices / oefensessie), 784313. */
    EXERCISE_SESSION(OtCounters.EXERCISE_SESSION, OtParameters.LIMIT_EXERCISE_SESSION, OtParameters.MINUTES_EXERCISE_SESSION),
    /**
     * Information, advice and training session on environmental adaptations and functional aids, 60
     * minutes (séance d'information, de conseil et d'apprentissage / informatie-, advies- en
     * opleidingssessie), 784335.
     */
    INFORMATION_SESSION(OtCounters.INFORMATION_SESSION, OtParameters.LIMIT_INFORMATION_SESSION,
            OtParameters.MINUTES_INFORMATION_SESSION),
    /** Final functional bilan (bilan final / eindbilan), 784350. */
    FINAL_BILAN(OtCounters.FINAL_BILAN, OtParameters.LIMIT_FINAL_BILAN, null);

    private final String band;
    private final String limitParameter;
    private final String minutesParameter;

    Service(String band, String limitParameter, String minutesParameter) {
        this.band = band;
        this.limitParameter = limitParameter;
        this.minutesParameter = minutesParameter;
    }

    /**
     * Returns the service's name in files and in the {@code service} column of code tables.
     *
     * @return the id, e.g. {@code "exercise-session"}
     */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * Returns the band a decision of this service carries, which is also the id of its counter.
     *
     * @return the band and counter id, e.g. {@code "OT_EXERCISE_SESSION"}
     */
    public String band() {
        return band;
    }

    /** The parameter giving how many of this service a prescription allows (ERGO-17). */
    String limitParameter() {
        return limitParameter;
    }

    /** The parameter giving the service's duration in minutes, or null if the sources give none. */
    String minutesParameter() {
        return minutesParameter;
    }
}
