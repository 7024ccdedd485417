package io.github.inamirules.occupational;

import java.util.List;

/**
 * The ids of the occupational-therapy counters reported in an assessment's entitlements: one per
 * service, counted per prescription's package (ERGO-17), each also the band of the sessions it counts
 * ({@link Service#band()}).
 */
public final class OtCounters {
    /** Observation bilans of a package (at most 1, ERGO-17). */
    public static final String OBSERVATION_BILAN = "OT_OBSERVATION_BILAN";
    /** Exercise sessions with functional training of a package (at most 7, ERGO-17). */
    public static final String EXERCISE_SESSION = "OT_EXERCISE_SESSION";
    /** Information, advice and training sessions of a package (at most 2, ERGO-17). */
    public static final String INFORMATION_SESSION = "OT_INFORMATION_SESSION";
    /** Final bilans of a package (at most 1, ERGO-17). */
    public static final String FINAL_BILAN = "OT_FINAL_BILAN";

    /** Every counter. */
    public static final List<String> ALL = List.of(OBSERVATION_BILAN, EXERCISE_SESSION, INFORMATION_SESSION,
            FINAL_BILAN);

    private OtCounters() {
    }
}
