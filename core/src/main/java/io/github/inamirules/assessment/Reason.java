package io.github.inamirules.assessment;

import static io.github.inamirules.assessment.Attributes.required;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.NullValueException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One rule that fired for a decision: a stable machine code billing software can switch on, the
 * rule's id in the project's research ({@code "P-21"}), its source, and the values that drove it.
 *
 * <p>Codes are language-free and stable across versions, declared by the profession's vocabulary; the text
 * for people comes from {@link #message(Locale)} in French, Dutch or English.
 *
 * <p>Written by hand rather than generated, because every decision carries several reasons: one
 * object and no builder per reason in an assessment ({@link #of}), see the package's notes.
 * Equality is that of code, severity, rule id, source and values; the texts are not part of it.
 *
 * <p>Immutable and thread-safe; build with {@link #of} or {@link #builder()}.
 */
public final class Reason {
    private final String code;
    private final Severity severity;
    private final String ruleId;
    private final String source;
    private final ReasonValues values;
    private final Texts texts;

    private Reason(String code, Severity severity, String ruleId, String source, ReasonValues values, Texts texts) {
        this.code = code;
        this.severity = severity;
        this.ruleId = ruleId;
        this.source = source;
        this.values = values;
        this.texts = texts;
    }

    /**
     * Returns a reason.
     *
     * @param code the stable machine code, from the profession's vocabulary
     * @param severity what kind of statement it is
     * @param ruleId the id of the rule in the project's research, e.g. {@code "P-22"}
     * @param source the address of the rule's source
     * @param values the values that drove the rule
     * @param texts the texts of the profession whose rule fired
     * @return the reason
     * @throws NullValueException if an argument is null
     */
    public static Reason of(String code, Severity severity, String ruleId, String source, ReasonValues values,
            Texts texts) {
        return new Reason(required(code, "code"), required(severity, "severity"), required(ruleId, "ruleId"),
                required(source, "source"), required(values, "values"), required(texts, "texts"));
    }

    /**
     * Returns a new builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the stable machine code.
     *
     * @return the code, from the profession's vocabulary
     */
    public String code() {
        return code;
    }

    /**
     * Returns what kind of statement this is.
     *
     * @return the severity
     */
    public Severity severity() {
        return severity;
    }

    /**
     * Returns the id of the rule in the project's research, e.g. {@code "P-22"}.
     *
     * @return the rule id
     */
    public String ruleId() {
        return ruleId;
    }

    /**
     * Returns the address of the rule's legal or official source.
     *
     * @return the source URL
     */
    public String source() {
        return source;
    }

    /**
     * Returns the values that drove the rule, by name, in a stable order (an unmodifiable map; build
     * them with {@link ReasonValues#ofPairs} or {@link ReasonValues#of}).
     *
     * @return the values as text; none by default
     */
    public ReasonValues values() {
        return values;
    }

    /**
     * Returns the texts of the profession whose rule fired; not part of equality.
     *
     * @return the texts; {@link Texts#none()} by default
     */
    public Texts texts() {
        return texts;
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
            throw new NullValueException("locale");
        }
        Optional<String> found = texts.text(code, locale);
        if (found.isEmpty()) {
            return code + " " + values;
        }
        return texts.fill(found.get(), values, locale);
    }

    /**
     * Tells whether this reason is a refusal.
     *
     * @return true if the severity is {@link Severity#REFUSAL}
     */
    public boolean isRefusal() {
        return severity == Severity.REFUSAL;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Reason)) {
            return false;
        }
        Reason r = (Reason) other;
        return code.equals(r.code) && severity == r.severity && ruleId.equals(r.ruleId) && source.equals(r.source)
                && values.equals(r.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, severity, ruleId, source, values);
    }

    @Override
    public String toString() {
        return "Reason{code=" + code + ", severity=" + severity + ", ruleId=" + ruleId + ", source=" + source
                + ", values=" + values + "}";
    }


    /**
     * Builds a {@link Reason}; code, severity, rule id and source are required, values default to none
     * and texts to {@link Texts#none()}. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable String code;
        private @Nullable Severity severity;
        private @Nullable String ruleId;
        private @Nullable String source;
        private ReasonValues values = ReasonValues.empty();
        private Texts texts = Texts.none();

        private Builder() {
        }

        /**
         * Copies every attribute of a reason.
         *
         * @param reason the reason
         * @return this builder
         */
        public Builder from(Reason reason) {
            required(reason, "reason");
            return code(reason.code).severity(reason.severity).ruleId(reason.ruleId).source(reason.source)
                    .values(reason.values).texts(reason.texts);
        }

        /**
         * Sets the code.
         *
         * @param newCode the code
         * @return this builder
         */
        public Builder code(String newCode) {
            code = required(newCode, "code");
            return this;
        }

        /**
         * Sets the severity.
         *
         * @param newSeverity the severity
         * @return this builder
         */
        public Builder severity(Severity newSeverity) {
            severity = required(newSeverity, "severity");
            return this;
        }

        /**
         * Sets the rule id.
         *
         * @param newRuleId the rule id
         * @return this builder
         */
        public Builder ruleId(String newRuleId) {
            ruleId = required(newRuleId, "ruleId");
            return this;
        }

        /**
         * Sets the source.
         *
         * @param newSource the source's address
         * @return this builder
         */
        public Builder source(String newSource) {
            source = required(newSource, "source");
            return this;
        }

        /**
         * Sets the values.
         *
         * @param newValues the values
         * @return this builder
         */
        public Builder values(ReasonValues newValues) {
            values = required(newValues, "values");
            return this;
        }

        /**
         * Sets the texts.
         *
         * @param newTexts the texts
         * @return this builder
         */
        public Builder texts(Texts newTexts) {
            texts = required(newTexts, "texts");
            return this;
        }

        /**
         * Builds the reason.
         *
         * @return the reason
         * @throws InvalidInputException naming every required attribute not set
         */
        public Reason build() {
            if (code == null || severity == null || ruleId == null || source == null) {
                Attributes.requireSet("Reason", "code", code, "severity", severity, "ruleId", ruleId, "source", source);
            }
            return new Reason(code, severity, ruleId, source, values, texts);
        }

    }
}
