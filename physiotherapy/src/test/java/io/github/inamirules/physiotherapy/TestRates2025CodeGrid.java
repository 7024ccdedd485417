package io.github.inamirules.physiotherapy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.RateDataException;
import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.rates.DataFileRateModule;
import io.github.inamirules.rates.NomenclatureCode;
import io.github.inamirules.rates.Rates;
import io.github.inamirules.rates.Tariff;
import io.github.inamirules.rates2025.Rates2025;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The temporal coverage grid of the shipped rate modules, made exhaustive (Catala's coverage tests):
 * every day of rates-2025's and rates-2026's physiotherapy coverage × every key the rule set can ask its
 * code table for is a known code or an explicit unknown row, and every code the table gives has a tariff
 * row (known fee or explicit unknown) on that day. A gap would be "forgotten", which the data must never
 * be.
 */
class TestRates2025CodeGrid {
    private static final ReimbursementEngine ENGINE = ReimbursementEngine.builder()
            .ruleSet(new PhysiotherapyRuleSet()).rateModule(new Rates2025())
            .rateModule(new io.github.inamirules.rates2026.Rates2026()).build();

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {2025, 2026})
    void everyDayTimesEveryKey_isAKnownOrAnExplicitlyUnknownRow(int yearNumber) {
        List<List<String>> keys = new PhysiotherapyRuleSet().vocabulary().codeTable().allKeys();
        assertThat(keys).hasSize(Bands.ALL.size() * PhysiotherapyVocabulary.PLACE_COLUMN.size()
                * PhysiotherapyVocabulary.MINUTES.size());
        List<String> gaps = new ArrayList<>();
        int known = 0;
        DateRange year = DateRange.ofYear(yearNumber);
        for (LocalDate day = year.start(); day.isBefore(year.end()); day = day.plusDays(1)) {
            Rates rates = ENGINE.catalog().ratesAt(Physiotherapy.PROFESSION, day);
            for (List<String> key : keys) {
                Optional<NomenclatureCode> row = rates.code(key.toArray(new String[0]));
                if (row.isEmpty()) {
                    gaps.add(day + " " + key);
                    continue;
                }
                Optional<String> code = row.get().code();
                if (code.isPresent()) {
                    known++;
                    Optional<Tariff> tariff = rates.tariff(code.get());
                    if (tariff.isEmpty()) {
                        gaps.add(day + " tariff of " + code.get());
                    }
                }
            }
        }
        assertThat(gaps).as("days and keys with no row at all").isEmpty();
        assertThat(known).as("known codes over the grid").isGreaterThan(365 * 20);
    }

    @Test
    void aBandTypoInTheCodeTable_failsTheEngineBuild_withModuleFileLineAndColumn() {
        DataFileRateModule typo = new Rates2025Edited("PHYSIO_COURANTE_1_9 | practice", "PHYSIO_COURANTE_1_99 | practice");
        assertThatThrownBy(() -> ReimbursementEngine.builder().ruleSet(new PhysiotherapyRuleSet()).rateModule(typo)
                .build()).isInstanceOf(RateDataException.class)
                .hasMessageMatching("rates-2025-edited:physiotherapy/codes\\.psv:\\d+:1: column 'band': "
                        + "'PHYSIO_COURANTE_1_99' is not a value the physiotherapy rule set declares.*");
    }

    @Test
    void anUndeclaredParameter_failsTheEngineBuild_withModuleFileLineAndColumn() {
        DataFileRateModule typo = new Rates2025Edited("courante.sessions_max |", "courante.session_max |");
        assertThatThrownBy(() -> ReimbursementEngine.builder().ruleSet(new PhysiotherapyRuleSet()).rateModule(typo)
                .build()).isInstanceOf(RateDataException.class)
                .hasMessageMatching("rates-2025-edited:physiotherapy/parameters\\.psv:\\d+:1: parameter "
                        + "'courante.session_max' is not one the physiotherapy rule set declares.*");
    }

    /** The real 2025 data with one text replaced in every file, as a reviewer's typo would. */
    private static final class Rates2025Edited extends DataFileRateModule {
        private final String from;
        private final String to;

        Rates2025Edited(String from, String to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public String id() {
            return "rates-2025-edited";
        }

        @Override
        public String version() {
            return "test";
        }

        @Override
        protected InputStream openResource(String name) {
            try (InputStream in = Rates2025.class.getResourceAsStream(name)) {
                if (in == null) {
                    return null;
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(from, to);
                return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
