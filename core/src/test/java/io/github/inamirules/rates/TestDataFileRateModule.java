package io.github.inamirules.rates;

import static io.github.inamirules.rates.InMemoryRateModule.CODES_HEADER;
import static io.github.inamirules.rates.InMemoryRateModule.COVERAGE_HEADER;
import static io.github.inamirules.rates.InMemoryRateModule.PARAMETERS_HEADER;
import static io.github.inamirules.rates.InMemoryRateModule.SOURCES_HEADER;
import static io.github.inamirules.rates.InMemoryRateModule.TARIFFS_HEADER;
import static io.github.inamirules.rates.InMemoryRateModule.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.inamirules.RateDataException;
import io.github.inamirules.model.DateRange;
import io.github.inamirules.model.Money;
import io.github.inamirules.model.Place;
import io.github.inamirules.model.Profession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TestDataFileRateModule {
    private static final LocalDate DATE_2025_01_01 = LocalDate.of(2025, 1, 1);
    private static final LocalDate DATE_2025_02_01 = LocalDate.of(2025, 2, 1);
    private static final LocalDate DATE_2026_01_01 = LocalDate.of(2026, 1, 1);

    private static final String PARAMETER_ROW =
            "physiotherapy | courante.sessions_max | 2025-01-01 | 2026-01-01 | 18 | reported | SRC | P-19";
    private static final String TARIFF_ROW =
            "physiotherapy | 567011 | 2025-02-01 | 2026-01-01 | 30.80 | | | reported | SRC+SRC2 | M/25";
    private static final String CODE_ROW =
            "physiotherapy | PHYSIO_COURANTE_1_9 | PRACTICE | 30 | 567011 | 2025-01-01 | 2026-01-01 | official | SRC |";

    private static InMemoryRateModule module() {
        return InMemoryRateModule.minimal("test")
                .with("parameters.psv", lines(PARAMETERS_HEADER, PARAMETER_ROW))
                .with("tariffs.psv", lines(TARIFFS_HEADER, TARIFF_ROW))
                .with("codes.psv", lines(CODES_HEADER, CODE_ROW));
    }

    /** Loads the module and expects a data error. */
    private static AbstractThrowableAssert<?, ? extends Throwable> assertLoadFails(RateModule module) {
        return assertThatThrownBy(module::parameters).isExactlyInstanceOf(RateDataException.class);
    }

    /** The 1-based column of a value in a line, as the reader reports it. */
    private static int column(String line, String value) {
        return line.indexOf(value) + 1;
    }

    @Test
    void validModule_isRead() {
        InMemoryRateModule module = module();

        assertThat(module.coverage()).containsExactly(Coverage.of(Profession.PHYSIOTHERAPY, DateRange.ofYear(2025)));
        assertThat(module.parameters()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("courante.sessions_max");
            assertThat(p.value()).isEqualTo("18");
            assertThat(p.period()).isEqualTo(DateRange.of(DATE_2025_01_01, DATE_2026_01_01));
            assertThat(p.provenance().status()).isEqualTo(ProvenanceStatus.REPORTED);
            assertThat(p.provenance().sources()).containsExactly(Source.of("SRC", "https://example.org/src"));
            assertThat(p.provenance().note()).contains("P-19");
            assertThat(p.provenance().location()).isEqualTo("test:parameters.psv:2");
        });
        assertThat(module.tariffs()).singleElement().satisfies(t -> {
            assertThat(t.code()).isEqualTo("567011");
            assertThat(t.fee()).contains(Money.parse("30.80"));
            assertThat(t.insurance(false)).isEmpty();
            assertThat(t.insurance(true)).isEmpty();
            assertThat(t.period().start()).isEqualTo(DATE_2025_02_01);
            assertThat(t.provenance().sources()).extracting(Source::name).containsExactly("SRC", "SRC2");
        });
        assertThat(module.codes()).singleElement().satisfies(c -> {
            assertThat(c.key()).isEqualTo("PHYSIO_COURANTE_1_9/PRACTICE/30");
            assertThat(c.place()).isEqualTo(Place.PRACTICE);
            assertThat(c.minutes()).isEqualTo(30);
            assertThat(c.code()).isEqualTo("567011");
            assertThat(c.provenance().status()).isEqualTo(ProvenanceStatus.OFFICIAL);
            assertThat(c.provenance().note()).isEmpty();
        });
    }

    @Test
    void commentsAndBlankLines_areSkipped_butCountInLineNumbers() {
        InMemoryRateModule module = module().with("parameters.psv",
                lines("# a comment", "", PARAMETERS_HEADER, "   # indented comment", "   ", PARAMETER_ROW));

        assertThat(module.parameters()).singleElement()
                .extracting(p -> p.provenance().location()).isEqualTo("test:parameters.psv:6");
    }

    @Test
    void explicitInsuranceAmounts_andEmptyFee_areRead() {
        InMemoryRateModule module = module().with("tariffs.psv", lines(TARIFFS_HEADER,
                "physiotherapy | 560055 | 2025-02-01 | 2026-01-01 | 30.80 | 4.87 | 8.62 | derived | SRC | 10.83 x 1.0268",
                "physiotherapy | 563010 | 2025-01-01 | 2026-01-01 |  |  |  | reported | SRC | no source gives it"));

        assertThat(module.tariffs()).satisfiesExactly(
                t -> {
                    assertThat(t.insurance(false)).contains(Money.parse("4.87"));
                    assertThat(t.insurance(true)).contains(Money.parse("8.62"));
                    assertThat(t.provenance().status()).isEqualTo(ProvenanceStatus.DERIVED);
                    assertThat(t.provenance().note()).contains("10.83 x 1.0268");
                },
                t -> assertThat(t.fee()).isEmpty());
    }

    @ParameterizedTest(name = "{0}: {2} in column {1}")
    @CsvSource(delimiter = ';', value = {
        "coverage.psv; from; 2025-1-1; physiotherapy | 2025-1-1 | 2026-01-01",
        "coverage.psv; to; 2026-13-01; physiotherapy | 2025-01-01 | 2026-13-01",
        "parameters.psv; from; 2025-02-30; physiotherapy | p.a | 2025-02-30 | 2026-01-01 | 1 | official | SRC |",
        "parameters.psv; to; 31/12/2025; physiotherapy | p.a | 2025-01-01 |   31/12/2025 | 1 | official | SRC |",
        "tariffs.psv; from; 2025-02-1; physiotherapy | 567011 | 2025-02-1 | 2026-01-01 | 30.80 | | | official | SRC |",
        "codes.psv; to; tomorrow; physiotherapy | PHYSIO_E | HOME | 30 | 561011 | 2025-01-01 | tomorrow | official | SRC |",
    })
    void badDate_isReported_atModuleFileLineColumn(String file, String column, String bad, String row) {
        String header = switch (file) {
            case "coverage.psv" -> COVERAGE_HEADER;
            case "parameters.psv" -> PARAMETERS_HEADER;
            case "tariffs.psv" -> TARIFFS_HEADER;
            default -> CODES_HEADER;
        };
        InMemoryRateModule module = module().with(file, lines("# dates are ISO", header, row));

        assertLoadFails(module)
                .hasMessageStartingWith("test:" + file + ":3:" + column(row, bad) + ": column '" + column + "'")
                .hasMessageContaining("an ISO date")
                .hasMessageContaining("'" + bad + "'");
    }

    @Test
    void wrongHeader_isReported_withTheExpectedHeader() {
        InMemoryRateModule module = module().with("parameters.psv", lines("# parameters",
                "profession | name | from | to | value | status | sources | note", PARAMETER_ROW));

        assertLoadFails(module)
                .hasMessage("test:parameters.psv:2:1: header must be '" + PARAMETERS_HEADER + "'");
    }

    @Test
    void headerInAnotherOrder_isReported() {
        InMemoryRateModule module = module().with("coverage.psv",
                lines("profession | to | from", "physiotherapy | 2026-01-01 | 2025-01-01"));

        assertLoadFails(module).hasMessageStartingWith("test:coverage.psv:1:1: header must be");
    }

    @Test
    void noHeader_isReported() {
        InMemoryRateModule module = module().with("codes.psv", lines("# nothing but comments", ""));

        assertLoadFails(module).hasMessage("test:codes.psv: no header line");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "physiotherapy | 567011 | 2025-02-01 | 2026-01-01 | 30.80 | | reported | SRC | too few",
        "physiotherapy | 567011 | 2025-02-01 | 2026-01-01 | 30.80 | | | | reported | SRC | too many",
    })
    void wrongFieldCount_isReported(String row) {
        InMemoryRateModule module = module().with("tariffs.psv", lines(TARIFFS_HEADER, row));

        assertLoadFails(module)
                .hasMessageStartingWith("test:tariffs.psv:2:1: expected 10 fields")
                .hasMessageContaining("found " + row.split("\\|", -1).length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"verified", "officiel", "unknown"})
    void unknownStatus_isReported(String status) {
        String row = "physiotherapy | p.a | 2025-01-01 | 2026-01-01 | 1 | " + status + " | SRC | note";
        InMemoryRateModule module = module().with("parameters.psv", lines(PARAMETERS_HEADER, row));

        assertLoadFails(module)
                .hasMessageStartingWith("test:parameters.psv:2:" + column(row, status) + ": column 'status'")
                .hasMessageContaining("official, reported or derived")
                .hasMessageContaining("'" + status + "'");
    }

    @Test
    void derivedRowWithoutNote_isReported() {
        String row = "physiotherapy | 560055 | 2025-02-01 | 2026-01-01 | 30.80 | 4.87 | 8.62 | derived | SRC |  ";
        InMemoryRateModule module = module().with("tariffs.psv", lines(TARIFFS_HEADER, row));

        assertLoadFails(module)
                .hasMessageStartingWith("test:tariffs.psv:2:")
                .hasMessageContaining("column 'note'")
                .hasMessageContaining("the derivation of a derived figure");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NOPE", "SRC+NOPE", "src", "+SRC"})
    void unknownSourceName_isReported(String source) {
        String row = "physiotherapy | p.a | 2025-01-01 | 2026-01-01 | 1 | official | " + source + " | note";
        InMemoryRateModule module = module().with("parameters.psv", lines(PARAMETERS_HEADER, row));

        assertLoadFails(module)
                .hasMessageStartingWith("test:parameters.psv:2:" + column(row, source) + ": column 'source'")
                .hasMessageContaining("'" + source + "'");
    }

    @Test
    void sourceDeclaredTwice_isReported() {
        InMemoryRateModule module = module().with("sources.psv",
                lines(SOURCES_HEADER, "SRC | https://example.org/a", "SRC | https://example.org/b"));

        assertLoadFails(module).hasMessageStartingWith("test:sources.psv:3:1: column 'source'");
    }

    @ParameterizedTest
    @CsvSource({"2025-06-01, 2025-06-01", "2025-06-01, 2025-05-31"})
    void toNotAfterFrom_isReported_onColumnTo(String from, String to) {
        String row = "physiotherapy | p.a | " + from + " | " + to + " | 1 | official | SRC |";
        InMemoryRateModule module = module().with("parameters.psv", lines(PARAMETERS_HEADER, row));

        assertLoadFails(module)
                .hasMessageStartingWith("test:parameters.psv:2:" + (row.lastIndexOf(to) + 1) + ": column 'to'")
                .hasMessageContaining("a day after 'from' " + from);
    }

    @Test
    void missingTo_isReported() {
        String row = "physiotherapy | p.a | 2025-01-01 |  | 1 | official | SRC |";
        InMemoryRateModule module = module().with("parameters.psv", lines(PARAMETERS_HEADER, row));

        assertLoadFails(module).hasMessageContaining("column 'to': a value is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"30.805", "30.8", "30", "-1.00", "30,80", "1e2"})
    void amountWithoutExactlyTwoDecimals_isReported(String fee) {
        String row = "physiotherapy | 567011 | 2025-02-01 | 2026-01-01 | " + fee + " | | | official | SRC |";
        InMemoryRateModule module = module().with("tariffs.psv", lines(TARIFFS_HEADER, row));

        assertLoadFails(module)
                .hasMessageStartingWith("test:tariffs.psv:2:" + column(row, fee) + ": column 'fee'")
                .hasMessageContaining("two decimals")
                .hasMessageContaining("'" + fee + "'");
    }

    @Test
    void insuranceWithThreeDecimals_isReported() {
        String row = "physiotherapy | 560055 | 2025-02-01 | 2026-01-01 | 30.80 | 4.875 | 8.62 | derived | SRC | x";
        InMemoryRateModule module = module().with("tariffs.psv", lines(TARIFFS_HEADER, row));

        assertLoadFails(module).hasMessageContaining("column 'insurance_ordinary'").hasMessageContaining("'4.875'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Physiotherapy", "physio therapy", "PHYSIOTHERAPY"})
    void badProfession_isReported(String profession) {
        String row = profession + " | p.a | 2025-01-01 | 2026-01-01 | 1 | official | SRC |";
        InMemoryRateModule module = module().with("parameters.psv", lines(PARAMETERS_HEADER, row));

        assertLoadFails(module)
                .hasMessageStartingWith("test:parameters.psv:2:1: column 'profession'")
                .hasMessageContaining("'" + profession + "'");
    }

    @ParameterizedTest
    @CsvSource({"GARDEN, place", "practice, place", "0, minutes", "abc, minutes", "-30, minutes", "10000, minutes"})
    void badPlaceOrMinutes_isReported(String value, String column) {
        String row = column.equals("place")
                ? "physiotherapy | PHYSIO_E | " + value + " | 30 | 561011 | 2025-01-01 | 2026-01-01 | official | SRC |"
                : "physiotherapy | PHYSIO_E | HOME | " + value + " | 561011 | 2025-01-01 | 2026-01-01 | official | SRC |";
        InMemoryRateModule module = module().with("codes.psv", lines(CODES_HEADER, row));

        int at = row.indexOf(" " + value + " ") + 2;

        assertLoadFails(module).hasMessageStartingWith("test:codes.psv:2:" + at + ": column '" + column + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sources.psv", "coverage.psv", "parameters.psv", "tariffs.psv", "codes.psv"})
    void missingDataFile_isReported(String file) {
        assertLoadFails(module().without(file)).hasMessage("test: data file " + file + " is missing");
    }

    @Test
    void unreadableDataFile_isReported() {
        RateModule broken = new DataFileRateModule() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public String version() {
                return "1";
            }

            @Override
            protected InputStream openResource(String name) {
                return new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("disk on fire");
                    }
                };
            }
        };

        assertLoadFails(broken).hasMessage("broken:sources.psv: cannot be read: disk on fire");
    }

    @Test
    void data_areReadOnce_andLazily() {
        InMemoryRateModule module = module();

        assertThat(module.openCount()).isZero();
        module.parameters();
        module.tariffs();
        module.checksum();

        assertThat(module.openCount()).isEqualTo(5);
    }

    @Test
    void checksum_isTheHexSha256OfTheFiles_andStable() throws Exception {
        InMemoryRateModule module = module();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String file : List.of("sources.psv", "coverage.psv", "parameters.psv", "tariffs.psv", "codes.psv")) {
            sha.update(module.file(file).getBytes(StandardCharsets.UTF_8));
        }

        assertThat(module.checksum())
                .matches("[0-9a-f]{64}")
                .isEqualTo(HexFormat.of().formatHex(sha.digest()))
                .isEqualTo(module().checksum())
                .isEqualTo(module.checksum());
    }

    @Test
    void checksum_changesWithTheData() {
        InMemoryRateModule changed = module().with("tariffs.psv", lines(TARIFFS_HEADER, TARIFF_ROW.replace("30.80", "30.81")));

        assertThat(changed.checksum()).hasSize(64).isNotEqualTo(module().checksum());
    }
}
