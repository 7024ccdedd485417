package io.github.inamirules.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.testprofession.DieteticsFiction;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestBand {

    @ParameterizedTest
    @CsvSource({
        "DIET_STANDARD, en, Standard dietetics",
        "DIET_STANDARD, de, Standard dietetics",
        "DIET_STANDARD, fr, Diététique standard",
        "DIET_STANDARD, fr-BE, Diététique standard",
        "DIET_INTENSIVE, nl, Intensieve diëtetiek",
        "DIET_UNKNOWN, fr, DIET_UNKNOWN",
    })
    void label_comesFromTheProfessionsTexts_orIsTheId(String id, String language, String expected) {
        Band band = Band.of(id, 1, DieteticsFiction.TEXTS);

        assertThat(band.label(Locale.forLanguageTag(language))).isEqualTo(expected);
    }

    @Test
    void withoutTexts_theLabelIsTheId() {
        assertThat(Band.of("DIET_STANDARD", 3).label(Locale.FRENCH)).isEqualTo("DIET_STANDARD");
        assertThat(Band.of("DIET_STANDARD").texts().text("band.DIET_STANDARD", Locale.FRENCH)).isEmpty();
    }

    @Test
    void rank_isOptional() {
        assertThat(Band.of("DIET_STANDARD", 3).rank()).contains(3);
        assertThat(Band.of("DIET_STANDARD").rank()).isEmpty();
        assertThat(Band.of("DIET_STANDARD", null, DieteticsFiction.TEXTS).rank()).isEmpty();
    }

    @Test
    void equality_ignoresTheTexts() {
        Band withTexts = Band.of("DIET_STANDARD", 2, DieteticsFiction.TEXTS);

        assertThat(withTexts).isEqualTo(Band.of("DIET_STANDARD", 2)).hasSameHashCodeAs(Band.of("DIET_STANDARD", 2));
        assertThat(withTexts).isNotEqualTo(Band.of("DIET_STANDARD", 3));
        assertThat(withTexts).isNotEqualTo(Band.of("DIET_INTENSIVE", 2));
    }
}
