package io.github.inamirules.occupational;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The published counter ids are those the rule set declares and reports. */
class TestOtCounters {
    @Test
    void publishedCounters_areTheDeclaredOnes_oneForEachService() {
        assertThat(new OccupationalTherapyRuleSet().vocabulary().counters())
                .containsExactlyInAnyOrderElementsOf(OtCounters.ALL);
        assertThat(Arrays.stream(Service.values()).map(Service::band)).containsExactlyElementsOf(OtCounters.ALL);
    }
}
