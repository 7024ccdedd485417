package io.github.inamirules.cli;

import io.github.inamirules.InamiRulesException;
import io.github.inamirules.scenario.ScenarioFile;
import io.github.inamirules.scenario.ScenarioReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The scenario files a command is given: one file, or every {@code .yaml} and {@code .yml} file under
 * a folder (through {@link ScenarioReader}, the only reader of the format).
 */
final class ScenarioInput {
    private ScenarioInput() {
    }

    /**
     * Reads a file, or the files under a folder.
     *
     * @throws InamiRulesException if the path does not exist, a folder holds no scenario file, or a file
     *     is not a valid scenario file ({@code file:line:column: what was expected})
     */
    static List<ScenarioFile> read(Path path) {
        if (Files.isDirectory(path)) {
            List<ScenarioFile> files = ScenarioReader.installed().readAll(path);
            if (files.isEmpty()) {
                throw new InamiRulesException(path + ": no .yaml or .yml file in this folder");
            }
            return files;
        }
        if (!Files.exists(path)) {
            throw new InamiRulesException(path + ": no such file or folder");
        }
        return List.of(ScenarioReader.installed().read(path));
    }
}
