package io.github.inamirules.assessment;

/**
 * The MyCareNet eTarif refusal vocabulary, so billing software can show a refusal as the insurers
 * do. {@link #code()} is the three-digit code of the eTarif service.
 */
public enum RefusalCode {
    /** 001: the renewal period has not expired. */
    RENEWAL_PERIOD_NOT_EXPIRED("001"),
    /** 002: the maximum number has been reached. */
    MAXIMUM_REACHED("002"),
    /** 005: no agreement (accord, notification) of the médecin-conseil. */
    NO_AGREEMENT("005"),
    /** 008: a prerequisite is not met (e.g. no valid prescription). */
    PREREQUISITE_NOT_MET("008"),
    /** 009: the code cannot be attested on this date. */
    NOT_ATTESTABLE_ON_DATE("009"),
    /** 010: cannot be combined with another service. */
    CANNOT_BE_COMBINED("010");

    private final String code;

    RefusalCode(String code) {
        this.code = code;
    }

    /**
     * Returns the eTarif code.
     *
     * @return the three-digit code, e.g. {@code "002"}
     */
    public String code() {
        return code;
    }
}
