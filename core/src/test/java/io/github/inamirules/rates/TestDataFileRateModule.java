package io.github.inamirules.rates;

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
import io.github.inamirules.model.Profession;
import io.github.inamirules.testprofession.files.DieteticsFileRates;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TestDataFileRateModule {
    private static final LocalDate DATE_2025_01_01 = LocalDate.of(2025, 1, 1);
    private static final LocalDate DATE_2025_02_01 = LocalDate.of(2025, 2, 1);
    private static final LocalDate DATE_2025_07_01 = LocalDate.of(2025, 7, 1);
    private static final LocalDate DATE_2026_01_01 = LocalDate.of(2026, 1, 1);

    private static final String PROFESSION = "dietetics-fiction";
    private static final Profession DIETETICS = Profession.of(PROFESSION);
    private static final String PARAMETERS = PROFESSION + "/parameters.psv";
    private static final String TARIFFS = PROFESSION + "/tariffs.psv";
    private static final String CODES = PROFESSION + "/codes.psv";
    private static final String CODES_HEADER = InMemoryRateModule.codesHeader("band", "place");

    private static final String PARAMETER_ROW = "sessions_max | 2025-01-01 | 2026-01-01 | 3 | reported | SRC | D-03";
    private static final String TARIFF_ROW =
            "D101 | standard at the practice | 2025-02-01 | 2026-01-01 | 25.00 | | | reported | SRC+SRC2 | M/25";
    private static final String CODE_ROW =
            "DIET_STANDARD | cabinet | D101 | standard | 2025-01-01 | 2026-01-01 | official | SRC |";

    private static InMemoryRateModule module() {
        return InMemoryRateModule.minimal("test", PROFESSION, "band", "place")
                .with(PARAMETERS, lines(PARAMETERS_HEADER, PARAMETER_ROW))
                .with(TARIFFS, lines(TARIFFS_HEADER, TARIFF_ROW))
                .with(CODES, lines(CODES_HEADER, CODE_ROW));
    }

    /** Loads the module and expects a data error. */
    private static AbstractThrowableAssert<?, ? extends Throwable> assertLoadFails(RateModule module) {
        return assertThatThrownBy(module::parameters).isExactlyInstanceOf(RateDataException.class);
    }

    /** The 1-based column of a value in a line, as the reader reports it. */
    private static int column(String line, String value) {
        return line.indexOf(value) + 1;
    }

    private static String header(String file) {
        switch (file) {
            case "sources.psv":
                return SOURCES_HEADER;
            case "coverage.psv":
                return COVERAGE_HEADER;
            case PARAMETERS:
                return PARAMETERS_HEADER;
            case TARIFFS:
                return TARIFFS_HEADER;
            default:
                return CODES_HEADER;
        }
    }

    @Test
    void validModule_isRead() {
        InMemoryRateModule module = module();

        assertThat(module.coverage()).containsExactly(Coverage.of(DIETETICS, DateRange.ofYear(2025)));
        assertThat(module.parameters()).singleElement().satisfies(p -> {
            assertThat(p.profession()).isEqualTo(DIETETICS);
            assertThat(p.name()).isEqualTo("sessions_max");
            assertThat(p.key()).isEqualTo("sessions_max");
            assertThat(p.value()).isEqualTo("3");
            assertThat(p.isUnknown()).isFalse();
            assertThat(p.period()).isEqualTo(DateRange.of(DATE_2025_01_01, DATE_2026_01_01));
            assertThat(p.provenance().status()).isEqualTo(ProvenanceStatus.REPORTED);
            assertThat(p.provenance().sources()).containsExactly(Source.of("SRC", "https://example.org/src"));
            assertThat(p.provenance().note()).contains("D-03");
            assertThat(p.provenance().location()).isEqualTo("test:dietetics-fiction/parameters.psv:2");
            assertThat(p.location("value")).isEqualTo("test:dietetics-fiction/parameters.psv:2:"
                    + column(PARAMETER_ROW, "3 |"));
        });
        assertThat(module.tariffs()).singleElement().satisfies(t -> {
            assertThat(t.code()).isEqualTo("D101");
            assertThat(t.label()).isEqualTo("standard at the practice");
            assertThat(t.fee()).contains(Money.parse("25.00"));
            assertThat(t.insurance(false)).isEmpty();
            assertThat(t.insurance(true)).isEmpty();
            assertThat(t.period().start()).isEqualTo(DATE_2025_02_01);
            assertThat(t.provenance().sources()).extracting(Source::name).containsExactly("SRC", "SRC2");
        });
        assertThat(module.codes()).singleElement().satisfies(c -> {
            assertThat(c.key()).isEqualTo("DIET_STANDARD/cabinet");
            assertThat(c.keyColumns()).containsExactly(Map.entry("band", "DIET_STANDARD"), Map.entry("place", "cabinet"));
            assertThat(c.code()).contains("D101");
            assertThat(c.label()).isEqualTo("standard");
            assertThat(c.provenance().status()).isEqualTo(ProvenanceStatus.OFFICIAL);
            assertThat(c.provenance().note()).isEmpty();
            assertThat(c.location("place")).isEqualTo("test:dietetics-fiction/codes.psv:2:" + column(CODE_ROW, "cabinet"));
        });
    }

    @Test
    void moduleReadFromResourceFiles_inTheFolderLayout() {
        DieteticsFileRates module = new DieteticsFileRates();

        assertThat(module.coverage()).containsExactly(Coverage.of(DIETETICS, DateRange.ofYear(2025)));
        assertThat(module.parameters()).extracting(ParameterValue::name).containsExactly("sessions_max",
                "sessions_max", "sessions_max_diabetic", "patient_share.ordinary", "patient_share.preferential");
        assertThat(module.parameters().get(0).provenance().location())
                .isEqualTo("diet-files-2025:dietetics-fiction/parameters.psv:5");
        assertThat(module.parameters().get(1).period().start()).isEqualTo(DATE_2025_07_01);
        assertThat(module.parameters().get(1).provenance().status()).isEqualTo(ProvenanceStatus.CARRIED);
        assertThat(module.parameters().get(2).isUnknown()).isTrue();
        assertThat(module.parameters().get(2).value()).isEmpty();
        assertThat(module.tariffs()).extracting(Tariff::code).containsExactly("D101", "D102", "D201", "D202");
        assertThat(module.tariffs().get(3).fee()).isEmpty();
        assertThat(module.codes()).extracting(NomenclatureCode::key).containsExactly("DIET_STANDARD/cabinet",
                "DIET_STANDARD/home", "DIET_INTENSIVE/cabinet", "DIET_INTENSIVE/home");
        assertThat(module.codes().get(3).code()).isEmpty();
        assertThat(module.checksum()).matches("[0-9a-f]{64}");
    }

    @Test
    void coverageOfTwoProfessions_readsTheFolderOfEach() {
        InMemoryRateModule module = new InMemoryRateModule("two", Map.of()).with("sources.psv",
                        lines(SOURCES_HEADER, "SRC | https://example.org/src"))
                .with("coverage.psv", lines(COVERAGE_HEADER, "dietetics-fiction | 2025-01-01 | 2026-01-01",
                        "speech-fiction | 2025-01-01 | 2025-07-01", "speech-fiction | 2025-07-01 | 2026-01-01"))
                .with(PARAMETERS, lines(PARAMETERS_HEADER, PARAMETER_ROW))
                .with(TARIFFS, lines(TARIFFS_HEADER))
                .with(CODES, lines(CODES_HEADER))
                .with("speech-fiction/parameters.psv", lines(PARAMETERS_HEADER,
                        "words_max | 2025-01-01 | 2026-01-01 | 100 | official | SRC |"))
                .with("speech-fiction/tariffs.psv", lines(TARIFFS_HEADER))
                .with("speech-fiction/codes.psv", lines(InMemoryRateModule.codesHeader("level"),
                        "beginner | S1 | | 2025-01-01 | 2026-01-01 | official | SRC |"));

        assertThat(module.coverage()).extracting(c -> c.profession().id())
                .containsExactly("dietetics-fiction", "speech-fiction", "speech-fiction");
        assertThat(module.parameters()).extracting(p -> p.profession().id() + ":" + p.name())
                .containsExactly("dietetics-fiction:sessions_max", "speech-fiction:words_max");
        assertThat(module.codes()).singleElement().satisfies(c -> {
            assertThat(c.profession().id()).isEqualTo("speech-fiction");
            assertThat(c.keyColumns()).containsOnlyKeys("level");
        });
        assertThat(module.openCount()).isEqualTo(8);
    }

    @Test
    void commentsAndBlankLines_areSkipped_butCountInLineNumbers() {
        InMemoryRateModule module = module().with(PARAMETERS,
                lines("# a comment", "", PARAMETERS_HEADER, "   # indented comment", "   ", PARAMETER_ROW));

        assertThat(module.parameters()).singleElement()
                .extracting(p -> p.provenance().location()).isEqualTo("test:dietetics-fiction/parameters.psv:6");
    }

    @Test
    void explicitInsuranceAmounts_andAnUnknownFee_areRead() {
        InMemoryRateModule module = module().with(TARIFFS, lines(TARIFFS_HEADER,
                "D201 | intensive | 2025-02-01 | 2026-01-01 | 40.00 | 36.00 | 39.00 | derived | SRC | 39.22 x 1.02",
                "D202 | intensive home | 2025-01-01 | 2026-01-01 |  |  |  | unknown | SRC | no source gives it"));

        assertThat(module.tariffs()).satisfiesExactly(
                t -> {
                    assertThat(t.insurance(false)).contains(Money.parse("36.00"));
                    assertThat(t.insurance(true)).contains(Money.parse("39.00"));
                    assertThat(t.provenance().status()).isEqualTo(ProvenanceStatus.DERIVED);
                    assertThat(t.provenance().note()).contains("39.22 x 1.02");
                    assertThat(t.isUnknown()).isFalse();
                },
                t -> {
                    assertThat(t.fee()).isEmpty();
                    assertThat(t.isUnknown()).isTrue();
                    assertThat(t.provenance().note()).contains("no source gives it");
                });
    }

    @Test
    void carriedRow_isRead_withItsNote() {
        InMemoryRateModule module = module().with(PARAMETERS, lines(PARAMETERS_HEADER,
                "sessions_max | 2025-01-01 | 2026-01-01 | 3 | carried | SRC | gazette of 2024-12-01, no change found"));

        assertThat(module.parameters()).singleElement().satisfies(p -> {
            assertThat(p.provenance().status()).isEqualTo(ProvenanceStatus.CARRIED);
            assertThat(p.provenance().note()).contains("gazette of 2024-12-01, no change found");
            assertThat(p.isUnknown()).isFalse();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"derived", "carried", "unknown"})
    void statusThatNeedsANote_withoutOne_isReported(String status) {
        String value = status.equals("unknown") ? "" : "3";
        String row = "sessions_max | 2025-01-01 | 2026-01-01 | " + value + " | " + status + " | SRC |";
        InMemoryRateModule module = module().with(PARAMETERS, lines(PARAMETERS_HEADER, row));

        assertLoadFails(module)
                .hasMessageStartingWith("test:dietetics-fiction/parameters.psv:2:" + (row.lastIndexOf('|') + 2)
                        + ": column 'note'")
                .hasMessageContaining("the derivation of a derived figure, the text a carried one rests on, "
                        + "or what was searched for an unknown one");
    }

    @Test
    void unknownParameterRowWithAValue_isReported_atTheValueColumn() {
        String row = "sessions_max | 2025-01-01 | 2026-01-01 | 3 | unknown | SRC | searched";
        InMemoryRateModule module = module().with(PARAMETERS, lines(PARAMETERS_HEADER, row));

        assertLoadFails(module).hasMessage("test:dietetics-fiction/parameters.psv:2:" + column(row, "3 |")
                + ": parameter sessions_max: an unknown row has no value");
    }

    @Test
    void parameterRowWithoutValue_thatIsNotUnknown_isReported_atTheValueColumn() {
        String row = "sessions_max | 2025-01-01 | 2026-01-01 |  | official | SRC |";
        InMemoryRateModule module = module().with(PARAMETERS, lines(PARAMETERS_HEADER, row));

        assertLoadFails(module).hasMessage("test:dietetics-fiction/parameters.psv:2:" + (column(row, "|  |") + 3)
                + ": parameter sessions_max: a value is required (or status unknown)");
    }

    @Test
    void unknownTariffWithAFee_isReported_andAFeelessTariffMustBeUnknown() {
        String unknownWithFee = "D202 | home | 2025-01-01 | 2026-01-01 | 30.00 | | | unknown | SRC | searched";
        String feeless = "D202 | home | 2025-01-01 | 2026-01-01 |  | | | official | SRC |";

        assertLoadFails(module().with(TARIFFS, lines(TARIFFS_HEADER, unknownWithFee)))
                .hasMessage("test:dietetics-fiction/tariffs.psv:2:" + column(unknownWithFee, "30.00")
                        + ": tariff D202: an unknown row has no fee");
        assertLoadFails(module().with(TARIFFS, lines(TARIFFS_HEADER, feeless)))
                .hasMessageStartingWith("test:dietetics-fiction/tariffs.psv:2:")
                .hasMessageEndingWith(": tariff D202: a fee is required (or status unknown)");
    }

    @Test
    void unknownCodeRowWithACode_isReported_andACodelessRowMustBeUnknown() {
        String unknownWithCode = "DIET_STANDARD | home | D102 | | 2025-01-01 | 2026-01-01 | unknown | SRC | searched";
        String codeless = "DIET_STANDARD | home |  | | 2025-01-01 | 2026-01-01 | official | SRC |";

        assertLoadFails(module().with(CODES, lines(CODES_HEADER, unknownWithCode)))
                .hasMessage("test:dietetics-fiction/codes.psv:2:" + column(unknownWithCode, "D102")
                        + ": code of {band=DIET_STANDARD, place=home}: an unknown row has no code");
        assertLoadFails(module().with(CODES, lines(CODES_HEADER, codeless)))
                .hasMessageStartingWith("test:dietetics-fiction/codes.psv:2:")
                .hasMessageEndingWith("a code is required (or status unknown)");
    }

    @ParameterizedTest(name = "{0}: {2} in column {1}")
    @CsvSource(delimiter = ';', value = {
        "coverage.psv; from; 2025-1-1; dietetics-fiction | 2025-1-1 | 2026-01-01",
        "coverage.psv; to; 2026-13-01; dietetics-fiction | 2025-01-01 | 2026-13-01",
        "dietetics-fiction/parameters.psv; from; 2025-02-30; p.a | 2025-02-30 | 2026-01-01 | 1 | official | SRC |",
        "dietetics-fiction/parameters.psv; to; 31/12/2025; p.a | 2025-01-01 |   31/12/2025 | 1 | official | SRC |",
        "dietetics-fiction/tariffs.psv; from; 2025-02-1; D101 | x | 2025-02-1 | 2026-01-01 | 25.00 | | | official | SRC |",
        "dietetics-fiction/codes.psv; to; tomorrow; DIET_STANDARD | home | D102 | | 2025-01-01 | tomorrow | official | SRC |",
    })
    void badDate_isReported_atModuleFileLineColumn(String file, String column, String bad, String row) {
        InMemoryRateModule module = module().with(file, lines("# dates are ISO", header(file), row));

        assertLoadFails(module)
                .hasMessageStartingWith("test:" + file + ":3:" + column(row, bad) + ": column '" + column + "'")
                .hasMessageContaining("an ISO date")
                .hasMessageContaining("'" + bad + "'");
    }

    @Test
    void wrongHeader_isReported_withTheExpectedHeader() {
        InMemoryRateModule module = module().with(PARAMETERS, lines("# parameters",
                "name | from | to | value | status | sources | note", PARAMETER_ROW));

        assertLoadFails(module)
                .hasMessage("test:dietetics-fiction/parameters.psv:2:1: header must be '" + PARAMETERS_HEADER + "'");
    }

    @Test
    void oldHeaderWithAProfessionColumn_isReported() {
        InMemoryRateModule module = module().with(TARIFFS, lines("profession | " + TARIFFS_HEADER));

        assertLoadFails(module).hasMessage("test:dietetics-fiction/tariffs.psv:1:1: header must be '"
                + TARIFFS_HEADER + "'");
    }

    @Test
    void headerInAnotherOrder_isReported() {
        InMemoryRateModule module = module().with("coverage.psv",
                lines("profession | to | from", "dietetics-fiction | 2026-01-01 | 2025-01-01"));

        assertLoadFails(module).hasMessageStartingWith("test:coverage.psv:1:1: header must be");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "code | label | from | to | status | source | note",
        "Band | place | code | label | from | to | status | source | note",
        "band | place | code | from | to | status | source | note",
        "band | place | code | label | from | to | status | source",
        "band | | code | label | from | to | status | source | note",
    })
    void codesHeader_withoutKeyColumns_orWithABadTail_isReported(String header) {
        InMemoryRateModule module = module().with(CODES, lines(header));

        assertLoadFails(module)
                .hasMessage("test:dietetics-fiction/codes.psv:1:1: header must be the key columns of the "
                        + "profession's code table (snake_case names), then '" + InMemoryRateModule.CODES_TAIL + "'");
    }

    @Test
    void codesHeader_takesAnyNumberOfKeyColumns() {
        InMemoryRateModule module = module().with(CODES, lines(InMemoryRateModule.codesHeader("band", "place", "minutes"),
                "DIET_STANDARD | cabinet | 30 | D101 | | 2025-01-01 | 2026-01-01 | official | SRC |"));

        assertThat(module.codes()).singleElement().satisfies(c -> {
            assertThat(c.keyColumns()).containsOnlyKeys("band", "place", "minutes");
            assertThat(c.key()).isEqualTo("DIET_STANDARD/cabinet/30");
        });
    }

    @Test
    void emptyKeyValue_isReported_atItsColumn() {
        String row = "DIET_STANDARD |  | D101 | | 2025-01-01 | 2026-01-01 | official | SRC |";
        InMemoryRateModule module = module().with(CODES, lines(CODES_HEADER, row));

        assertLoadFails(module).hasMessageStartingWith("test:dietetics-fiction/codes.psv:2:" + (column(row, "|") + 3)
                + ": column 'place': a value is required");
    }

    @Test
    void noHeader_isReported() {
        InMemoryRateModule module = module().with(CODES, lines("# nothing but comments", ""));

        assertLoadFails(module).hasMessage("test:dietetics-fiction/codes.psv: no header line");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "D101 | x | 2025-02-01 | 2026-01-01 | 25.00 | | reported | SRC | too few",
        "D101 | x | 2025-02-01 | 2026-01-01 | 25.00 | | | | reported | SRC | too many",
    })
    void wrongFieldCount_isReported(String row) {
        InMemoryRateModule module = module().with(TARIFFS, lines(TARIFFS_HEADER, row));

        assertLoadFails(module)
                .hasMessageStartingWith("test:dietetics-fiction/tariffs.psv:2:1: expected 10 fields")
                .hasMessageContaining("found " + row.split("\\|", -1).length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"verified", "officiel", "OFFICIAL_", "guessed"})
    void unknownStatus_isReported(String status) {
        String row = "p.a | 2025-01-01 | 2026-01-01 | 1 | " + status + " | SRC | note";
        InMemoryRateModule module = module().with(PARAMETERS, lines(PARAMETERS_HEADER, row));

        assertLoadFails(module)
                .hasMessageStartingWith("test:dietetics-fiction/parameters.psv:2:" + column(row, status)
                        + ": column 'status'")
                .hasMessageContaining("official, reported, derived, carried or unknown")
                .hasMessageContaining("'" + status + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NOPE", "SRC+NOPE", "src", "+SRC"})
    void unknownSourceName_isReported(String source) {
        String row = "p.a | 2025-01-01 | 2026-01-01 | 1 | official | " + source + " | note";
        InMemoryRateModule module = module().with(PARAMETERS, lines(PARAMETERS_HEADER, row));

        assertLoadFails(module)
                .hasMessageStartingWith("test:dietetics-fiction/parameters.psv:2:" + column(row, source)
                        + ": column 'source'")
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
        String row = "p.a | " + from + " | " + to + " | 1 | official | SRC |";
        InMemoryRateModule module = module().with(PARAMETERS, lines(PARAMETERS_HEADER, row));

        assertLoadFails(module)
                .hasMessageStartingWith("test:dietetics-fiction/parameters.psv:2:" + (row.lastIndexOf(to) + 1)
                        + ": column 'to'")
                .hasMessageContaining("a day after 'from' " + from);
    }

    @Test
    void missingTo_isReported() {
        String row = "p.a | 2025-01-01 |  | 1 | official | SRC |";
        InMemoryRateModule module = module().with(PARAMETERS, lines(PARAMETERS_HEADER, row));

        assertLoadFails(module).hasMessageContaining("column 'to': a value is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"25.005", "25.0", "25", "-1.00", "25,00", "1e2"})
    void amountWithoutExactlyTwoDecimals_isReported(String fee) {
        String row = "D101 | x | 2025-02-01 | 2026-01-01 | " + fee + " | | | official | SRC |";
        InMemoryRateModule module = module().with(TARIFFS, lines(TARIFFS_HEADER, row));

        assertLoadFails(module)
                .hasMessageStartingWith("test:dietetics-fiction/tariffs.psv:2:" + (row.indexOf("| " + fee + " |") + 3)
                        + ": column 'fee'")
                .hasMessageContaining("two decimals")
                .hasMessageContaining("'" + fee + "'");
    }

    @Test
    void insuranceWithThreeDecimals_isReported() {
        String row = "D201 | x | 2025-02-01 | 2026-01-01 | 40.00 | 36.005 | 39.00 | derived | SRC | x";
        InMemoryRateModule module = module().with(TARIFFS, lines(TARIFFS_HEADER, row));

        assertLoadFails(module).hasMessageContaining("column 'insurance_ordinary'").hasMessageContaining("'36.005'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dietetics", "diet fiction", "DIETETICS", "1diet"})
    void badProfessionInTheCoverage_isReported(String profession) {
        InMemoryRateModule module = module().with("coverage.psv",
                lines(COVERAGE_HEADER, profession + " | 2025-01-01 | 2026-01-01"));

        assertLoadFails(module)
                .hasMessageStartingWith("test:coverage.psv:2:1: column 'profession'")
                .hasMessageContaining("'" + profession + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sources.psv", "coverage.psv", PARAMETERS, TARIFFS, CODES})
    void missingDataFile_isReported(String file) {
        assertLoadFails(module().without(file)).hasMessage("test: data file " + file + " is missing");
    }

    @Test
    void folderOfACoveredProfession_isRequired() {
        InMemoryRateModule module = module().with("coverage.psv", lines(COVERAGE_HEADER,
                "dietetics-fiction | 2025-01-01 | 2026-01-01", "speech-fiction | 2025-01-01 | 2026-01-01"));

        assertLoadFails(module).hasMessage("test: data file speech-fiction/parameters.psv is missing");
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
        module.codes();
        module.coverage();
        module.checksum();

        assertThat(module.openCount()).isEqualTo(5);
    }

    @Test
    void checksum_isTheHexSha256OfTheFileNamesAndContents_inReadingOrder() throws Exception {
        InMemoryRateModule module = module();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String file : List.of("sources.psv", "coverage.psv", PARAMETERS, TARIFFS, CODES)) {
            sha.update(file.getBytes(StandardCharsets.UTF_8));
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
        InMemoryRateModule changed = module().with(TARIFFS, lines(TARIFFS_HEADER, TARIFF_ROW.replace("25.00", "25.01")));

        assertThat(changed.checksum()).hasSize(64).isNotEqualTo(module().checksum());
    }

    @Test
    void anyValue_onACodeRowWithACode_isReported_atItsColumn() {
        String row = "DIET_STANDARD | * | D101 | | 2025-01-01 | 2026-01-01 | official | SRC |";

        assertLoadFails(module().with(CODES, lines(CODES_HEADER, row)))
                .hasMessage("test:dietetics-fiction/codes.psv:2:" + column(row, "*")
                        + ": column 'place': '*' (any value) is allowed on unknown rows only");
    }

    @Test
    void anyValue_onAnUnknownCodeRow_isRead() {
        InMemoryRateModule module = module().with(CODES, lines(CODES_HEADER,
                "DIET_INTENSIVE | * |  | | 2025-01-01 | 2026-01-01 | unknown | SRC | no intensive codes"));

        assertThat(module.codes()).singleElement().satisfies(c -> {
            assertThat(c.isWildcard()).isTrue();
            assertThat(c.keyColumns()).containsEntry("place", NomenclatureCode.ANY);
        });
    }
}
