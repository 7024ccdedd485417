package io.github.inamirules.occupational;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.inamirules.rates.ParameterSpec;
import io.github.inamirules.rates.ProvenanceStatus;
import io.github.inamirules.rates.RateCatalog;
import io.github.inamirules.rates.RateRow;
import io.github.inamirules.rates.Rates;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The test copies of the occupational-therapy data cannot drift from the files shipped in rates-2025,
 * and the data carry provenance on every row and cover every day of 2025 for every key the rule set can
 * ask for.
 */
class TestRateDataCopies {
    /** The shipped data, relative to this module's folder (Maven's working directory). */
    private static final Path SHIPPED = Path.of("..", "rates-2025", "src", "main", "resources", "io", "github",
            "inamirules", "rates2025");

    private static byte[] copy(String name) throws IOException {
        try (InputStream in = Rates2025Copy.class.getResourceAsStream("shipped/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static List<String> dataLines(byte[] content) {
        return new String(content, StandardCharsets.UTF_8).lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"parameters.psv", "tariffs.psv", "codes.psv"})
    void theCopiesAreByteForByteTheShippedFiles(String file) throws IOException {
        Path shipped = SHIPPED.resolve("occupational-therapy").resolve(file);
        assertThat(shipped).exists();
        assertThat(copy("occupational-therapy/" + file)).isEqualTo(Files.readAllBytes(shipped));
    }

    /** Every coverage and source line of the copies is in rates-2025's shared files. */
    @ParameterizedTest
    @ValueSource(strings = {"coverage.psv", "sources.psv"})
    void theCoverageAndSourceLinesAreInRates2025(String file) throws IOException {
        List<String> shipped = dataLines(Files.readAllBytes(SHIPPED.resolve(file)));
        assertThat(shipped).containsAll(dataLines(copy(file)).subList(1, dataLines(copy(file)).size()));
    }

    @Test
    void everyRowCarriesItsProvenanceAndUnknownFeesSayWhatWasSearched() {
        Rates2025Copy module = new Rates2025Copy();
        List<RateRow> rows = Stream.of(module.parameters(), module.tariffs(), module.codes()).flatMap(List::stream)
                .collect(Collectors.toList());
        assertThat(rows).hasSize(15 + 5 + 4);
        for (RateRow r : rows) {
            assertThat(r.provenance().sources()).as(r.key()).isNotEmpty();
            if (r.provenance().status() != ProvenanceStatus.OFFICIAL && r.provenance().status() != ProvenanceStatus.REPORTED) {
                assertThat(r.provenance().note()).as(r.key()).isPresent();
            }
        }
        assertThat(module.tariffs()).allSatisfy(t -> {
            assertThat(t.isUnknown()).as(t.code()).isTrue();
            assertThat(t.provenance().note().orElse("")).isNotBlank();
        });
    }

    @Test
    void everyDayOf2025HasEveryParameterAndACodeRowForEveryService() {
        RateCatalog catalog = OtCase.SHIPPED.catalog();
        for (LocalDate day = LocalDate.of(2025, 1, 1); day.getYear() == 2025; day = day.plusDays(1)) {
            Rates rates = catalog.ratesAt(OccupationalTherapy.PROFESSION, day);
            for (ParameterSpec p : OtCase.SHIPPED.ruleSets().get(OccupationalTherapy.PROFESSION).vocabulary().parameters()) {
                assertThat(rates.parameter(p.name()).isUnknown()).as(p.name() + " " + day).isFalse();
            }
            for (Service s : Service.values()) {
                assertThat(rates.code(s.id())).as(s.id() + " " + day).isPresent();
            }
        }
    }
}
