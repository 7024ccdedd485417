package io.github.inamirules.report;

import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.assessment.Texts;
import io.github.inamirules.model.Money;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The page's own words in one language, from this module's bundles ({@code messages_fr}, {@code _nl},
 * {@code _en}) read with core's {@link Texts}, the mechanism the professions use for their reasons:
 * headings, column names, outcome and refusal labels, and how amounts and dates are written.
 *
 * <p>Amounts for people follow the language: {@code 24,55 €} in French and Dutch, {@code €24.55} in
 * English; the page's machine attributes ({@code data-amount}) stay plain decimals. The patterns and month
 * names are in the bundles, not taken from the JVM's locale data, so a page is the same on every JDK.
 * Immutable and thread-safe.
 */
final class PageText {
    static final Texts TEXTS = Texts.ofBundles(language -> ResourceBundle.getBundle(
            "io.github.inamirules.report.messages", language, PageText.class.getModule()));

    private final Locale language;
    private final DateTimeFormatter dates;

    PageText(Locale locale) {
        this.language = Texts.language(locale);
        this.dates = DateTimeFormatter.ofPattern(get("format.date"), language);
    }

    /** The language of the page: {@code fr}, {@code nl} or {@code en}. */
    Locale language() {
        return language;
    }

    /** The text of a key; every key the page asks for is in every bundle (a test checks it). */
    String get(String key) {
        return TEXTS.text(key, language).orElseThrow(() -> new IllegalStateException("no text " + key));
    }

    /** The text of a key with its {@code {name}} placeholders filled. */
    String get(String key, Map<String, String> values) {
        return TEXTS.fill(get(key), values, language);
    }

    /** An amount for people, as the reasons show it ({@link Texts#money}): {@code 24,55 €}. */
    String money(Money amount) {
        return Texts.money(amount.toString(), language);
    }

    /** A date for people: {@code 03/03/2025}. */
    String date(LocalDate date) {
        return dates.format(date);
    }

    /** The short name of a date's month: {@code mars}. */
    String month(LocalDate date) {
        return get("format.months").split(",")[date.getMonthValue() - 1];
    }

    /** The outcome of a session in words. */
    String outcome(Outcome outcome) {
        return get("outcome." + outcome.name());
    }

    /** A refusal: its eTarif code and what it means. */
    String refusal(RefusalCode code) {
        return code.code() + " " + get("refusal." + code.code());
    }
}
