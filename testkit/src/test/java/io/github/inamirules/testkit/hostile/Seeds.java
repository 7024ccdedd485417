package io.github.inamirules.testkit.hostile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The project's scenario files, read from the file system (surefire runs in the module directory,
 * {@code testkit/}), as seeds for the mutations of {@link ScenarioFuzzProperties}; and the folders of
 * hostile inputs.
 */
final class Seeds {
    /** The testkit module directory. */
    static final Path MODULE = moduleDir();
    /** Where failing mutants are written, so they can be kept. */
    static final Path FAILURES = MODULE.resolve("target/fuzz-failures");
    /** Hostile inputs that hold the contract, run by {@link HostileRegressionsTest}. */
    static final Path REGRESSIONS = MODULE.resolve("src/test/resources/hostile/regressions");
    /** Hostile inputs that break the contract today, not run until the main code is fixed. */

    /** Every seed, loaded once. */
    static final List<Seed> ALL = load();

    private Seeds() {
    }

    /** One scenario file: its name (used in messages), its content and the spans of its scalars. */
    record Seed(String name, String content, List<Span> values, List<Span> keys) {
    }

    /** Characters {@code [start, end)} of one scalar of a seed. */
    record Span(int start, int end) {
    }

    private static Path moduleDir() {
        Path here = Path.of("").toAbsolutePath();
        for (Path candidate : List.of(here, here.resolve("testkit"))) {
            if (Files.isDirectory(candidate.resolve("src/test/resources/scenarios"))
                    && Files.isDirectory(candidate.resolve("../docs/examples"))) {
                return candidate.normalize();
            }
        }
        throw new IllegalStateException("run from the testkit module directory (or the project root), not " + here);
    }

    private static List<Seed> load() {
        List<Seed> seeds = new ArrayList<>();
        // As the issue names them, relative to the testkit module.
        seeds.addAll(folder(MODULE.resolve("../testkit/src/test/resources/scenarios").normalize(), "scenarios/"));
        seeds.addAll(folder(MODULE.resolve("../docs/examples").normalize(), "docs/examples/"));
        if (seeds.size() < 10) {
            throw new IllegalStateException("expected the project's scenario files as seeds, found " + seeds.size());
        }
        return List.copyOf(seeds);
    }

    /** Every {@code .yaml} / {@code .yml} file under a folder, in path order. */
    static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Seed> folder(Path folder, String prefix) {
        List<Seed> seeds = new ArrayList<>();
        for (Path file : files(folder)) {
            String content = read(file);
            String name = "fuzz/" + prefix + folder.relativize(file).toString().replace('\\', '/');
            List<Span> values = new ArrayList<>();
            List<Span> keys = new ArrayList<>();
            spans(content, values, keys);
            seeds.add(new Seed(name, content, List.copyOf(values), List.copyOf(keys)));
        }
        return seeds;
    }

    /** The character spans of every scalar value and every key, from the YAML parser's token locations. */
    private static void spans(String content, List<Span> values, List<Span> keys) {
        try (JsonParser parser = new YAMLFactory().createParser(content)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token.isStructStart() || token.isStructEnd()) {
                    continue;
                }
                int start = (int) parser.currentTokenLocation().getCharOffset();
                int end = (int) parser.currentLocation().getCharOffset();
                if (start < 0 || end <= start || end > content.length()) {
                    continue;
                }
                (token == JsonToken.FIELD_NAME ? keys : values).add(new Span(start, end));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("seed does not parse: " + e.getMessage(), e);
        }
    }
}
