package io.github.inamirules.rates;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link DataFileRateModule} whose five files are held in memory, so a test states the exact text of
 * each file. Not final: an anonymous subclass gives a module of another class, as two providers would be.
 */
public class InMemoryRateModule extends DataFileRateModule {
    /** The header of {@code sources.psv}. */
    public static final String SOURCES_HEADER = "source | url";
    /** The header of {@code coverage.psv}. */
    public static final String COVERAGE_HEADER = "profession | from | to";
    /** The header of {@code parameters.psv}. */
    public static final String PARAMETERS_HEADER = "profession | name | from | to | value | status | source | note";
    /** The header of {@code tariffs.psv}. */
    public static final String TARIFFS_HEADER = "profession | code | from | to | fee | insurance_ordinary | "
            + "insurance_preferential | status | source | note";
    /** The header of {@code codes.psv}. */
    public static final String CODES_HEADER = "profession | band | place | minutes | code | from | to | status | "
            + "source | note";

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

    /**
     * Returns a small valid module: two sources, physiotherapy over 2025, no row.
     *
     * @param id the module id
     * @return the module
     */
    public static InMemoryRateModule minimal(String id) {
        return new InMemoryRateModule(id, minimalFiles());
    }

    /**
     * Returns the files of {@link #minimal(String)}.
     *
     * @return the files, modifiable
     */
    public static Map<String, String> minimalFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("sources.psv", lines(SOURCES_HEADER, "SRC | https://example.org/src",
                "SRC2 | https://example.org/src2"));
        files.put("coverage.psv", lines(COVERAGE_HEADER, "physiotherapy | 2025-01-01 | 2026-01-01"));
        files.put("parameters.psv", lines(PARAMETERS_HEADER));
        files.put("tariffs.psv", lines(TARIFFS_HEADER));
        files.put("codes.psv", lines(CODES_HEADER));
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
     * Returns a module of the same id with one file replaced.
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
