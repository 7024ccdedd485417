package io.github.inamirules.psychology;

/**
 * The psychological function (fonction psychologique / psychologische functie) a session is given
 * under. The 2021 convention has two (PSY-24), the 2024 convention three (PSY-41); a session's function
 * must be one of the convention in force on its date. Named in files in lower case with {@code -}
 * ({@code first-line-support}).
 */
public enum PsyFunction {
    /** 2021: first-line psychological care (soins psychologiques de première ligne). */
    FIRST_LINE(Scheme.CONV_2021),
    /** 2021: specialised psychological care (soins psychologiques spécialisés). */
    SPECIALISED(Scheme.CONV_2021),
    /** 2024, function 1: community interventions (interventions communautaires), in groups. */
    COMMUNITY_INTERVENTION(Scheme.CONV_2024),
    /** 2024, function 2: first-line psychological support (soutien psychologique de première ligne). */
    FIRST_LINE_SUPPORT(Scheme.CONV_2024),
    /** 2024, function 3: first-line psychological treatment (traitement psychologique de première ligne). */
    FIRST_LINE_TREATMENT(Scheme.CONV_2024);

    private final Scheme scheme;

    PsyFunction(Scheme scheme) {
        this.scheme = scheme;
    }

    /**
     * Returns the convention the function belongs to.
     *
     * @return {@link Scheme#CONV_2021} or {@link Scheme#CONV_2024}
     */
    public Scheme scheme() {
        return scheme;
    }

    /**
     * Returns the function a session of a convention has when its facts name none: first-line care in
     * 2021, first-line support in 2024.
     *
     * @param scheme a network convention
     * @return the default function
     */
    static PsyFunction defaultOf(Scheme scheme) {
        return scheme == Scheme.CONV_2021 ? FIRST_LINE : FIRST_LINE_SUPPORT;
    }
}
