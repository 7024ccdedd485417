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
        ScenarioReader reader = ScenarioReader.installed();
        if (Files.isDirectory(path)) {
            List<ScenarioFile> files = new java.util.ArrayList<>();
            for (Path file : files(path)) {
                files.add(readNamed(reader, file));
            }
            if (files.isEmpty()) {
                throw new InamiRulesException(path + ": no .yaml or .yml file in this folder");
            }
            return files;
        }
        if (!Files.exists(path)) {
            throw new InamiRulesException(path + ": no such file or folder");
        }
        return List.of(readNamed(reader, path));
    }

    private static List<Path> files(Path folder) {
        try (java.util.stream.Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted()
                    .collect(java.util.stream.Collectors.toList());
        } catch (java.io.IOException e) {
            throw new InamiRulesException(folder + ": cannot be listed: " + e.getMessage());
        }
    }

    /** Reads one file; a failure that is not a located input error still names the file. */
    private static ScenarioFile readNamed(ScenarioReader reader, Path file) {
        try {
            return reader.read(file);
        } catch (InamiRulesException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalStateException(file + ": " + e, e);
        }
    }
}
