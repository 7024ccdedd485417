package io.github.inamirules.scenario;

import java.io.Reader;

/**
 * A reader over a string that never ends a read between the two halves of a surrogate pair.
 *
 * <p>SnakeYAML's {@code StreamReader} (2.3, used by Jackson's YAML parser and by the anchor check)
 * fails with an {@code IndexOutOfBoundsException} when a read fills its 1024-character buffer and the
 * last character is the first half of a pair (an emoji at index 1023, 2047…). Handing it whole
 * pairs only avoids the fault without changing a character of the input.
 */
final class SurrogateSafeReader extends Reader {
    private final String text;
    private int next;

    SurrogateSafeReader(String text) {
        this.text = text;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (next >= text.length()) {
            return -1;
        }
        int n = Math.min(length, text.length() - next);
        if (n > 1 && Character.isHighSurrogate(text.charAt(next + n - 1))) {
            n--;
        }
        text.getChars(next, next + n, buffer, offset);
        next += n;
        return n;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
