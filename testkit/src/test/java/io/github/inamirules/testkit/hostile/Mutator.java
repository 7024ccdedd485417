package io.github.inamirules.testkit.hostile;

import io.github.inamirules.testkit.hostile.Seeds.Seed;
import io.github.inamirules.testkit.hostile.Seeds.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Mutations of scenario files: delete, duplicate or swap lines, change a line's indentation, replace
 * scalar values (or keys) with hostile tokens, truncate. Deterministic for a given {@link Random}.
 */
final class Mutator {
    /** Tokens chosen by hand: numbers, dates and texts that break naive parsers. */
    static final List<String> HOSTILE = List.of(
            // numbers
            "1e300000000", "-1e300000000", "1e-300000000", "1E+2147483647", "99999999999999999999",
            "-99999999999999999999", "9223372036854775808", "-9223372036854775809", "2147483648", "-2147483649",
            "2147483647", "-2147483648", "4294967296", "-0", "+0", "-0.0", "0", "-1", "+1", "0.001", "30.805",
            "30.800", "0.0000000000000000000000000000000001", "123456789012345678901234567890.12", "1_000",
            "0x1F", "0o17", "0b101", "017", ".inf", "-.inf", ".nan", "NaN", "Infinity", "1,5", "30,80", "1000",
            "1001", "10000", "366", "367", "600", "601", "999", "65536",
            // dates and times
            "+999999999-12-31", "-999999999-01-01", "999999999-12-31", "+1000000000-01-01", "0000-01-01",
            "0000-00-00", "-0001-12-31", "1582-10-10", "1970-01-01", "2025-02-29", "2024-02-29", "2025-13-01",
            "2025-00-10", "2025-04-31", "2025-1-1", "20250101", "2025/03/10", "10/03/2025", "2025-03-10T10:00",
            "2025-03-10 10:00:00", "2025-03-10Z", "2025-W11-1", "24:00", "23:60", "25:00", "9:30", "09:30:00",
            "-01:00", "00:00",
            // empties, quotes, YAML syntax
            "", "''", "\"\"", "'", "\"", "\"\\\"", "'''", "~", "null", "Null", "NULL", "true", "false", "yes", "no",
            "on", "off", "y", "n", "[]", "{}", "[a, b]", "{a: b}", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "{{{{{{{{",
            "- x", "? x", ": x", "|", ">", "|-", "#", "# comment", "&a", "*a", "&a x", "*unknown", "<<: *a",
            "!!binary aGVsbG8=", "!!int 1", "!!str", "!!python/object:os.system", "!!java.net.URL [\"http://x\"]",
            "!<tag:yaml.org,2002:java.lang.Runtime> {}", "---", "...", "%YAML 1.1", "@x", "`x`", "\\", "\\n",
            "\"\\u0000\"", "\"\\n\"", "\"a\\nb\"", "\"\\r\\n\"", "\"\\x85\"", "\"\\u2028\"", "\"\\U0001F600\"",
            "\"\\uD800\"", "none", "unknown", "back-1 .. back-999999999", "back-1 ..", ".. back-2",
            "back-99999999999999999999 .. back-1",
            // unicode and control characters
            "é", "ß", "ǅ", "İ", "ı", "K", "\u00a0", "\u200b", "\u200e", "\u202e", "\ufeff", "\ufffd", "\uffff",
            "😀", "\ud83d\ude00\u200d\ud83d\udc68", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "漢字", "عربى", "e\u0301", "\u0000", "\u0001", "\u0007",
            "\u0008", "\t", "\u000b", "\u000c", "\u001b[31mred\u001b[0m", "\u007f", "\u0085", "\u2028", "\u2029",
            "\ud800", "\udfff",
            // injection-looking texts
            "${jndi:ldap://x/a}", "%s%s%s%n", "{}", "{0}", "../../etc/passwd", "'; DROP TABLE x; --",
            "<script>alert(1)</script>");

    private static final String[] WORDS = {"kine", "back", "rx-back", "courante", "fa", "fb", "e", "perinatal",
        "palliative-home", "home", "practice", "rest-home", "monday", "thursday", "sunday", "reimbursed", "refused",
        "insufficient-data", "PHYSIO_COURANTE", "PHYSIO_DEPASSEMENT", "PHYSIO_COURANTE_1_9", "567011", "560011",
        "fa-notification", "e-agreement", "physiotherapy", "psychology", "repeat", "from", "to", "every", "on",
        "date", "id", "none", "unknown", "patient", "format", "scenarios", "expect", "sessions", "totals", "error"};

