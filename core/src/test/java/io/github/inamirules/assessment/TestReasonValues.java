package io.github.inamirules.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.NullValueException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestReasonValues {

    @Test
    void ofPairs_keepsTheOrder_showsEveryValueAsText_andALaterNameReplacesInPlace() {
        ReasonValues v = ReasonValues.ofPairs("rank", 3, "max", 18, "rank", 4, "preferential", true);

        assertThat(v).containsExactly(Map.entry("rank", "4"), Map.entry("max", "18"), Map.entry("preferential", "true"));
        assertThat(v.get("max")).isEqualTo("18");
        assertThat(v.get("missing")).isNull();
        assertThat(v.containsKey("rank")).isTrue();
        assertThat(v.size()).isEqualTo(3);
    }

    @Test
    void equalsAndHashCode_areThoseOfAMap_howeverBuilt() {
        Map<String, String> plain = new LinkedHashMap<>();
        plain.put("a", "1");
        plain.put("b", "2");

        assertThat(ReasonValues.ofPairs("a", "1", "b", "2")).isEqualTo(plain).hasSameHashCodeAs(plain)
                .isEqualTo(ReasonValues.of(plain));
        assertThat(ReasonValues.ofPairs()).isSameAs(ReasonValues.empty()).isEmpty();
    }

    @Test
    void isUnmodifiable_andRefusesNulls() {
        ReasonValues v = ReasonValues.ofPairs("a", "1");
        Map<String, String> withNull = new LinkedHashMap<>();
        withNull.put("a", null);

        assertThatThrownBy(() -> v.put("b", "2")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> v.entrySet().iterator().next().setValue("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ReasonValues.of(withNull)).isInstanceOf(NullValueException.class);
        assertThatThrownBy(() -> ReasonValues.ofPairs(null, "1")).isInstanceOf(NullValueException.class);
    }

    @Test
    void aReason_keepsItsValuesAsGiven() {
        ReasonValues v = ReasonValues.ofPairs("a", "1");

        Reason r = Reason.builder().code("X").severity(Severity.INFO).ruleId("X-1").source("s").values(v).build();

        assertThat(r.values()).isSameAs(v);
        assertThat(Reason.builder().from(r).build()).isEqualTo(r);
    }

    @Test
    void immutableValues_areShownWhenRead_andAMutableOneAsItWasWhenGiven() {
        StringBuilder mutable = new StringBuilder("before");
        ReasonValues v = ReasonValues.ofPairs("date", java.time.LocalDate.of(2025, 3, 10),
                "amount", io.github.inamirules.model.Money.parse("24.55"), "severity", Severity.INFO, "text", mutable);
        mutable.append("-after");

        assertThat(v).containsExactly(Map.entry("date", "2025-03-10"), Map.entry("amount", "24.55"),
                Map.entry("severity", "INFO"), Map.entry("text", "before"));
        assertThat(v).isEqualTo(ReasonValues.ofPairs("date", "2025-03-10", "amount", "24.55", "severity", "INFO",
                "text", "before"));
    }

    @Test
    void holds_onlyTheSamePairs_asOfPairsWouldKeepThem() {
        ReasonValues v = ReasonValues.ofPairs("band", "E", "rank", 3, "day", java.time.LocalDate.of(2025, 3, 10));

        assertThat(v.holds("band", "E", "rank", 3, "day", java.time.LocalDate.of(2025, 3, 10))).isTrue();
        assertThat(v.holds("band", "E", "rank", 4, "day", java.time.LocalDate.of(2025, 3, 10))).isFalse();
        assertThat(v.holds("band", "E", "rank", 3L, "day", java.time.LocalDate.of(2025, 3, 10))).isFalse();
        assertThat(v.holds("rank", 3, "band", "E", "day", java.time.LocalDate.of(2025, 3, 10))).isFalse();
        assertThat(v.holds("band", "E", "rank", 3)).isFalse();
        assertThat(ReasonValues.ofPairs("a", "1", "a", "2").holds("a", "1", "a", "2")).isFalse();
        StringBuilder mutable = new StringBuilder("x");
        assertThat(ReasonValues.ofPairs("a", mutable).holds("a", mutable)).isFalse();
        assertThat(ReasonValues.empty().holds()).isTrue();
        assertThat(ReasonValues.empty().holds("odd")).isTrue();
    }
}
