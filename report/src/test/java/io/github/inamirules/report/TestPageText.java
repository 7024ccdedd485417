package io.github.inamirules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.assessment.Outcome;
import io.github.inamirules.assessment.RefusalCode;
import io.github.inamirules.model.Money;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TestPageText {
    private static final Money AMOUNT = Money.parse("24.55");
    private static final LocalDate DATE_2025_03_03 = LocalDate.of(2025, 3, 3);
    /** Keys whose French or Dutch text may equal the English one (formats, symbols, shared words). */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("amount.none", "amount.unknown",
            "col.code", "col.date", "why.source", "legend.supplement", "col.supplement", "bar.title",
            "counter.episode");

    @ParameterizedTest
    @ValueSource(strings = {"fr", "nl"})
    void everyKeyIsInEveryLanguageAndTranslated(String language) {
        ResourceBundle english = bundle("en");
        ResourceBundle other = bundle(language);

        assertThat(other.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
        assertThat(english.keySet().stream()
                .filter(k -> !k.startsWith("format.") && !SAME_IN_EVERY_LANGUAGE.contains(k))
                .filter(k -> other.getString(k).equals(english.getString(k)))).as("untranslated in " + language)
                .isEmpty();
    }

    @Test
    void amountsFollowTheLanguage() {
        assertThat(new PageText(Locale.FRENCH).money(AMOUNT)).isEqualTo("24,55 €");
        assertThat(new PageText(Locale.forLanguageTag("nl-BE")).money(AMOUNT)).isEqualTo("24,55 €");
        assertThat(new PageText(Locale.ENGLISH).money(AMOUNT)).isEqualTo("€24.55");
        assertThat(new PageText(Locale.GERMAN).money(AMOUNT)).as("any other language is English").isEqualTo("€24.55");
    }

    @Test
    void datesMonthsOutcomesAndRefusalsFollowTheLanguage() {
        PageText french = new PageText(Locale.FRENCH);

        assertThat(french.date(DATE_2025_03_03)).isEqualTo("03/03/2025");
        assertThat(new PageText(Locale.ENGLISH).date(DATE_2025_03_03)).isEqualTo("2025-03-03");
        assertThat(Stream.iterate(LocalDate.of(2025, 1, 1), d -> d.plusMonths(1)).limit(12).map(french::month))
                .containsExactly("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
                        "nov.", "déc.");
        assertThat(french.outcome(Outcome.REFUSED)).isEqualTo("refusée");
        assertThat(new PageText(Locale.forLanguageTag("nl")).refusal(RefusalCode.MAXIMUM_REACHED))
                .isEqualTo("002 maximum bereikt");
        assertThat(Stream.of(RefusalCode.values()).map(french::refusal)).doesNotHaveDuplicates();
    }

    private static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle("io.github.inamirules.report.messages", Locale.forLanguageTag(language),
                PageText.class.getModule());
    }
}
