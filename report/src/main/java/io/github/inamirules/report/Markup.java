package io.github.inamirules.report;

/**
 * Writes HTML (and inline SVG) in which every text and attribute value is escaped: the only way to
 * put a value on the page is {@link #text(String)} or an attribute of {@link #open(String, String...)},
 * so a session id, a reason or a scenario name holding {@code <script>} shows as those characters and
 * never becomes markup. Element and attribute names are the report's own constants.
 *
 * <p>The markup is also well-formed XML (every element closed, attributes quoted, no named entity but
 * the five of XML), so a program may read a page with an XML parser. Not thread-safe: one per page.
 */
final class Markup {
    /**
     * Characters a page never shows: controls other than tab and line feed, and the bidirectional
     * overrides and isolates that could make a text read differently from what it is.
     */
    private static final String HIDDEN = "[\\p{Cntrl}&&[^\\t\\n]]|[\\u0085\\u2028\\u2029\\u200e\\u200f\\u202a-\\u202e"
            + "\\u2066-\\u2069]";
    private static final String NAME = "[a-z][a-z0-9-]*|[a-z]+[A-Z][a-zA-Z]*";

    private final StringBuilder out = new StringBuilder(16_384);

    /**
     * Opens an element.
     *
     * @param tag the element name, a constant
     * @param attributes name and value pairs; the values are escaped
     * @return this
     */
    Markup open(String tag, String... attributes) {
        start(tag, attributes);
        out.append('>');
        return this;
    }

    /** Writes an element without content, {@code <rect … />}. */
    Markup empty(String tag, String... attributes) {
        start(tag, attributes);
        out.append("/>");
        return this;
    }

    /** Closes an element. */
    Markup close(String tag) {
        out.append("</").append(name(tag)).append('>');
        return this;
    }

    /** Writes an element holding one text. */
    Markup element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** Writes a text, escaped. */
    Markup text(String text) {
        out.append(escape(text));
        return this;
    }

    /** Writes a line break between blocks, so the page's source reads by line. */
    Markup newline() {
        out.append('\n');
        return this;
    }

    /**
     * Writes markup the report itself holds (the document type, the style sheet), never a value from
     * an assessment.
     */
    Markup constant(String markup) {
        out.append(markup);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void start(String tag, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name and value pairs: " + attributes.length);
        }
        out.append('<').append(name(tag));
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(name(attributes[i])).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
    }

    private static String name(String name) {
        if (!name.matches(NAME)) {
            throw new IllegalArgumentException("not an element or attribute name of the report: " + name);
        }
        return name;
    }

    /**
     * Escapes a text for an HTML text node or a quoted attribute value: {@code & < > " '} become
     * character references; hidden characters (see {@link #HIDDEN}) become spaces, and a lone
     * surrogate or a non-character becomes U+FFFD, so the page stays well-formed.
     *
     * @param text the text
     * @return the escaped text
     */
    static String escape(String text) {
        String visible = text.replaceAll(HIDDEN, " ");
        StringBuilder b = new StringBuilder(visible.length() + 16);
        for (int i = 0; i < visible.length(); i++) {
            char c = visible.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> i = appendChar(visible, i, b);
            }
        }
        return b.toString();
    }

    /** Appends one character (a surrogate pair whole), returning the index of its last char. */
    private static int appendChar(String s, int i, StringBuilder b) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(c).append(s.charAt(i + 1));
            return i + 1;
        }
        boolean invalid = Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF';
        b.append(invalid ? '\uFFFD' : c);
        return i;
    }
}
