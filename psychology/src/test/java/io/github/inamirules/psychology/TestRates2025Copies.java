package io.github.inamirules.psychology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The test copy of the 2025 data and the files of rates-2025 cannot drift: the clinical-psychology
 * files are the same bytes, and once rates-2025's coverage.psv and sources.psv hold the
 * clinical-psychology rows, each row of the copies is among them.
 */
class TestRates2025Copies {
    private static final Path REAL = Path.of("../rates-2025/src/main/resources/io/github/inamirules/rates2025");
    private static final Path COPY = Path.of("src/test/resources/io/github/inamirules/psychology/rates2025");

    @ParameterizedTest
    @ValueSource(strings = {"parameters.psv", "tariffs.psv", "codes.psv"})
    void theProfessionFiles_areTheSameBytes(String file) throws IOException {
        Path real = REAL.resolve("clinical-psychology").resolve(file);
        assumeTrue(Files.exists(REAL), "rates-2025 is not next to this module");
        assertThat(Files.readAllBytes(COPY.resolve("clinical-psychology").resolve(file)))
                .as("%s and its copy", real).isEqualTo(Files.readAllBytes(real));
    }

    @ParameterizedTest
    @ValueSource(strings = {"coverage.psv", "sources.psv"})
    void theSharedFiles_holdTheRowsOfTheCopy(String file) throws IOException {
        Path real = REAL.resolve(file);
        List<String> realRows = rows(real);
        assertThat(realRows).containsAll(rows(COPY.resolve(file)).stream().filter(r -> !r.startsWith("source |")
                && !r.startsWith("profession |")).collect(Collectors.toList()));
    }

    private static List<String> rows(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .collect(Collectors.toList());
    }
}
