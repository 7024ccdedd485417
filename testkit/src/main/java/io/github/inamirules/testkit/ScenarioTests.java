package io.github.inamirules.testkit;

import io.github.inamirules.engine.ReimbursementEngine;
import io.github.inamirules.scenario.Expectation;
import io.github.inamirules.scenario.Mismatch;
import io.github.inamirules.scenario.Scenario;
import io.github.inamirules.scenario.ScenarioChecker;
import io.github.inamirules.scenario.ScenarioException;
import io.github.inamirules.scenario.ScenarioFile;
import io.github.inamirules.scenario.ScenarioReader;
import io.github.inamirules.scenario.ScenarioResult;
import io.github.inamirules.scenario.ScenarioResult.ExpectationResult;
import io.github.inamirules.scenario.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * Runs a folder of scenario files as JUnit 5 dynamic tests: return it from a {@code @TestFactory}.
 *
 * <pre>{@code
 * class PhysiotherapyScenariosTest {
 *     @TestFactory
 *     Stream<DynamicNode> physiotherapy() {
 *         return ScenarioTests.onClassPath("scenarios/physiotherapy");
 *     }
 * }
 * }</pre>
 *
 * <p>The tree: one container per file (named by its path inside the folder), one container per
 * scenario (named by the scenario's name), one test per expectation, and for an expectation on a range
 * of sessions ({@code sessions: back-10 .. back-18}) one test per session. Each test's source is the
 * YAML line of its expectation, so an IDE jumps to it.
 *
 * <p>Every verdict comes from {@link ScenarioChecker}, as for the {@code check} command. A failing test
 * throws an {@link AssertionFailedError} whose message is the {@link Mismatch#describe()} line of each
 * value that does not hold (a scenario with an {@code error} expectation passes when assessing fails as
 * expected), e.g.
 * {@code physio.yaml:12:9: scenario 'X', session back-3, insurance: expected 24.55, actual 18.41},
 * with the expected and actual values attached for the IDE's comparison view. A scenario the engine
 * cannot assess (e.g. no rate module covers a session's date) is one failing test carrying the error;
 * a file that cannot be read is one failing test, named after the file, carrying the reader's one-line
 * {@code file:line:column} message; a folder with no scenario file is one failing test, because a suite
 * that checks nothing should not pass.
 *
 * <p>Files are those ending in {@code .yaml} or {@code .yml} under the folder and its sub-folders, in
 * path order, as {@link ScenarioReader#readAll(Path)} finds them, in the vocabularies of the engine's rule sets. A scenario is assessed once, when its
 * container runs; the default engine ({@link ReimbursementEngine#loadInstalled()}) is built once, at the
 * first scenario run, and shared.
 *
 * <p>Stateless apart from that shared engine; thread-safe.
 */
public final class ScenarioTests {
    private static ScenarioChecker installed;

    private ScenarioTests() {
    }

    /**
     * Returns the tests of every scenario file under a folder, checked with the installed engine
     * ({@link ReimbursementEngine#loadInstalled()}, built once and shared).
     *
     * @param folder the folder, searched recursively; a relative path is relative to the working
     *     directory (with Maven, the module's folder)
     * @return one container per file
     * @throws IllegalArgumentException if the folder does not exist or is not a folder
     * @throws UncheckedIOException if the folder cannot be listed
     */
    public static Stream<DynamicNode> in(Path folder) {
        return tree(folder, ScenarioTests::installedChecker);
    }

    /**
     * Returns the tests of every scenario file under a folder, checked with the given engine.
     *
     * @param folder the folder, searched recursively
     * @param engine the engine to assess with
     * @return one container per file
     * @throws IllegalArgumentException if the folder does not exist or is not a folder
     * @throws UncheckedIOException if the folder cannot be listed
     */
    public static Stream<DynamicNode> in(Path folder, ReimbursementEngine engine) {
        ScenarioChecker checker = new ScenarioChecker(engine);
        return tree(folder, () -> checker);
    }

    /**
     * Returns the tests of every scenario file under a class-path folder (e.g. {@code src/test/resources/
     * scenarios} is {@code "scenarios"}), checked with the installed engine. The folder is found with the
     * thread's context class loader; it may be a folder on disk or inside a jar. On the module path a
     * folder inside a named module is only found if its package is open.
     *
     * @param resourceFolder the folder's resource name, with or without a leading {@code /}
     * @return one container per file
     * @throws IllegalArgumentException if no such folder is on the class path
     * @throws UncheckedIOException if the folder cannot be listed
     */
    public static Stream<DynamicNode> onClassPath(String resourceFolder) {
        return in(classPathFolder(resourceFolder));
    }

    /**
     * Returns the tests of every scenario file under a class-path folder, checked with the given engine.
     *
     * @param resourceFolder the folder's resource name, with or without a leading {@code /}
     * @param engine the engine to assess with
     * @return one container per file
     * @throws IllegalArgumentException if no such folder is on the class path
     * @throws UncheckedIOException if the folder cannot be listed
     */
    public static Stream<DynamicNode> onClassPath(String resourceFolder, ReimbursementEngine engine) {
        return in(classPathFolder(resourceFolder), engine);
    }

    private static synchronized ScenarioChecker installedChecker() {
        if (installed == null) {
            installed = new ScenarioChecker(ReimbursementEngine.loadInstalled());
        }
        return installed;
    }

    private static Stream<DynamicNode> tree(Path folder, Supplier<ScenarioChecker> checker) {
        Objects.requireNonNull(folder, "folder");
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("scenario folder " + folder + " does not exist or is not a folder");
        }
        List<Path> files = scenarioFiles(folder);
        if (files.isEmpty()) {
            String message = folder + ": no scenario file (*.yaml, *.yml) in this folder";
            return Stream.of(DynamicTest.dynamicTest("no scenario file", folder.toUri(), () -> {
                throw new AssertionFailedError(message);
            }));
        }
        return files.stream().map(file -> fileNode(folder, file, checker));
    }

    private static List<Path> scenarioFiles(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted().collect(Collectors.toUnmodifiableList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list scenario folder " + folder, e);
        }
    }

    private static DynamicNode fileNode(Path folder, Path path, Supplier<ScenarioChecker> checker) {
        String displayName = folder.relativize(path).toString().replace('\\', '/');
        ScenarioFile file;
        try {
            file = checker.get().reader().read(path);
        } catch (ScenarioException e) {
            String message = e.getMessage();
            return DynamicTest.dynamicTest(displayName, source(path, e.location()), () -> {
                throw new AssertionFailedError(message);
            });
        }
        return DynamicContainer.dynamicContainer(displayName, path.toUri(),
                file.scenarios().stream().map(s -> scenarioNode(path, file.name(), s, checker)));
    }

    /** The children are computed when the container runs: the scenario is assessed then, once. */
    private static DynamicNode scenarioNode(Path path, String fileName, Scenario scenario,
            Supplier<ScenarioChecker> checker) {
        Stream<DynamicNode> children = Stream.of(scenario)
                .flatMap(s -> verdicts(path, checker.get().check(fileName, s)));
        return DynamicContainer.dynamicContainer(scenario.name(), source(path, scenario.location()), children);
    }

    private static Stream<DynamicNode> verdicts(Path path, ScenarioResult result) {
        Scenario scenario = result.scenario();
        URI source = source(path, scenario.location());
        if (result.error().isPresent() && !result.expectsError()) {
            String message = scenario.location() + ": scenario '" + scenario.name() + "', assessment: "
                    + result.error().get();
            return Stream.of(DynamicTest.dynamicTest("assessment", source, () -> {
                throw new AssertionFailedError(message);
            }));
        }
        if (result.expectations().isEmpty()) {
            // Nothing expected: the scenario passes if it can be assessed, which it was.
            return Stream.of(DynamicTest.dynamicTest("assessment", source, () -> { }));
        }
        return result.expectations().stream().flatMap(e -> expectationTests(path, e));
    }

    private static Stream<DynamicNode> expectationTests(Path path, ExpectationResult result) {
        Expectation expectation = result.expectation();
        URI source = source(path, expectation.location());
        String fields = expectation.values().stream().map(Expectation.ExpectedValue::field)
                .collect(Collectors.joining(", "));
        if (expectation.kind() != Expectation.Kind.SESSIONS || expectation.sessions().size() == 1) {
            return Stream.of(test(expectation.target() + ": " + fields, source, result.mismatches()));
        }
        List<String> targets = expectation.sessions().stream().map(id -> "session " + id).toList();
        // A mismatch that names no session of the range (never expected) fails every test of the range.
        List<Mismatch> unassigned = result.mismatches().stream().filter(m -> !targets.contains(m.target())).toList();
        return targets.stream().map(target -> test(target + ": " + fields, source, Stream.concat(
                result.mismatches().stream().filter(m -> m.target().equals(target)), unassigned.stream()).toList()));
    }

    private static DynamicTest test(String name, URI source, List<Mismatch> mismatches) {
        return DynamicTest.dynamicTest(name, source, () -> {
            if (!mismatches.isEmpty()) {
                throw failure(mismatches);
            }
        });
    }

    /** One mismatch: its expected and actual values; several: one {@code field: value} line each. */
    private static AssertionFailedError failure(List<Mismatch> mismatches) {
        String message = mismatches.stream().map(Mismatch::describe).collect(Collectors.joining("\n"));
        if (mismatches.size() == 1) {
            return new AssertionFailedError(message, mismatches.get(0).expected(), mismatches.get(0).actual());
        }
        String expected = mismatches.stream().map(m -> m.field() + ": " + m.expected())
                .collect(Collectors.joining("\n"));
        String actual = mismatches.stream().map(m -> m.field() + ": " + m.actual()).collect(Collectors.joining("\n"));
        return new AssertionFailedError(message, expected, actual);
    }

    /** The file's URI with {@code ?line=N&column=M}, which JUnit turns into a file position. */
    private static URI source(Path path, SourceLocation location) {
        return URI.create(path.toAbsolutePath().toUri() + "?line=" + location.line() + "&column=" + location.column());
    }

    private static Path classPathFolder(String resourceFolder) {
        Objects.requireNonNull(resourceFolder, "resourceFolder");
        String name = resourceFolder.startsWith("/") ? resourceFolder.substring(1) : resourceFolder;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        URL url = (loader != null ? loader : ScenarioTests.class.getClassLoader()).getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no folder '" + name + "' on the class path");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                openZipFileSystem(uri);
            } else if (!uri.getScheme().equals("file")) {
                throw new IllegalArgumentException("class-path folder '" + name + "' is at " + url
                        + ", neither a file nor in a jar");
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("class-path folder '" + name + "' has no valid URI: " + url, e);
        }
    }

    /** Folders inside a jar are read through a zip file system, opened once and left open. */
    private static void openZipFileSystem(URI uri) {
        try {
            FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException alreadyOpen) {
            // Opened by an earlier call: Path.of finds it.
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + uri, e);
        }
    }
}
