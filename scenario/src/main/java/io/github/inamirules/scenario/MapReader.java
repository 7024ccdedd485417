package io.github.inamirules.scenario;

import io.github.inamirules.model.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the keys of one YAML mapping as typed values, each error at the offending node, and rejects
 * keys it was not asked for (a misspelled key must not be silently ignored). Package-private.
 */
final class MapReader {
    private final YamlNode.MapNode map;
    private final String what;
    private final Set<String> allowed = new LinkedHashSet<>();

    private MapReader(YamlNode.MapNode map, String what) {
        this.map = map;
        this.what = what;
    }

    static MapReader of(YamlNode node, String what) {
        if (!(node instanceof YamlNode.MapNode)) {
            throw node.error(what + ": expected a mapping (key: value lines), found " + node.kind());
        }
        return new MapReader((YamlNode.MapNode) node, what);
    }

    SourceLocation location() {
        return map.location;
    }

    String what() {
        return what;
    }

    boolean has(String key) {
        allowed.add(key);
        YamlNode n = map.entries.get(key);
        return n != null && !(n instanceof YamlNode.Scalar && ((YamlNode.Scalar) n).isNull);
    }

    YamlNode node(String key) {
        if (!has(key)) {
            throw map.error(what + ": missing key '" + key + "'");
        }
        return map.entries.get(key);
    }

    Optional<YamlNode> optionalNode(String key) {
        return has(key) ? Optional.of(map.entries.get(key)) : Optional.empty();
    }

    String text(String key) {
        return scalar(node(key), what + "." + key, "a value").text;
    }

    Optional<String> optionalText(String key) {
        return optionalNode(key).map(n -> scalar(n, what + "." + key, "a value").text);
    }

    LocalDate date(String key) {
        return date(node(key), what + "." + key);
    }

    Optional<LocalDate> optionalDate(String key) {
        return optionalNode(key).map(n -> date(n, what + "." + key));
    }

    int integer(String key, int min, int max) {
        return integer(node(key), what + "." + key, min, max);
    }

    Optional<Integer> optionalInteger(String key, int min, int max) {
        return optionalNode(key).map(n -> integer(n, what + "." + key, min, max));
    }

    boolean bool(String key, boolean otherwise) {
        return optionalNode(key).map(n -> bool(n, what + "." + key)).orElse(otherwise);
    }

    Optional<Money> optionalMoney(String key) {
        return optionalNode(key).map(n -> money(n, what + "." + key));
    }

    <E extends Enum<E>> E enumValue(String key, Class<E> type) {
        return enumValue(node(key), what + "." + key, type);
    }

    <E extends Enum<E>> Optional<E> optionalEnum(String key, Class<E> type) {
        return optionalNode(key).map(n -> enumValue(n, what + "." + key, type));
    }

    List<YamlNode> list(String key) {
        return optionalNode(key).map(n -> list(n, what + "." + key)).orElse(List.of());
    }

    /** Fails on any key that was not read. Call after reading every key the mapping may have. */
    void done() {
        for (String key : map.entries.keySet()) {
            if (!allowed.contains(key)) {
                throw new ScenarioException(map.keys.get(key), what + ": unknown key '" + key + "'; expected one of: "
                        + String.join(", ", allowed));
            }
        }
    }

    /** The keys present and not read yet, in file order. */
    List<String> unreadKeys() {
        List<String> out = new ArrayList<>();
        for (String key : map.entries.keySet()) {
            if (!allowed.contains(key)) {
                out.add(key);
            }
        }
        return out;
    }

    /**
     * Reads one of two equivalent keys (the general word and format 1's physiotherapy word, such as
     * {@code episode} and {@code pathology}); both at once is an error.
     */
    String synonym(String key, String older) {
        boolean general = has(key);
        boolean format1 = has(older);
        if (general && format1) {
            throw node(older).error(what + ": give either '" + key + "' or '" + older + "', not both");
        }
        return format1 ? older : key;
    }

    /** Declares keys that are valid here without reading them (read elsewhere). */
    MapReader allow(String... keys) {
        allowed.addAll(Arrays.asList(keys));
        return this;
    }

    static YamlNode.Scalar scalar(YamlNode node, String field, String expected) {
        if (!(node instanceof YamlNode.Scalar) || ((YamlNode.Scalar) node).isNull) {
            throw node.error(field + ": expected " + expected + ", found " + node.kind());
        }
        return (YamlNode.Scalar) node;
    }

    static List<YamlNode> list(YamlNode node, String field) {
        if (!(node instanceof YamlNode.ListNode)) {
            throw node.error(field + ": expected a list (lines starting with '- '), found " + node.kind());
        }
        return ((YamlNode.ListNode) node).items;
    }

    static LocalDate date(YamlNode node, String field) {
        String text = scalar(node, field, "a date YYYY-MM-DD").text;
        LocalDate date;
        try {
            if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("not YYYY-MM-DD", text, 0);
            }
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw node.error(field + ": expected a date YYYY-MM-DD, found '" + YamlNode.excerpt(text) + "'");
        }
        if (!io.github.inamirules.model.Dates.SUPPORTED.contains(date)) {
            throw node.error(field + ": expected a date from " + io.github.inamirules.model.Dates.FIRST + " to "
                    + io.github.inamirules.model.Dates.LAST + ", found " + text);
        }
        return date;
    }

    static int integer(YamlNode node, String field, int min, int max) {
        String text = scalar(node, field, "a whole number").text;
        if (!text.matches("-?(0|[1-9]\\d{0,9})")) {
            throw node.error(field + ": expected a whole number without leading zeros, found '"
                    + YamlNode.excerpt(text) + "'");
        }
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                throw node.error(field + ": expected a whole number from " + min + " to " + max + ", found " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw node.error(field + ": expected a whole number, found '" + text + "'");
        }
    }

    static boolean bool(YamlNode node, String field) {
        String text = scalar(node, field, "true or false").text;
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        throw node.error(field + ": expected true or false, found '" + YamlNode.excerpt(text) + "'");
    }

    static Money money(YamlNode node, String field) {
        String text = scalar(node, field, "an amount in euros like 30.80").text;
        try {
            if (!text.matches("\\d{1,7}(\\.\\d{1,2})?")) {
                throw new NumberFormatException();
            }
            return Money.of(new BigDecimal(text));
        } catch (NumberFormatException | io.github.inamirules.InvalidInputException e) {
            throw node.error(field + ": expected an amount in euros with at most two decimals, from 0 to "
                    + Money.MAX_INPUT.toPlainString() + ", like 30.80, found '" + YamlNode.excerpt(text) + "'");
        }
    }

    /** Enum constants are written in lower case with '-' for '_' ({@code palliative-home}). */
    static <E extends Enum<E>> E enumValue(YamlNode node, String field, Class<E> type) {
        String text = scalar(node, field, "one of " + names(type)).text;
        String wanted = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        throw node.error(field + ": expected one of " + names(type) + ", found '" + text + "'");
    }

    static <E extends Enum<E>> String names(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(name(constant));
        }
        return names.stream().collect(Collectors.joining(", "));
    }

    static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
