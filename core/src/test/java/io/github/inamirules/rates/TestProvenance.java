package io.github.inamirules.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TestProvenance {
    private static final Source GAZETTE = Source.of("FICTION", "https://example.org/gazette");

    @ParameterizedTest
    @CsvSource({"OFFICIAL, false", "REPORTED, false", "DERIVED, true", "CARRIED, true", "UNKNOWN, true"})
    void needsNote_forDerivedCarriedAndUnknown(ProvenanceStatus status, boolean needsNote) {
        assertThat(status.needsNote()).isEqualTo(needsNote);
    }

    @ParameterizedTest
    @EnumSource(value = ProvenanceStatus.class, names = {"DERIVED", "CARRIED", "UNKNOWN"})
    void statusThatNeedsANote_withoutOne_isRejected_namingTheLocation(ProvenanceStatus status) {
        assertThatThrownBy(() -> Provenance.of(status, List.of(GAZETTE), " ", "m:f.psv:3"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("a " + status.name().toLowerCase(java.util.Locale.ROOT) + " row needs a note at m:f.psv:3");
    }

    @Test
    void accessors_andAnEmptyNoteIsAbsent() {
        Provenance official = Provenance.of(ProvenanceStatus.OFFICIAL, List.of(GAZETTE), "", "m:f.psv:3");
        Provenance carried = Provenance.of(ProvenanceStatus.CARRIED, List.of(GAZETTE), "gazette of 2024", "m:f.psv:4");

        assertThat(official.status()).isEqualTo(ProvenanceStatus.OFFICIAL);
        assertThat(official.sources()).containsExactly(GAZETTE);
        assertThat(official.note()).isEmpty();
        assertThat(official.location()).isEqualTo("m:f.psv:3");
        assertThat(official).hasToString("OFFICIAL [FICTION <https://example.org/gazette>] at m:f.psv:3");
        assertThat(carried.note()).contains("gazette of 2024");
        assertThat(carried).hasToString("CARRIED [FICTION <https://example.org/gazette>] (gazette of 2024) at m:f.psv:4");
    }

    @Test
    void source_equalityIsNameAndUrl() {
        assertThat(Source.of("FICTION", "https://example.org/gazette")).isEqualTo(GAZETTE).hasSameHashCodeAs(GAZETTE);
        assertThat(Source.of("FICTION", "https://example.org/other")).isNotEqualTo(GAZETTE);
        assertThat(GAZETTE.name()).isEqualTo("FICTION");
        assertThat(GAZETTE.url()).isEqualTo("https://example.org/gazette");
    }

    @Test
    void equality_isStatusSourcesNoteAndLocation() {
        Provenance a = Provenance.of(ProvenanceStatus.CARRIED, List.of(GAZETTE), "gazette of 2024", "m:f.psv:4");

        assertThat(Provenance.of(ProvenanceStatus.CARRIED, List.of(GAZETTE), "gazette of 2024", "m:f.psv:4"))
                .isEqualTo(a).hasSameHashCodeAs(a);
        assertThat(Provenance.of(ProvenanceStatus.DERIVED, List.of(GAZETTE), "gazette of 2024", "m:f.psv:4"))
                .isNotEqualTo(a);
        assertThat(Provenance.of(ProvenanceStatus.CARRIED, List.of(), "gazette of 2024", "m:f.psv:4")).isNotEqualTo(a);
        assertThat(Provenance.of(ProvenanceStatus.CARRIED, List.of(GAZETTE), "other", "m:f.psv:4")).isNotEqualTo(a);
        assertThat(Provenance.of(ProvenanceStatus.CARRIED, List.of(GAZETTE), "gazette of 2024", "m:f.psv:5"))
                .isNotEqualTo(a);
        assertThat((Object) a).isNotEqualTo("CARRIED");
    }
}
