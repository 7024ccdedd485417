package io.github.inamirules.assessment;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * Where the texts for people of one profession come from: reason messages, band labels, labels of
 * values and of missing items, in French, Dutch and English. Each profession module ships its own
 * bundles and hands a {@code Texts} to the decisions it builds, so the kernel holds no profession's
 * words.
 *
 * <p>A profession module loads its bundles from its own code, so that they stay encapsulated on the
 * module path:
 * <pre>{@code
 * static final Texts TEXTS = Texts.ofBundles(locale ->
 *         ResourceBundle.getBundle("com.example.speech.messages", locale, Speech.class.getModule()));
 * }</pre>
 *
 * <p>Implementations must be immutable and thread-safe.
 */
@FunctionalInterface
public interface Texts {

    /**
     * Returns the text of a key in a language, if there is one.
     *
     * @param key the key: a reason code, {@code band.<id>}, {@code <value name>.<value>}…
     * @param locale the language
     * @return the text
     */
    Optional<String> text(String key, Locale locale);

    /**
     * Returns texts that have no key at all: messages then show codes and values.
     *
     * @return the empty texts
     */
    static Texts none() {
        return (key, locale) -> Optional.empty();
    }

    /**
     * Returns texts read from resource bundles. The locale asked for is first reduced to French,
     * Dutch or English (any other language gets English), and the loader is called with exactly
     * {@code fr}, {@code nl} or {@code en}, so the JVM's default locale never leaks into a message.
     *
     * @param loader loads the bundle of one of the three languages; called from the profession's own
     *     code so that its bundles may stay encapsulated
     * @return the texts
     */
    static Texts ofBundles(Function<Locale, ResourceBundle> loader) {
        return (key, locale) -> {
            try {
                return Optional.of(loader.apply(language(locale)).getString(key));
            } catch (MissingResourceException e) {
                return Optional.empty();
            }
        };
    }

    /**
     * Reduces a locale to a language of the library: French, Dutch, or English for any other.
     *
     * @param locale the locale asked for
     * @return {@code fr}, {@code nl} or {@code en}
     */
    static Locale language(Locale locale) {
        String language = locale.getLanguage();
        return "fr".equals(language) || "nl".equals(language) ? Locale.forLanguageTag(language) : Locale.ENGLISH;
    }

    /**
     * Fills the placeholders {@code {name}} of a template from values; a value whose name and value
     * have a label ({@code <name>.<value>}, e.g. {@code place.home}, {@code band.<band id>}) is
     * shown by its label in the language asked for. A placeholder {@code {=name}} shows the value as it
     * is, for texts that programs match (the English messages of missing items).
     *
     * <p>Amounts and percentages follow the language, while the values themselves stay plain decimals
     * for programs: {@code {name:money}} shows an amount in euros ({@code 24,55 €} in French and Dutch,
     * {@code €24.55} in English), {@code {name:percent}} a value in per cent ({@code 25 %} in French
     * and Dutch, {@code 25%} in English), {@code {name:decimal}} a decimal number with the language's
     * decimal mark ({@code 6,1375} in French and Dutch), all without grouping of thousands. A value
     * that is not a decimal number is shown as it is.
     *
     * @param template the template
     * @param values the values by name
     * @param locale the language
     * @return the text
     */
    default String fill(String template, java.util.Map<String, String> values, Locale locale) {
        String out = template;
        for (java.util.Map.Entry<String, String> v : values.entrySet()) {
            String placeholder = "{" + v.getKey() + "}";
            if (out.contains(placeholder)) {
                String shown = text(v.getKey() + "." + v.getValue(), locale).orElse(v.getValue());
                out = out.replace(placeholder, shown);
            }
            out = out.replace("{=" + v.getKey() + "}", v.getValue());
            String money = "{" + v.getKey() + ":money}";
            if (out.contains(money)) {
                out = out.replace(money, money(v.getValue(), locale));
            }
            String decimal = "{" + v.getKey() + ":decimal}";
            if (out.contains(decimal)) {
                out = out.replace(decimal, isEnglish(locale) ? v.getValue() : v.getValue().replace('.', ','));
            }
            String percent = "{" + v.getKey() + ":percent}";
            if (out.contains(percent)) {
                out = out.replace(percent, percent(v.getValue(), locale));
            }
        }
        return out;
    }

    /**
     * Shows an amount in euros in a language: {@code 24,55 €} in French and Dutch, {@code €24.55} in
     * English; two decimals, no grouping of thousands.
     *
     * @param amount the amount, a plain decimal ({@code 24.55}); anything else is returned as it is
     * @param locale the language
     * @return the amount as people read it
     */
    static String money(String amount, Locale locale) {
        java.math.BigDecimal value;
        try {
            value = new java.math.BigDecimal(amount).setScale(2, java.math.RoundingMode.UNNECESSARY);
        } catch (NumberFormatException | ArithmeticException e) {
            return amount;
        }
        String plain = value.toPlainString();
        return isEnglish(locale) ? (value.signum() < 0 ? "-€" + plain.substring(1) : "€" + plain)
                : plain.replace('.', ',') + " €";
    }

    /**
     * Shows a value in per cent in a language: {@code 25 %} in French and Dutch, {@code 25%} in English.
     *
     * @param perCent the value in per cent, a plain decimal ({@code 25}, {@code 12.5}); anything else
     *     is returned as it is
     * @param locale the language
     * @return the percentage as people read it
     */
    static String percent(String perCent, Locale locale) {
        String plain;
        try {
            plain = new java.math.BigDecimal(perCent).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return perCent;
        }
        return isEnglish(locale) ? plain + "%" : plain.replace('.', ',') + " %";
    }

    private static boolean isEnglish(Locale locale) {
        return language(locale).getLanguage().equals("en");
    }

    /**
     * Returns texts that look a key up here first, then in another.
     *
     * @param fallback where to look next
     * @return the combined texts
     */
    default Texts orElse(Texts fallback) {
        return (key, locale) -> {
            Optional<String> found = text(key, locale);
            return found.isPresent() ? found : fallback.text(key, locale);
        };
    }
}
