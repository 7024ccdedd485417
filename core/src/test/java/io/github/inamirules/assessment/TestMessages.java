package io.github.inamirules.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The three message bundles against each other and against the reason codes the physiotherapy rule set
 * emits, read from its sources.
 */
class TestMessages {
    private static final Path PHYSIO_SOURCES = Path.of("src/main/java/io/github/inamirules/physio");
    private static final List<String> LANGUAGES = List.of("en", "fr", "nl");
    /** A call {@code d.refuse(PhysioRule.P_xx, "PHYSIO_...", ...)} and its siblings. */
    private static final Pattern REASON_CALL = Pattern.compile(
            "\\b(?:refuse|refuseUsedUp|info|warn|missing)\\(\\s*PhysioRule\\.P_\\d+\\s*,\\s*\"(PHYSIO_[A-Z0-9_]+)\"");
    private static final Pattern BAND_CONSTANT = Pattern.compile("static final String (\\w+) = \"(PHYSIO_\\w+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final Pattern NAME_LITERAL = Pattern.compile("\"([A-Za-z]+)\"");

    private static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TestMessages.class.getResourceAsStream("messages_" + language + ".properties")) {
            assertThat(in).as("bundle %s", language).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> physioSources() throws IOException {
        try (Stream<Path> files = Files.list(PHYSIO_SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
    }

    /** Each reason code emitted by the physiotherapy sources, with the text of each call that emits it. */
    private static Map<String, List<String>> reasonCalls() throws IOException {
        Map<String, List<String>> calls = new HashMap<>();
        for (Path file : physioSources()) {
            String source = read(file);
            Matcher m = REASON_CALL.matcher(source);
            while (m.find()) {
                calls.computeIfAbsent(m.group(1), k -> new ArrayList<>())
                        .add(callText(source, source.indexOf('(', m.start())));
            }
        }
        return calls;
    }

    /** The text from an opening parenthesis to its closing one, skipping string literals. */
    private static String callText(String source, int open) {
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < source.length(); i++) {
            char c = source.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return source.substring(open, i + 1);
            }
        }
        throw new IllegalStateException("unbalanced call at " + open);
    }

    private static Set<String> placeholders(String template) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void theThreeBundles_haveExactlyTheSameKeys() throws IOException {
        Set<String> english = bundle("en").stringPropertyNames();

        assertThat(english).isNotEmpty();
        assertThat(bundle("fr").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english);
        assertThat(bundle("nl").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english);
    }

    @Test
    void theSourcesAreFound() throws IOException {
        assertThat(reasonCalls().keySet())
                .contains("PHYSIO_COURANTE_OVER_18", "PHYSIO_DEPASSEMENT_CAP_REACHED", "PHYSIO_CODE_UNKNOWN",
                        "PHYSIO_PRESCRIPTION_MISSING", "PHYSIO_SECOND_SESSION_OF_DAY")
                .hasSizeGreaterThanOrEqualTo(25);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "nl"})
    void everyReasonCodeOfThePhysioSources_hasAMessage(String language) throws IOException {
        Properties bundle = bundle(language);

        assertThat(reasonCalls().keySet()).allSatisfy(code -> assertThat(bundle.getProperty(code))
                .as("%s in messages_%s", code, language).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "nl"})
    void everyBandOfThePhysioSources_hasALabel(String language) throws IOException {
        Properties bundle = bundle(language);
        Matcher m = BAND_CONSTANT.matcher(read(PHYSIO_SOURCES.resolve("Bands.java")));
        List<String> bands = new ArrayList<>();
        while (m.find()) {
            // SECOND_SESSION only selects a code; a decision's band is never it.
            if (!m.group(1).equals("SECOND_SESSION")) {
                bands.add(m.group(2));
            }
        }

        assertThat(bands).hasSizeGreaterThanOrEqualTo(13).allSatisfy(band -> assertThat(
                bundle.getProperty("band." + band)).as("band.%s in messages_%s", band, language).isNotBlank());
    }

    @Test
    void everyMessage_isForACodeTheSourcesEmit_orABand() throws IOException {
        Set<String> codes = reasonCalls().keySet();

        assertThat(bundle("en").stringPropertyNames())
                .allSatisfy(key -> assertThat(key.startsWith("band.") || codes.contains(key))
                        .as("%s is neither a band nor an emitted code", key).isTrue());
    }

    @Test
    void placeholders_areTheSameInTheThreeLanguages() throws IOException {
        Properties english = bundle("en");
        for (String language : List.of("fr", "nl")) {
            Properties other = bundle(language);
            assertThat(english.stringPropertyNames()).allSatisfy(key -> assertThat(
                    placeholders(other.getProperty(key, ""))).as("%s in %s", key, language)
                    .isEqualTo(placeholders(english.getProperty(key))));
        }
    }

    @Test
    void placeholders_areNamedByEveryCallThatEmitsTheCode() throws IOException {
        Properties english = bundle("en");

        reasonCalls().forEach((code, calls) -> {
            Set<String> needed = placeholders(english.getProperty(code, ""));
            for (String call : calls) {
                Set<String> named = new TreeSet<>();
                Matcher m = NAME_LITERAL.matcher(call);
                while (m.find()) {
                    named.add(m.group(1));
                }
                assertThat(named).as("value names passed with %s in %s", code, call).containsAll(needed);
            }
        });
    }

    @Test
    void noMessage_hasAnEncodingAccident() throws IOException {
        for (String language : LANGUAGES) {
            Properties bundle = bundle(language);
            assertThat(bundle.stringPropertyNames()).allSatisfy(key -> assertThat(bundle.getProperty(key))
                    .as("%s in %s", key, language).doesNotContain("Ã", "\uFFFD").isNotBlank());
        }
    }

    @Test
    void text_reducesTheLocaleToEnglishFrenchOrDutch() {
        String english = Messages.text("PHYSIO_SUPPLEMENT", Locale.ENGLISH).orElseThrow();

        assertThat(Messages.text("PHYSIO_SUPPLEMENT", Locale.GERMAN)).contains(english);
        assertThat(Messages.text("PHYSIO_SUPPLEMENT", Locale.ROOT)).contains(english);
        assertThat(Messages.text("PHYSIO_SUPPLEMENT", Locale.FRENCH)).get().asString().isNotEqualTo(english);
        assertThat(Messages.text("NO_SUCH_KEY", Locale.FRENCH)).isEmpty();
    }
}
