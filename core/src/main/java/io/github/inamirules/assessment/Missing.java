package io.github.inamirules.assessment;

import io.github.inamirules.model.InamiStyle;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing a decision needed and did not have: a tariff no source gives, a nomenclature code the
 * data do not list, a birth date an age rule needs, an explicitly unknown parameter.
 *
 * <p>{@link #item()} is a stable, language-free id switched on by programs ({@code TARIFF},
 * {@code NOMENCLATURE_CODE}, {@code BIRTH_DATE}, {@code PARAMETER}…), with the nomenclature
 * {@link #code()}, the {@link #date()} and the {@link #episodeId()} it is about where they apply, and
 * the {@link #values()} that say more. {@link #impact()} tells whether the unknown leaves the
 * session's coverage undecided ({@link Outcome#INSUFFICIENT_DATA}) or only its amounts (the session
 * stays {@link Outcome#REIMBURSED}, unpriced). {@link #message(Locale)} says it in French, Dutch or
 * English from the profession's texts (key {@code missing.<item>}).
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@InamiStyle
public abstract class Missing {
    Missing() {
    }

    /** A tariff (fee, insurance amount) no source gives. */
    public static final String TARIFF = "TARIFF";
    /** A nomenclature code no source gives for the session's band, place, duration… */
    public static final String NOMENCLATURE_CODE = "NOMENCLATURE_CODE";
    /** A rate parameter a rate module gives as explicitly unknown. */
    public static final String PARAMETER = "PARAMETER";
    /** The patient's birth date, which an age rule needs. */
    public static final String BIRTH_DATE = "BIRTH_DATE";

    /** What an unknown leaves undecided. */
    public enum Impact {
        /** Whether the session is covered at all cannot be decided (an unknown cap, an age rule without birth date). */
        COVERAGE,
        /** The session is covered; an amount (fee, insurance, patient share) or the code is unknown. */
        AMOUNT
    }

    /**
     * Returns a new builder (for rule sets).
     *
     * @return a builder
     */
    public static ImmutableMissing.Builder builder() {
        return ImmutableMissing.builder();
    }

    /**
     * Returns the stable id of what is missing.
     *
     * @return the item, e.g. {@link #TARIFF}, or a profession's own id
     */
    public abstract String item();

    /**
     * Returns what the unknown leaves undecided.
     *
     * @return the impact
     */
    public abstract Impact impact();

    /**
     * Returns the day the missing figure or input was needed for.
     *
     * @return the date of service
     */
    public abstract LocalDate date();

    /**
     * Returns the nomenclature code concerned, if any.
     *
     * @return the code
     */
    public abstract Optional<String> code();

    /**
     * Returns the episode concerned, if any.
     *
     * @return the episode id
     */
    public abstract Optional<String> episodeId();

    /**
     * Returns the values that say more (band, place, parameter name, rate module…), by name (an
     * unmodifiable map; build them with {@link ReasonValues#ofPairs} or {@link ReasonValues#of}).
     *
     * @return the values as text; none by default
     */
    @Value.Default
    public ReasonValues values() {
        return ReasonValues.empty();
    }

    /**
     * Returns the texts of the profession that found the gap; not part of equality.
     *
     * @return the texts; {@link Texts#none()} by default
     */
    @Value.Default
    @Value.Auxiliary
    public Texts texts() {
        return Texts.none();
    }

    /**
     * Says what is missing, for people, in French, Dutch or English.
     *
     * @param locale the language
     * @return the message
     */
    public String message(Locale locale) {
        if (locale == null) {
            throw new io.github.inamirules.NullValueException("locale");
        }
        Map<String, String> all = new java.util.LinkedHashMap<>(values());
        all.put("date", date().toString());
        code().ifPresent(c -> all.put("code", c));
        episodeId().ifPresent(e -> all.put("episode", e));
        return texts().text("missing." + item(), locale).map(t -> texts().fill(t, all, locale))
                .orElse(item() + " " + all);
    }

    /**
     * Returns the English message, for logs of developers and for matching in scenario files.
     *
     * @return the message in English
     */
    @Override
    public String toString() {
        return message(Locale.ENGLISH);
    }
}
