package io.github.inamirules.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of a YAML document with the place it was read from. Package-private: the reader maps these
 * onto the model and reports every error at the node's location.
 */
abstract class YamlNode {
    final SourceLocation location;

    YamlNode(SourceLocation location) {
        this.location = location;
    }

    abstract String kind();

    ScenarioException error(String message) {
        return new ScenarioException(location, message);
    }

    /** A value as quoted in a message: at most 60 characters. */
    static String excerpt(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    /** A mapping, keys in file order. */
    static final class MapNode extends YamlNode {
        final Map<String, YamlNode> entries = new LinkedHashMap<>();
        final Map<String, SourceLocation> keys = new LinkedHashMap<>();

        MapNode(SourceLocation location) {
            super(location);
        }

        @Override
        String kind() {
            return "a mapping";
        }
    }

    /** A sequence. */
    static final class ListNode extends YamlNode {
        final List<YamlNode> items;

        ListNode(SourceLocation location, List<YamlNode> items) {
            super(location);
            this.items = items;
        }

        @Override
        String kind() {
            return "a list";
        }
    }

    /** A scalar: its text as written, and whether it was null. */
    static final class Scalar extends YamlNode {
        final String text;
        final boolean isNull;

        Scalar(SourceLocation location, String text, boolean isNull) {
            super(location);
            this.text = text;
            this.isNull = isNull;
        }

        @Override
        String kind() {
            return isNull ? "nothing" : "'" + excerpt(text) + "'";
        }
    }
}
