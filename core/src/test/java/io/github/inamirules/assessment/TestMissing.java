package io.github.inamirules.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.InvalidInputException;
import io.github.inamirules.testprofession.DieteticsFiction;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TestMissing {
    private static final LocalDate DATE_2025_03_10 = LocalDate.of(2025, 3, 10);

    private static Missing tariff() {
        return Missing.builder().item("TARIFF").impact(Missing.Impact.AMOUNT).date(DATE_2025_03_10).code("D202")
                .episodeId("clinic").values(ReasonValues.ofPairs("code", "D202")).texts(DieteticsFiction.TEXTS).build();
    }

    @Test
    void attributes_areKept() {
        Missing m = tariff();

        assertThat(m.item()).isEqualTo("TARIFF");
        assertThat(m.impact()).isEqualTo(Missing.Impact.AMOUNT);
        assertThat(m.date()).isEqualTo(DATE_2025_03_10);
        assertThat(m.code()).contains("D202");
        assertThat(m.episodeId()).contains("clinic");
        assertThat(m.values()).containsEntry("code", "D202");
    }

    @Test
    void message_comesFromTheProfessionsTexts_withDateCodeAndValues() {
        assertThat(tariff().message(Locale.ENGLISH)).isEqualTo("The fee of code D202 on 2025-03-10 is unknown.");
        assertThat(tariff().message(Locale.FRENCH)).isEqualTo("L'honoraire du code D202 le 2025-03-10 est inconnu.");
        assertThat(tariff().message(Locale.GERMAN)).isEqualTo(tariff().message(Locale.ENGLISH));
        assertThat(tariff()).hasToString("The fee of code D202 on 2025-03-10 is unknown.");
    }

    @Test
    void message_fillsTheEpisode_andShowsLabelledValuesByTheirLabels() {
        Missing code = Missing.builder().item("NOMENCLATURE_CODE").impact(Missing.Impact.AMOUNT).date(DATE_2025_03_10)
                .episodeId("clinic").values(ReasonValues.ofPairs("band", "DIET_INTENSIVE", "place", "home"))
                .texts(DieteticsFiction.TEXTS).build();
        Missing parameter = Missing.builder().item("PARAMETER").impact(Missing.Impact.COVERAGE).date(DATE_2025_03_10)
                .episodeId("menu").values(ReasonValues.ofPairs("parameter", "sessions_max")).texts(DieteticsFiction.TEXTS)
                .build();

        assertThat(code.message(Locale.ENGLISH))
                .isEqualTo("The code of Intensive dietetics, at the patient's home on 2025-03-10 is unknown.");
        assertThat(parameter.message(Locale.forLanguageTag("nl")))
                .isEqualTo("Parameter sessions_max op 2025-03-10 is onbekend (episode menu).");
    }

    @Test
    void message_withoutText_isTheItemAndEverythingKnown() {
        Missing bare = Missing.builder().from(tariff()).texts(Texts.none()).build();

        assertThat(bare.message(Locale.ENGLISH)).isEqualTo("TARIFF {code=D202, date=2025-03-10, episode=clinic}");
    }

    @Test
    void equality_ignoresTheTexts() {
        Missing bare = Missing.builder().from(tariff()).texts(Texts.none()).build();

        assertThat(bare).isEqualTo(tariff()).hasSameHashCodeAs(tariff());
        assertThat(Missing.builder().from(tariff()).impact(Missing.Impact.COVERAGE).build()).isNotEqualTo(tariff());
    }

    @Test
    void missingAttributes_areInvalidInput() {
        assertThatThrownBy(() -> Missing.builder().item("TARIFF").build())
                .isExactlyInstanceOf(InvalidInputException.class)
                .hasMessageContaining("impact")
                .hasMessageContaining("date");
    }
}
