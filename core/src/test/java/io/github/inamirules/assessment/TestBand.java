package io.github.inamirules.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestBand {

    @ParameterizedTest
    @CsvSource({
        "PHYSIO_FA_1_20, en, 'Fa, sessions 1-20'",
        "PHYSIO_FA_1_20, de, 'Fa, sessions 1-20'",
        "PHYSIO_FA_1_20, fr, 'Fa, séances 1-20'",
        "PHYSIO_FA_1_20, nl, 'Fa, zittingen 1-20'",
        "ACME_BAND, fr, ACME_BAND",
    })
    void label_isLocalised_orTheIdWhenUnknown(String id, String language, String expected) {
        assertThat(Band.of(id, 1).label(Locale.forLanguageTag(language))).isEqualTo(expected);
        assertThat(Band.of(id).rank()).isEmpty();
    }
}
