package io.github.inamirules.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads scenario files: YAML documents of care histories and the decisions expected of them.
 *
 * <pre>{@code
 * format: 1
 * scenarios:
 *   - name: Courante, conventioned, 3rd session on 10 March 2025
 *     description: physio.md WE-01
 *     patient: {preferential: false}
 *     practitioners:
 *       - {id: kine, profession: physiotherapy, conventioned: [{from: 2025-02-01}]}
 *     episodes:
 *       - {id: back, kind: courante}
 *     prescriptions:
 *       - {id: rx-back, episode: back, date: 2025-02-20}
 *     sessions:
 *       - repeat: 2
 *         from: 2025-03-03
 *         on: [monday, thursday]
 *       - {date: 2025-03-10, fee_asked: 30.80}
 *     expect:
 *       - session: back-3
 *         outcome: reimbursed
 *         code: "567011"
 *         fee: 30.80
 *         insurance: 24.55
 *         patient_share: 6.25
 * }</pre>
 *
 * <p>The full format is {@code docs/scenario-format.md}. In short: {@code format} (must be 1) and
 * {@code scenarios}; each scenario has a {@code name}, an optional {@code description},
 * {@code patient}, {@code practitioners}, {@code episodes} (format 1's physiotherapy word
 * {@code pathologies} is the same), {@code prescriptions}, {@code approvals}, {@code sessions} and
 * {@code expect}. Profession words (episode kinds, approval kinds, facts such as {@code place}) are
 * resolved through the vocabularies of the installed rule sets, so a file may use any profession a
 * module brings. Periods are half-open {@code {from, to}}, {@code to} optional. A session's
 * practitioner, episode and prescription may be left out when there is only one;
 * {@code prescription: none} says there is none.
 *
 * <p>Every mistake is a {@link ScenarioException} whose message is one line,
 * {@code file:line:column: what was expected}. Hostile files are safe: the YAML is read with a
 * streaming parser into plain values (no Java types are ever named by a file), with limits on size
 * (2,000,000 characters), nesting (20 levels), strings, sessions (10,000 per scenario, 100,000 per file), and without
 * anchors or aliases.
 *
 * <p>Immutable and thread-safe.
 */
public final class ScenarioReader {
    private final ProfessionWords words;

    private ScenarioReader(ProfessionWords words) {
        this.words = words;
    }

    /**
     * Returns a reader that speaks the professions of the rule sets installed on the class path or
     * module path (found with {@link java.util.ServiceLoader}).
     *
     * @return the reader
     */
    public static ScenarioReader installed() {
        return new ScenarioReader(ProfessionWords.installed());
    }

    /**
     * Returns a reader that speaks the professions of the given vocabularies only.
     *
     * @param vocabularies the vocabularies, e.g. those of an engine's rule sets
     * @return the reader
     */
    public static ScenarioReader of(java.util.Collection<io.github.inamirules.rules.Vocabulary> vocabularies) {
        return new ScenarioReader(new ProfessionWords(vocabularies));
    }

