package io.github.inamirules.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestCodeTable {
    private static final CodeTable BAND_PLACE = CodeTable.of(List.of(
            CodeTable.Column.of("band", List.of("DIET_STANDARD", "DIET_INTENSIVE")),
            CodeTable.Column.of("place", List.of("cabinet", "home"))));

    @Test
    void columns_inDeclaredOrder() {
        assertThat(BAND_PLACE.columnNames()).containsExactly("band", "place");
        assertThat(BAND_PLACE.columns().get(1).name()).isEqualTo("place");
        assertThat(BAND_PLACE.columns().get(1).values()).containsExactly("cabinet", "home");
    }

    @Test
    void allKeys_isEveryCombination_inColumnOrder() {
        assertThat(BAND_PLACE.allKeys()).containsExactly(
                List.of("DIET_STANDARD", "cabinet"), List.of("DIET_STANDARD", "home"),
                List.of("DIET_INTENSIVE", "cabinet"), List.of("DIET_INTENSIVE", "home"));
        assertThat(CodeTable.of(List.of(CodeTable.Column.of("level", List.of("a")))).allKeys())
                .containsExactly(List.of("a"));
    }

    @Test
    void columnValues_areDeduplicated_inFirstOrder_andUnmodifiable() {
        CodeTable.Column column = CodeTable.Column.of("place", List.of("home", "cabinet", "home"));

        assertThat(column.values()).containsExactly("home", "cabinet");
        assertThatThrownBy(() -> column.values().add("garden")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aTableWithoutColumns_orAColumnWithoutValues_isRejected() {
        assertThatThrownBy(() -> CodeTable.of(List.of()))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("a code table needs at least one key column");
        assertThatThrownBy(() -> CodeTable.Column.of("place", List.of()))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("column place needs at least one value");
    }
}
