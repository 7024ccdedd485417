package io.github.inamirules.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.model.DateRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestEntitlement {

    @ParameterizedTest
    @CsvSource({"0, 3, 3", "2, 3, 1", "3, 3, 0", "5, 3, 0"})
    void remaining_isLimitMinusUsed_neverBelowZero(int used, int limit, int remaining) {
        Entitlement e = Entitlement.builder().counter("DIET_SESSIONS").episodeId("menu").period(DateRange.ofYear(2025))
                .used(used).limit(limit).build();

        assertThat(e.remaining()).contains(remaining);
    }

    @ParameterizedTest
    @CsvSource({"0", "7"})
    void remaining_withoutLimit_isEmpty(int used) {
        Entitlement e = Entitlement.builder().counter("DIET_SESSIONS").period(DateRange.ofYear(2025)).used(used).build();

        assertThat(e.remaining()).isEmpty();
        assertThat(e.episodeId()).isEmpty();
        assertThat(e.used()).isEqualTo(used);
    }
}