    /**
     * Reads a scenario file.
     *
     * @param file the file
     * @return its scenarios
     * @throws ScenarioException if the file cannot be read or is not a valid scenario file
     */
    public ScenarioFile read(Path file) {
        if (file == null) {
            throw new io.github.inamirules.NullValueException("file");
        }
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ScenarioException(new SourceLocation(name, 1, 1), "file too large: " + size
                        + " bytes, at most " + MAX_BYTES);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(name, in);
            }
        } catch (IOException e) {
            throw new ScenarioException(new SourceLocation(name, 1, 1), "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Reads a scenario file from a stream, e.g. a class-path resource.
     *
     * @param name the name to use in messages
     * @param in the stream, UTF-8; not closed
     * @return its scenarios
     * @throws ScenarioException if the content is not a valid scenario file
     */
    public ScenarioFile read(String name, InputStream in) {
        if (name == null) {
            throw new io.github.inamirules.NullValueException("name");
        }
        if (in == null) {
            throw new io.github.inamirules.NullValueException("in");
        }
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new ScenarioException(new SourceLocation(name, 1, 1), "file too large: more than " + MAX_BYTES
                        + " bytes");
            }
            return read(name, utf8(name, bytes));
        } catch (IOException e) {
            throw new ScenarioException(new SourceLocation(name, 1, 1), "cannot be read: " + e);
        }
    }

    /** The largest file read, in bytes: four bytes per character of the character limit. */
    static final int MAX_BYTES = YamlTreeReader.MAX_CHARS * 4;
    /**
     * Most sessions one file may hold, over all its scenarios (each holds at most 10,000): a small
     * file of session series cannot make millions of sessions.
     */
    public static final int MAX_SESSIONS_PER_FILE = 100_000;

    /** Decodes UTF-8 strictly: a malformed byte is an error with its position, never a replacement character. */
    private static String utf8(String name, byte[] bytes) {
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new ScenarioException(new SourceLocation(name, line, 1), "not UTF-8: malformed byte at byte "
                    + (at + 1) + " (0x" + String.format("%02x", bytes[at] & 0xff) + "); save the file as UTF-8");
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /**
     * Reads scenario file content.
     *
     * @param name the name to use in messages
     * @param content the YAML text
     * @return its scenarios
     * @throws ScenarioException if the content is not a valid scenario file
     */
    public ScenarioFile read(String name, String content) {
        if (name == null) {
            throw new io.github.inamirules.NullValueException("name");
        }
        if (content == null) {
            throw new io.github.inamirules.NullValueException("content");
        }
        MapReader root = MapReader.of(YamlTreeReader.read(name, content), "scenario file");
        int format = root.integer("format", 0, Integer.MAX_VALUE);
        if (format != ScenarioFile.CURRENT_FORMAT) {
            throw root.node("format").error("format: this library reads format " + ScenarioFile.CURRENT_FORMAT
                    + ", found " + format);
        }
        List<YamlNode> items = root.list("scenarios");
        if (items.isEmpty()) {
            throw new ScenarioException(root.location(),
                    "scenarios: expected at least one scenario");
        }
        root.done();
        Map<String, SourceLocation> names = new LinkedHashMap<>();
        List<Scenario> scenarios = new ArrayList<>();
        int sessions = 0;
        for (YamlNode item : items) {
            Scenario s = scenario(MapReader.of(item, "scenario"));
            sessions += s.history().sessions().size();
            if (sessions > MAX_SESSIONS_PER_FILE) {
                throw new ScenarioException(s.location(), "more than " + MAX_SESSIONS_PER_FILE
                        + " sessions in one file; split it");
            }
            SourceLocation before = names.putIfAbsent(s.name(), s.location());
            if (before != null) {
                throw new ScenarioException(s.location(), "scenario name '" + s.name() + "' is already used at "
                        + before);
            }
            scenarios.add(s);
        }
        return new ScenarioFile(name, format, scenarios);
    }

    /**
     * Reads every {@code .yaml} and {@code .yml} file under a folder, in path order.
     *
     * @param folder the folder, searched recursively
     * @return the files' scenarios
     * @throws ScenarioException at the first file that cannot be read
     */
    public List<ScenarioFile> readAll(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted().map(this::read).collect(Collectors.toUnmodifiableList());
        } catch (IOException e) {
            throw new ScenarioException(new SourceLocation(folder.toString(), 1, 1), "cannot be listed: " + e);
        }
    }

    private Scenario scenario(MapReader m) {
        String name = m.text("name");
        Optional<String> description = m.optionalText("description");
        HistoryReader history = new HistoryReader(m, words);
        var careHistory = history.read();
        List<Expectation> expectations = new ExpectationReader(history.sessionIds()).read(m.list("expect"));
        m.done();
        return new Scenario(name, description, careHistory, expectations, m.location());
    }
}
