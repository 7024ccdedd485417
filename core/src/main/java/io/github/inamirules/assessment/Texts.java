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
        }
        return out;
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