    private Mutator() {
    }

    /** The kinds of mutation, one property each. */
    enum Kind {
        LINES, SCALARS, TRUNCATE, MIXED
    }

    /** A mutant and how it was made. */
    record Mutant(Seed seed, String content, String how) {
        @Override
        public String toString() {
            return seed.name() + " [" + how + "]";
        }
    }

    static Mutant mutate(Random r, Kind kind) {
        Seed seed = Seeds.ALL.get(r.nextInt(Seeds.ALL.size()));
        List<String> how = new ArrayList<>();
        String content = seed.content();
        switch (kind) {
            case LINES:
                content = lines(r, content, 1 + r.nextInt(3), how);
                break;
            case SCALARS:
                content = scalars(r, seed, 1 + r.nextInt(3), how);
                break;
            case TRUNCATE:
                content = truncate(r, content, how);
                break;
            default:
                if (r.nextInt(3) > 0) {
                    content = scalars(r, seed, 1 + r.nextInt(4), how);
                }
                content = lines(r, content, r.nextInt(4), how);
                if (r.nextInt(5) == 0) {
                    content = truncate(r, content, how);
                }
                if (how.isEmpty()) {
                    content = lines(r, content, 1, how);
                }
        }
        return new Mutant(seed, content, String.join("; ", how));
    }

