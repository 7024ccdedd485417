package io.github.inamirules.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a YAML document into {@link YamlNode}s with their locations, through Jackson's streaming
 * parser only: no object binding, so a hostile file cannot name a Java type. Package-private.
 *
 * <p>Limits against hostile files: {@link #MAX_CHARS} characters, {@link #MAX_DEPTH} levels of nesting,
 * strings of at most 10,000 characters, no anchors or aliases (the "billion laughs" YAML bomb needs
 * them, and scenarios do not), no duplicate keys, one document per file.
 */
final class YamlTreeReader {
    /** Largest file read, in characters. */
    static final int MAX_CHARS = 2_000_000;
    /** Deepest nesting of mappings and lists. */
    static final int MAX_DEPTH = 20;
    /** Longest value or key, in characters. */
    static final int MAX_STRING = 10_000;

    private static final YAMLFactory FACTORY = factory();

    private final String file;

    private YamlTreeReader(String file) {
        this.file = file;
    }

    private static YAMLFactory factory() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(MAX_DEPTH + 5);
        options.setCodePointLimit(MAX_CHARS + 1);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(10_000).maxNumberLength(30).build())
                .build();
        return factory;
    }

    static YamlNode read(String file, String content) {
        if (content.length() > MAX_CHARS) {
            throw new ScenarioException(new SourceLocation(file, 1, 1),
                    "file too large: " + content.length() + " characters, at most " + MAX_CHARS);
        }
        rejectAnchors(file, content);
        YamlTreeReader reader = new YamlTreeReader(file);
        try (JsonParser parser = FACTORY.createParser(new SurrogateSafeReader(content))) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ScenarioException(new SourceLocation(file, 1, 1), "the file is empty");
            }
            YamlNode root = reader.node(parser, 0);
            if (parser.nextToken() != null) {
                throw new ScenarioException(reader.here(parser), "one YAML document per file expected");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            SourceLocation where = l == null ? new SourceLocation(file, 1, 1)
                    : new SourceLocation(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
            throw new ScenarioException(where, "not valid YAML: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ScenarioException(new SourceLocation(file, 1, 1), "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Refuses anchors ({@code &name}) anywhere, on a mapping, a list or a single value: the streaming
     * parser above reports aliases but not every anchor. Runs SnakeYAML's event parser alone, which
     * builds no object; a document it cannot parse is left for the main pass to report.
     */
    private static void rejectAnchors(String file, String content) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(MAX_DEPTH + 5);
        options.setCodePointLimit(MAX_CHARS + 1);
        try {
            for (org.yaml.snakeyaml.events.Event e : new org.yaml.snakeyaml.Yaml(options)
                    .parse(new SurrogateSafeReader(content))) {
                if (e instanceof org.yaml.snakeyaml.events.NodeEvent
                        && ((org.yaml.snakeyaml.events.NodeEvent) e).getAnchor() != null) {
                    throw new ScenarioException(new SourceLocation(file, e.getStartMark().getLine() + 1,
                            e.getStartMark().getColumn() + 1),
                            "YAML anchors and aliases (& and *) are not allowed in scenario files");
                }
            }
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            // not valid YAML: the main pass reports it with its location
        }
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private SourceLocation here(JsonParser parser) {
        JsonLocation l = parser.currentTokenLocation();
        return new SourceLocation(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }

    private YamlNode node(JsonParser parser, int depth) throws IOException {
        SourceLocation where = here(parser);
        YAMLParser yaml = (YAMLParser) parser;
        if (yaml.isCurrentAlias() || yaml.getObjectId() != null) {
            throw new ScenarioException(where, "YAML anchors and aliases (& and *) are not allowed in scenario files");
        }
        if (depth > MAX_DEPTH) {
            throw new ScenarioException(where, "nested deeper than " + MAX_DEPTH + " levels");
        }
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                return map(parser, depth, where);
            case START_ARRAY:
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(node(parser, depth + 1));
                }
                return new YamlNode.ListNode(where, items);
            case VALUE_NULL:
                return new YamlNode.Scalar(where, "", true);
            default:
                String text = parser.getText();
                if (text.length() > MAX_STRING) {
                    throw new ScenarioException(where, "a value longer than " + MAX_STRING + " characters");
                }
                return new YamlNode.Scalar(where, text, false);
        }
    }

    private YamlNode.MapNode map(JsonParser parser, int depth, SourceLocation where) throws IOException {
        YamlNode.MapNode map = new YamlNode.MapNode(where);
        while (parser.nextToken() != JsonToken.END_OBJECT) {
            String key = parser.currentName();
            SourceLocation keyAt = here(parser);
            if (key.length() > MAX_STRING) {
                throw new ScenarioException(keyAt, "a key longer than " + MAX_STRING + " characters");
            }
            if (((YAMLParser) parser).getObjectId() != null) {
                throw new ScenarioException(keyAt, "YAML anchors and aliases (& and *) are not allowed in scenario files");
            }
            if (map.entries.containsKey(key)) {
                throw new ScenarioException(keyAt, "key '" + key + "' appears twice");
            }
            parser.nextToken();
            map.keys.put(key, keyAt);
            map.entries.put(key, node(parser, depth + 1));
        }
        return map;
    }
}
