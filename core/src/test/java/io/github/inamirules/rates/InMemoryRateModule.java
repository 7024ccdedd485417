package io.github.inamirules.rates;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link DataFileRateModule} whose files are held in memory, so a test states the exact text of each
 * file: {@code sources.psv}, {@code coverage.psv}, then {@code <profession>/parameters.psv},
 * {@code tariffs.psv} and {@code codes.psv} for each profession covered. Not final: an anonymous
 * subclass gives a module of another class, as two providers would be.
 */
public class InMemoryRateModule extends DataFileRateModule {
    public static final String SOURCES_HEADER = "source | url";
    public static final String COVERAGE_HEADER = "profession | from | to";
    public static final String PARAMETERS_HEADER = "name | from | to | value | status | source | note";
    public static final String TARIFFS_HEADER = "code | label | from | to | fee | insurance_ordinary | "
            + "insurance_preferential | status | source | note";
    /** The fixed columns of {@code codes.psv}, after the profession's key columns. */
    public static final String CODES_TAIL = "code | label | from | to | status | source | note";

    private final String id;
    private final Map<String, String> files;
    private final AtomicInteger opened = new AtomicInteger();

    /**
     * Creates a module.
     *
     * @param id the module id
     * @param files the content of each file by name; a file not in the map is missing
     */
    public InMemoryRateModule(String id, Map<String, String> files) {
        this.id = Objects.requireNonNull(id);
        this.files = new LinkedHashMap<>(files);
    }

    /** The header of a {@code codes.psv} keyed on the given columns. */
    public static String codesHeader(String... keyColumns) {
        return String.join(" | ", keyColumns) + " | " + CODES_TAIL;
    }

    /** The name of a profession's parameter file. */
    public static String parametersFile(String profession) {
        return profession + "/parameters.psv";
    }

    /** The name of a profession's tariff file. */
    public static String tariffsFile(String profession) {
        return profession + "/tariffs.psv";
    }

    /** The name of a profession's code file. */
    public static String codesFile(String profession) {
        return profession + "/codes.psv";
    }

    /**
     * Returns a small valid module: two sources ({@code SRC}, {@code SRC2}), one profession over 2025,
     * no row.
     *
     * @param id the module id
     * @param profession the profession covered
     * @param keyColumns the key columns of its code table
     * @return the module
     */
    public static InMemoryRateModule minimal(String id, String profession, String... keyColumns) {
        return new InMemoryRateModule(id, minimalFiles(profession, keyColumns));
    }

    /**
     * Returns the files of {@link #minimal}.
     *
     * @param profession the profession covered over 2025
     * @param keyColumns the key columns of its code table
     * @return the files, modifiable
     */
    public static Map<String, String> minimalFiles(String profession, String... keyColumns) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("sources.psv", lines(SOURCES_HEADER, "SRC | https://example.org/src",
                "SRC2 | https://example.org/src2"));
        files.put("coverage.psv", lines(COVERAGE_HEADER, profession + " | 2025-01-01 | 2026-01-01"));
        files.putAll(emptyProfessionFiles(profession, keyColumns));
        return files;
    }

    /**
     * Returns the three files of one profession, headers only.
     *
     * @param profession the profession
     * @param keyColumns the key columns of its code table
     * @return the files
     */
    public static Map<String, String> emptyProfessionFiles(String profession, String... keyColumns) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(parametersFile(profession), lines(PARAMETERS_HEADER));
        files.put(tariffsFile(profession), lines(TARIFFS_HEADER));
        files.put(codesFile(profession), lines(codesHeader(keyColumns)));
        return files;
    }

    /**
     * Joins lines with {@code \n}, ending with one.
     *
     * @param lines the lines
     * @return the text
     */
    public static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    /**
     * Returns a module of the same id with one file replaced (or added).
     *
     * @param file the file name
     * @param content its new content
     * @return the new module
     */
    public InMemoryRateModule with(String file, String content) {
        Map<String, String> copy = new LinkedHashMap<>(files);
        copy.put(file, content);
        return new InMemoryRateModule(id, copy);
    }

    /**
     * Returns a module of the same id without one file.
     *
     * @param file the file name
     * @return the new module
     */
    public InMemoryRateModule without(String file) {
        Map<String, String> copy = new LinkedHashMap<>(files);
        copy.remove(file);
        return new InMemoryRateModule(id, copy);
    }

    /**
     * Returns a module with the same files under another id.
     *
     * @param newId the id
     * @return the new module
     */
    public InMemoryRateModule withId(String newId) {
        return new InMemoryRateModule(newId, files);
    }

    /**
     * Returns the files.
     *
     * @return a copy of the files by name
     */
    public Map<String, String> files() {
        return new LinkedHashMap<>(files);
    }

    /**
     * Returns the text of a file.
     *
     * @param file the file name
     * @return the content, or null
     */
    public String file(String file) {
        return files.get(file);
    }

    /**
     * Returns how many times a file was opened.
     *
     * @return the count
     */
    public int openCount() {
        return opened.get();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String version() {
        return "test";
    }

    @Override
    protected InputStream openResource(String name) {
        opened.incrementAndGet();
        String content = files.get(name);
        return content == null ? null : new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }
}
