package io.github.inamirules.assessment;

import io.github.inamirules.model.InamiStyle;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One rule that fired for a decision: a stable machine code billing software can switch on, the
 * rule's id in the project's research ({@code "P-21"}), its source, and the values that drove it.
 *
 * <p>Codes are language-free and stable across versions, declared by the profession's vocabulary; the text
 * for people comes from {@link #message(Locale)} in French, Dutch or English.
 *
 * <p>Immutable and thread-safe; build with {@link #builder()}.
 */
@Value.Immutable
@InamiStyle
public abstract class Reason {
    Reason() {
    }

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static ImmutableReason.Builder builder() {
        return ImmutableReason.builder();
    }

    /**
     * Returns the stable machine code.
     *
     * @return the code, from the profession's vocabulary
     */
    public abstract String code();

    /**
     * Returns what kind of statement this is.
     *
     * @return the severity
     */
    public abstract Severity severity();

    /**
     * Returns the id of the rule in the project's research, e.g. {@code "P-22"}.
     *
     * @return the rule id
     */
    public abstract String ruleId();

    /**
     * Returns the address of the rule's legal or official source.
     *
     * @return the source URL
     */
    public abstract String source();

    /**
     * Returns the values that drove the rule, by name, in a stable order (an unmodifiable map; build
     * them with {@link ReasonValues#ofPairs} or {@link ReasonValues#of}).
     *
     * @return the values as text; none by default
     */
    @Value.Default
    public ReasonValues values() {
        return ReasonValues.empty();
    }

    /**
     * Returns the texts of the profession whose rule fired; not part of equality.
     *
     * @return the texts; {@link Texts#none()} by default
     */
    @Value.Default
    @Value.Auxiliary
    public Texts texts() {
        return Texts.none();
    }

    /**
     * Returns the message for people, in a language of the library (French, Dutch or English; any
     * other locale gets English), from the profession's own bundle. Placeholders {@code {name}} are
     * filled from {@link #values()}, a value with a label ({@code place.home}) by its label. A code
     * without a message yields the code and the values.
     *
     * @param locale the language
     * @return the message
     */
    public String message(Locale locale) {
        if (locale == null) {
            throw new io.github.inamirules.NullValueException("locale");
        }
        Optional<String> found = texts().text(code(), locale);
        if (found.isEmpty()) {
            return code() + " " + values();
        }
        return texts().fill(found.get(), values(), locale);
    }

    /**
     * Tells whether this reason is a refusal.
     *
     * @return true if the severity is {@link Severity#REFUSAL}
     */
    public boolean isRefusal() {
        return severity() == Severity.REFUSAL;
    }
}