    /** Replaces a few scalars of the seed (values mostly, keys now and then) with tokens. */
    static String scalars(Random r, Seed seed, int count, List<String> how) {
        List<Span> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Span> pool = r.nextInt(10) == 0 || seed.values().isEmpty() ? seed.keys() : seed.values();
            Span s = pool.get(r.nextInt(pool.size()));
            if (!chosen.contains(s)) {
                chosen.add(s);
            }
        }
        chosen.sort(Comparator.comparingInt(Span::start).reversed());
        StringBuilder text = new StringBuilder(seed.content());
        for (Span s : chosen) {
            String token = written(r, token(r));
            how.add("replace '" + Contract.excerpt(seed.content().substring(s.start(), s.end())) + "' at "
                    + s.start() + " with " + visible(token));
            text.replace(s.start(), s.end(), token);
        }
        return text.toString();
    }

    /** A token as written in the file: raw, or quoted so that it reaches the reader as a text. */
    private static String written(Random r, String token) {
        switch (r.nextInt(5)) {
            case 0:
                return doubleQuoted(token);
            case 1:
                return "'" + token.replace("'", "''") + "'";
            default:
                return token;
        }
    }

    static String doubleQuoted(String token) {
        StringBuilder b = new StringBuilder("\"");
        token.chars().forEach(c -> {
            if (c == '"' || c == '\\') {
                b.append('\\').append((char) c);
            } else if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.append((char) c);
            }
        });
        return b.append('"').toString();
    }

    static String token(Random r) {
        switch (r.nextInt(10)) {
            case 0:
            case 1:
            case 2:
            case 3:
                return HOSTILE.get(r.nextInt(HOSTILE.size()));
            case 4:
                return WORDS[r.nextInt(WORDS.length)] + (r.nextBoolean() ? "" : "-" + r.nextInt(100));
            case 5:
                return randomWord(r);
            case 6:
                return randomNumber(r);
            case 7:
                return randomDate(r);
            case 8:
                return randomUnicode(r);
            default:
                return longText(r);
        }
    }

    private static String randomWord(Random r) {
        int n = 1 + r.nextInt(12);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + r.nextInt(26)));
        }
        return b.toString();
    }

    private static String randomNumber(Random r) {
        switch (r.nextInt(6)) {
            case 0:
                return Long.toString(r.nextLong());
            case 1:
                return Integer.toString(r.nextInt(2000) - 100);
            case 2:
                return digits(r, 1 + r.nextInt(60));
            case 3:
                return digits(r, 1 + r.nextInt(5)) + "." + digits(r, 1 + r.nextInt(40));
            case 4:
                return digits(r, 1 + r.nextInt(3)) + (r.nextBoolean() ? "e" : "E") + (r.nextBoolean() ? "-" : "")
                        + digits(r, 1 + r.nextInt(12));
            default:
                return String.valueOf(r.nextDouble() * Math.pow(10, r.nextInt(40) - 20));
        }
    }

    private static String digits(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + r.nextInt(10)));
        }
        return b.toString();
    }

    private static String randomDate(Random r) {
        long[] years = {-999_999_999L, -1, 0, 1, 1582, 1900, 1970, 2000, 2024, 2025, 2025, 2026, 2026, 2027, 2100,
            9999, 10_000, 999_999_999L, 1_000_000_000L};
        long year = years[r.nextInt(years.length)];
        int month = r.nextInt(15);
        int day = r.nextInt(34);
        String y = year > 9999 ? "+" + year : year < 0 ? String.format("-%04d", -year) : String.format("%04d", year);
        return y + "-" + String.format("%02d", month) + "-" + String.format("%02d", day);
    }

    private static String randomUnicode(Random r) {
        int n = 1 + r.nextInt(8);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(4);
            int cp = kind == 0 ? r.nextInt(0x20) : kind == 1 ? 0x80 + r.nextInt(0x780)
                    : kind == 2 ? 0x1F300 + r.nextInt(0x300) : r.nextInt(0x110000);
            if (Character.isValidCodePoint(cp)) {
                b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }

    private static String longText(Random r) {
        int[] lengths = {999, 1000, 1001, 5000, 9999, 10_000, 10_001, 50_000};
        int n = lengths[r.nextInt(lengths.length)];
        char[] c = new char[n];
        Arrays.fill(c, r.nextBoolean() ? 'x' : '9');
        return new String(c);
    }

    /** A few line mutations. */
    static String lines(Random r, String content, int count, List<String> how) {
        List<String> lines = new ArrayList<>(Arrays.asList(content.split("\n", -1)));
        for (int i = 0; i < count && !lines.isEmpty(); i++) {
            int at = r.nextInt(lines.size());
            switch (r.nextInt(5)) {
                case 0:
                    how.add("delete line " + (at + 1));
                    lines.remove(at);
                    break;
                case 1:
                    how.add("duplicate line " + (at + 1));
                    lines.add(at, lines.get(at));
                    break;
                case 2:
                    int other = r.nextBoolean() ? Math.min(lines.size() - 1, at + 1) : r.nextInt(lines.size());
                    how.add("swap lines " + (at + 1) + " and " + (other + 1));
                    String tmp = lines.get(at);
                    lines.set(at, lines.get(other));
                    lines.set(other, tmp);
                    break;
                case 3:
                    String line = lines.get(at);
                    String body = line.stripLeading();
                    int indent = line.length() - body.length();
                    if (r.nextInt(6) == 0) {
                        how.add("indent line " + (at + 1) + " with a tab");
                        lines.set(at, "\t" + line);
                    } else {
                        int delta = r.nextBoolean() ? 1 + r.nextInt(4) : -(1 + r.nextInt(4));
                        int newIndent = Math.max(0, indent + delta);
                        how.add("indent line " + (at + 1) + " from " + indent + " to " + newIndent);
                        lines.set(at, " ".repeat(newIndent) + body);
                    }
                    break;
                default:
                    // Delete a block: a line and those after it.
                    int n = 1 + r.nextInt(Math.min(8, lines.size() - at));
                    how.add("delete lines " + (at + 1) + " to " + (at + n));
                    lines.subList(at, at + n).clear();
            }
        }
        return String.join("\n", lines);
    }

    static String truncate(Random r, String content, List<String> how) {
        if (content.isEmpty()) {
            return content;
        }
        int at;
        if (r.nextBoolean()) {
            at = r.nextInt(content.length());
        } else {
            int nl = content.indexOf('\n', r.nextInt(content.length()));
            at = nl < 0 ? content.length() : nl;
        }
        how.add("truncate at " + at + " of " + content.length());
        return content.substring(0, at);
    }

    static String visible(String token) {
        StringBuilder b = new StringBuilder("«");
        String t = token.length() > 40 ? token.substring(0, 20) + "…(" + token.length() + " chars)" : token;
        t.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.append('»').toString();
    }
}
