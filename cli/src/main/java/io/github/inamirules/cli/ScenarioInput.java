package io.github.inamirules.cli;

import io.github.inamirules.InamiRulesException;
import io.github.inamirules.scenario.ScenarioFile;
import io.github.inamirules.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The scenario files a command is given: one file, or every {@code .yaml} and {@code .yml} file under
 * a folder (through {@link ScenarioReader}, the only reader of the format).
 *
 * @param files the files that could be read, in path order
 * @param errors the errors of the files that could not, in path order
 */
record ScenarioInput(List<InputFile> files, List<InamiRulesException> errors) {

    /**
     * One file read.
     *
     * @param name its path relative to the folder given, with {@code /} separators, or its file name when
     *     a file was given: what the reports print, the same on every machine
     * @param file what it holds
     */
    record InputFile(String name, ScenarioFile file) {
    }

    ScenarioInput {
        files = List.copyOf(files);
        errors = List.copyOf(errors);
    }

    /**
     * Reads a file, or the files under a folder, and fails on the first that cannot be read.
     *
     * @throws InamiRulesException if the path does not exist, a folder holds no scenario file, or a file
     *     is not a valid scenario file ({@code file:line:column: what was expected})
     */
    static List<ScenarioFile> read(Path path) {
        ScenarioInput input = readEach(path);
        if (!input.errors().isEmpty()) {
            throw input.errors().get(0);
        }
        return input.files().stream().map(InputFile::file).toList();
    }

    /**
     * Reads a file, or every file under a folder, keeping the error of each file that cannot be read
     * so the others are still read.
     *
     * @throws InamiRulesException if the path does not exist or a folder holds no scenario file
     */
    static ScenarioInput readEach(Path path) {
        ScenarioReader reader = ScenarioReader.installed();
        boolean folder = Files.isDirectory(path);
        if (!folder && !Files.exists(path)) {
            throw new InamiRulesException(path + ": no such file or folder");
        }
        List<Path> paths = folder ? files(path) : List.of(path);
        if (paths.isEmpty()) {
            throw new InamiRulesException(path + ": no .yaml or .yml file in this folder");
        }
        List<InputFile> files = new ArrayList<>();
        List<InamiRulesException> errors = new ArrayList<>();
        for (Path file : paths) {
            try {
                files.add(new InputFile(relativeName(path, file), readNamed(reader, file)));
            } catch (InamiRulesException e) {
                errors.add(e);
            }
        }
        return new ScenarioInput(files, errors);
    }

    /** The file's path under the folder given, or its name when the file itself was given. */
    private static String relativeName(Path given, Path file) {
        Path relative = file.equals(given) ? file.getFileName() : given.relativize(file);
        return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
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
